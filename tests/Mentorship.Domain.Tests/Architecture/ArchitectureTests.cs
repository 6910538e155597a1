using System.Reflection;
using System.Runtime.CompilerServices;
using System.Xml.Linq;
using Mentorship.Domain.People;

namespace Mentorship.Domain.Tests.Architecture;

public class ArchitectureTests
{
    private static readonly Assembly Core = typeof(Educator).Assembly;

    /// <summary>The rooms of the core, lowest first; a room may use only rooms listed before it.</summary>
    private static readonly string[] Rooms =
        ["Common", "Calendar", "People", "Banks", "Matching", "Pairing", "Roadmap", "Monitoring", "Documents"];

    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["Common"] = [],
        ["Calendar"] = ["Common"],
        ["People"] = ["Common"],
        ["Banks"] = ["Common", "People"],
        ["Matching"] = ["Common", "People", "Banks"],
        ["Pairing"] = ["Common", "People", "Banks", "Matching", "Calendar"],
        ["Roadmap"] = ["Common", "Calendar"],
        ["Monitoring"] = ["Common", "People", "Banks", "Matching", "Pairing", "Roadmap", "Calendar"],
        ["Documents"] = ["Common", "People", "Banks", "Matching", "Pairing", "Roadmap", "Monitoring", "Calendar"],
    };

    /// <summary>Monitoring's sub-rooms and the sub-rooms each may use (docs/design.md "Monitoring / Sub-rooms").</summary>
    private static readonly Dictionary<string, string[]> MonitoringSubRooms = new()
    {
        ["Questionnaires"] = [],
        ["Facts"] = ["Questionnaires"],
        ["Indicators"] = ["Facts", "Questionnaires"],
        ["Practices"] = ["Facts"],
        ["InformationSupport"] = ["Facts"],
        ["LocalActs"] = [],
        ["Reports"] = ["Facts", "Questionnaires", "Indicators", "Practices", "InformationSupport", "LocalActs"],
    };

    [Fact]
    public void Core_ReferencesOnlyItsThreePackagesAndTheFramework()
    {
        var references = Core.GetReferencedAssemblies().Select(a => a.Name!).ToArray();
        var foreign = references.Where(n =>
            !(n is "System" or "netstandard" or "mscorlib" || n.StartsWith("System.", StringComparison.Ordinal) || n.StartsWith("Microsoft.Win32", StringComparison.Ordinal)));
        foreign.Should().BeSubsetOf(["NodaTime", "Ardalis.GuardClauses", "OneOf"]);
        references.Should().Contain(["NodaTime", "Ardalis.GuardClauses", "OneOf"]);
    }

    [Fact]
    public void PublicTypes_LiveInAKnownRoom()
    {
        foreach (var type in Core.GetExportedTypes())
        {
            RoomOf(type).Should().NotBeNull($"{type.FullName} must sit in one of the rooms {string.Join(", ", Rooms)}");
        }
    }

    [Fact]
    public void PublicSignatures_PointDownOnly()
    {
        var offences = new List<string>();
        foreach (var type in Core.GetExportedTypes())
        {
            var room = RoomOf(type)!;
            foreach (var used in SignatureTypes(type).Select(RoomOf).OfType<string>().Distinct())
            {
                if (used != room && !Allowed[room].Contains(used))
                {
                    offences.Add($"{type.FullName} ({room}) uses {used}");
                }
            }
        }

        offences.Should().BeEmpty();
    }

    [Fact]
    public void MonitoringSubRooms_PublicSignaturesFollowTheDesignedDirections() =>
        // docs/design.md "Monitoring / Sub-rooms": every arrow one way; Questionnaires and Facts at the bottom, Reports on top.
        SubRoomOffences("Monitoring", MonitoringSubRooms).Should().BeEmpty();

    [Fact]
    public void MonitoringSubRooms_SourcesFollowTheDesignedDirections()
    {
        // The same directions for every type, public or not: a `using` of a sub-room not allowed is an offence.
        var root = Path.Combine(RepositoryRoot(), "src", "Mentorship.Domain", "Monitoring");
        var offences = new List<string>();
        foreach (var file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories))
        {
            var sub = Path.GetFileName(Path.GetDirectoryName(file)!);
            var text = File.ReadAllText(file);
            foreach (var used in MonitoringSubRooms.Keys.Where(u => u != sub && text.Contains($"Monitoring.{u}", StringComparison.Ordinal)))
            {
                if (!MonitoringSubRooms[sub].Contains(used))
                {
                    offences.Add($"{Path.GetFileName(file)} ({sub}) uses {used}");
                }
            }
        }

        offences.Should().BeEmpty();
    }

    [Fact]
    public void MonitoringSubRooms_AreAcyclic()
    {
        foreach (var (sub, uses) in MonitoringSubRooms)
        {
            foreach (var used in uses)
            {
                MonitoringSubRooms[used].Should().NotContain(sub, $"{sub} uses {used}, so {used} must not use {sub}");
            }
        }
    }

    [Fact]
    public void PairingSubRooms_TheRegisterNamesNeitherProgrammesNorSupport() =>
        // docs/design.md "Pairing and documents / Sub-rooms"; "" is the register's own namespace.
        SubRoomOffences("Pairing", new Dictionary<string, string[]>
        {
            [""] = ["Events"],
            ["Programmes"] = ["", "Events"],
            ["Support"] = ["", "Events"],
            ["Events"] = ["", "Programmes", "Support"],
        }).Should().BeEmpty();

    [Fact]
    public void PublicTypes_HaveNoPublicMutableState()
    {
        var offences = new List<string>();
        foreach (var type in Core.GetExportedTypes().Where(t => !t.IsEnum))
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                if (!field.IsInitOnly && !field.IsLiteral)
                {
                    offences.Add($"{type.Name}.{field.Name} is a writable field");
                }
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                var setter = property.SetMethod;
                if (setter is { IsPublic: true } && !IsInitOnly(setter))
                {
                    offences.Add($"{type.Name}.{property.Name} has a public setter");
                }
            }
        }

        offences.Should().BeEmpty();
    }

    [Fact]
    public void DomainEvents_AreSealedRecordsDirectlyBelowDomainEvent()
    {
        // An abstract record between DomainEvent and the events gets a covariant Clone on net10.0 only,
        // which breaks package validation between the two targets; shared shapes are interfaces.
        var events = Core.GetTypes().Where(t => t.IsSubclassOf(typeof(Mentorship.Domain.Common.DomainEvent))).ToArray();
        events.Should().NotBeEmpty();
        events.Should().OnlyContain(t => t.IsSealed && t.BaseType == typeof(Mentorship.Domain.Common.DomainEvent));
    }

    [Fact]
    public void PublicMembers_AreDocumented()
    {
        var xmlPath = Path.ChangeExtension(Core.Location, ".xml");
        File.Exists(xmlPath).Should().BeTrue("the package ships its XML documentation");
        var documented = XDocument.Load(xmlPath).Descendants("member").Select(m => (string)m.Attribute("name")!).ToHashSet();
        var missing = Core.GetExportedTypes()
            .Where(t => !documented.Contains("T:" + t.FullName!.Replace('+', '.')))
            .Select(t => t.FullName)
            .ToArray();
        missing.Should().BeEmpty();
    }

    [Fact]
    public void Core_IsTrimAndAotCompatibleOnNet10()
    {
        var csproj = File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "Mentorship.Domain", "Mentorship.Domain.csproj"));
        csproj.Should().Contain("<IsAotCompatible>true</IsAotCompatible>").And.Contain("<IsTrimmable>true</IsTrimmable>");
    }

    internal static string RepositoryRoot()
    {
        return TestHelpers.RepositoryRoot.Path;
    }

    // By name: the netstandard2.0 build marks init accessors with its own (polyfilled) IsExternalInit.
    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == typeof(IsExternalInit).FullName);

    private static string? RoomOf(Type type)
    {
        if (type.Assembly != Core || type.Namespace is null)
        {
            return null;
        }

        var parts = type.Namespace.Split('.');
        return parts.Length >= 3 && Rooms.Contains(parts[2]) ? parts[2] : null;
    }

    /// <summary>Where a room's public signatures use a sub-room they are not allowed to; a type outside every sub-room listed is an offence too.</summary>
    private static List<string> SubRoomOffences(string room, Dictionary<string, string[]> allowed)
    {
        var offences = new List<string>();
        foreach (var type in Core.GetExportedTypes().Where(t => RoomOf(t) == room))
        {
            var sub = SubRoomOf(type);
            if (!allowed.TryGetValue(sub, out var uses))
            {
                offences.Add($"{type.FullName} is in no known sub-room of {room}");
                continue;
            }

            foreach (var used in SignatureTypes(type).Where(t => RoomOf(t) == room).Select(SubRoomOf).Distinct())
            {
                if (used != sub && !uses.Contains(used))
                {
                    offences.Add($"{type.FullName} ({sub}) uses {used}");
                }
            }
        }

        return offences;
    }

    private static string SubRoomOf(Type type) => type.Namespace!.Split('.') is { Length: >= 4 } parts ? parts[3] : string.Empty;

    private static IEnumerable<Type> SignatureTypes(Type type)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var types = new List<Type>();
        if (type.BaseType is not null)
        {
            types.Add(type.BaseType);
        }

        types.AddRange(type.GetInterfaces());
        types.AddRange(type.GetProperties(flags).Select(p => p.PropertyType));
        types.AddRange(type.GetFields(flags).Select(f => f.FieldType));
        foreach (var method in type.GetMethods(flags).Cast<MethodBase>().Concat(type.GetConstructors(flags)))
        {
            types.AddRange(method.GetParameters().Select(p => p.ParameterType));
            if (method is MethodInfo m)
            {
                types.Add(m.ReturnType);
            }
        }

        return types.SelectMany(Flatten);
    }

    private static IEnumerable<Type> Flatten(Type type)
    {
        if (type.HasElementType)
        {
            foreach (var t in Flatten(type.GetElementType()!))
            {
                yield return t;
            }

            yield break;
        }

        yield return type;
        if (type.IsGenericType)
        {
            foreach (var t in type.GetGenericArguments().SelectMany(Flatten))
            {
                yield return t;
            }
        }
    }
}
