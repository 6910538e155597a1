using Mentorship.Domain.Common;

namespace Mentorship.WebHost.Application;

/// <summary>
/// Which input field a core rule's violation concerns, by the rule's stable code (longest matching prefix wins).
/// Each command starts from <see cref="Default"/> and may say where its own fields differ.
/// </summary>
public sealed class ViolationFields
{
    private readonly (string Prefix, string Field)[] _map;

    private ViolationFields(IEnumerable<(string Prefix, string Field)> map) =>
        _map = map.OrderByDescending(m => m.Prefix.Length).ToArray();

    /// <summary>The fields of the admission requests; a code with no entry falls back to its first segment.</summary>
    public static ViolationFields Default { get; } = new(
    [
        ("bank.already-entered", "educator.id"),
        ("bank.not-in-bank", "id"),
        ("personal-data-consent.", "consentGivenOn"),
        ("intake-window.", "admittedOn"),
        ("request-list.", "requests"),
        ("competencies.", "competencies"),
        ("mentor-policy.capacity", "capacity"),
        ("mentor-policy.insufficient-experience", "educator.teachingSince"),
        ("excluded-mentor.", "excludedMentors"),
    ]);

    public ViolationFields With(string prefix, string field) => new([(prefix, field), .. _map]);

    public string FieldOf(RuleViolation violation)
    {
        ArgumentNullException.ThrowIfNull(violation);
        foreach (var (prefix, field) in _map)
        {
            if (violation.Code.StartsWith(prefix, StringComparison.Ordinal))
            {
                return field;
            }
        }

        var dot = violation.Code.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 ? violation.Code[..dot] : violation.Code;
    }
}
