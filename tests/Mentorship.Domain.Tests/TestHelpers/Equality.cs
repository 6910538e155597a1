using System.Reflection;

namespace Mentorship.Domain.Tests.TestHelpers;

/// <summary>
/// Checks a hand-written value equality (<see cref="IEquatable{T}"/>, <see cref="object.Equals(object)"/>,
/// <see cref="object.GetHashCode"/> and the <c>==</c>/<c>!=</c> operators where the type declares them) and a
/// hand-written order (<see cref="IComparable{T}"/> and <c>&lt;</c>, <c>&gt;</c>, <c>&lt;=</c>, <c>&gt;=</c>), so each
/// type's test states only its examples.
/// </summary>
internal static class Equality
{
    /// <summary>
    /// <paramref name="value"/> equals <paramref name="same"/> (a distinct instance with the same content) by every
    /// member, with the same hash code; it differs from each of <paramref name="different"/> by every member, from
    /// null and from an object of another type.
    /// </summary>
    public static void Holds<T>(T value, T same, params T[] different)
        where T : notnull, IEquatable<T>
    {
        different.Should().NotBeEmpty("an equality check needs an unequal example");
        var equal = Operator<T>("op_Equality");
        var unequal = Operator<T>("op_Inequality");

        value.Equals(same).Should().BeTrue($"{value} equals {same}");
        same.Equals(value).Should().BeTrue($"{same} equals {value}");
        value.Equals((object?)same).Should().BeTrue($"{value} equals {same} as an object");
        value.Equals(value).Should().BeTrue($"{value} equals itself");
        value.GetHashCode().Should().Be(same.GetHashCode(), $"{value} and {same} are equal");
        equal?.Invoke(value, same).Should().BeTrue($"{value} == {same}");
        unequal?.Invoke(value, same).Should().BeFalse($"!({value} != {same})");

        foreach (var other in different)
        {
            value.Equals(other).Should().BeFalse($"{value} differs from {other}");
            other.Equals(value).Should().BeFalse($"{other} differs from {value}");
            value.Equals((object?)other).Should().BeFalse($"{value} differs from {other} as an object");
            equal?.Invoke(value, other).Should().BeFalse($"!({value} == {other})");
            unequal?.Invoke(value, other).Should().BeTrue($"{value} != {other}");
        }

        object boxed = value;
        boxed.Equals(new object()).Should().BeFalse("a value differs from an object of another type");
        if (!typeof(T).IsValueType)
        {
            value.Equals(default(T)!).Should().BeFalse("nothing equals null");
            equal?.Invoke(value, default!).Should().BeFalse("a value is not == null");
            equal?.Invoke(default!, value).Should().BeFalse("null is not == a value");
            equal?.Invoke(default!, default!).Should().BeTrue("null == null");
            unequal?.Invoke(value, default!).Should().BeTrue("a value != null");
        }

        // A hash code that ignores its fields would still pass the checks above: the different examples must not
        // all share the value's hash code.
        different.Select(d => d.GetHashCode()).Should().Contain(h => h != value.GetHashCode(), "the hash code reads the fields");
        boxed.Equals(null).Should().BeFalse("nothing equals null");
    }

    /// <summary>
    /// <paramref name="ascending"/> are in strictly increasing order by <see cref="IComparable{T}.CompareTo"/> and by
    /// the comparison operators where the type declares them; each compares equal to itself.
    /// </summary>
    public static void Orders<T>(params T[] ascending)
        where T : notnull, IComparable<T>
    {
        ascending.Length.Should().BeGreaterThan(1, "an order needs two examples");
        var less = Operator<T>("op_LessThan");
        var greater = Operator<T>("op_GreaterThan");
        var lessOrEqual = Operator<T>("op_LessThanOrEqual");
        var greaterOrEqual = Operator<T>("op_GreaterThanOrEqual");
        for (var i = 0; i < ascending.Length; i++)
        {
            var a = ascending[i];
            a.CompareTo(a).Should().Be(0, $"{a} compares equal to itself");
            lessOrEqual?.Invoke(a, a).Should().BeTrue($"{a} <= {a}");
            greaterOrEqual?.Invoke(a, a).Should().BeTrue($"{a} >= {a}");
            less?.Invoke(a, a).Should().BeFalse($"!({a} < {a})");
            greater?.Invoke(a, a).Should().BeFalse($"!({a} > {a})");
            for (var j = i + 1; j < ascending.Length; j++)
            {
                var b = ascending[j];
                a.CompareTo(b).Should().BeNegative($"{a} comes before {b}");
                b.CompareTo(a).Should().BePositive($"{b} comes after {a}");
                less?.Invoke(a, b).Should().BeTrue($"{a} < {b}");
                less?.Invoke(b, a).Should().BeFalse($"!({b} < {a})");
                greater?.Invoke(b, a).Should().BeTrue($"{b} > {a}");
                greater?.Invoke(a, b).Should().BeFalse($"!({a} > {b})");
                lessOrEqual?.Invoke(a, b).Should().BeTrue($"{a} <= {b}");
                lessOrEqual?.Invoke(b, a).Should().BeFalse($"!({b} <= {a})");
                greaterOrEqual?.Invoke(b, a).Should().BeTrue($"{b} >= {a}");
                greaterOrEqual?.Invoke(a, b).Should().BeFalse($"!({a} >= {b})");
            }
        }
    }

    private static Func<T, T, bool>? Operator<T>(string name)
    {
        var method = typeof(T).GetMethod(name, BindingFlags.Public | BindingFlags.Static, [typeof(T), typeof(T)]);
        return method is null ? null : (left, right) => (bool)method.Invoke(null, [left, right])!;
    }
}
