using Mentorship.Domain.Pairing;
using Mentorship.Domain.Pairing.Programmes;

namespace Mentorship.WebHost.Storage;

/// <summary>
/// The personalized programmes of an organisation's year, one per pair or group. They are stored together, in one
/// row of snapshots, because they are few, small and changed rarely; the version then guards them as a whole.
/// </summary>
public sealed class ProgrammeBook
{
    private readonly SortedDictionary<MentoringUnitId, PersonalizedProgram> _programmes = [];

    public ProgrammeBook(IEnumerable<PersonalizedProgram>? programmes = null)
    {
        foreach (var programme in programmes ?? [])
        {
            _programmes.Add(programme.UnitId, programme);
        }
    }

    public IReadOnlyCollection<PersonalizedProgram> Programmes => _programmes.Values;

    public PersonalizedProgram? Find(MentoringUnitId unit) => _programmes.GetValueOrDefault(unit);

    public void Add(PersonalizedProgram programme) => _programmes.Add(programme.UnitId, programme);

    public IReadOnlyList<PersonalizedProgramSnapshot> ToSnapshots() => _programmes.Values.Select(p => p.ToSnapshot()).ToArray();
}
