using Mentorship.Domain.Banks;
using Mentorship.Domain.People;
using NodaTime;
using static Mentorship.Domain.Tests.TestHelpers.Build;

namespace Mentorship.Domain.Tests.Banks;

/// <summary>
/// A stored bank that does not hold together (a person twice, a broken mentor entry, a default date where NodaTime's
/// converters were missing) is refused as a whole with an argument exception naming the field, never half restored.
/// </summary>
public class BankSnapshotValidationTests
{
    private static readonly LocalDate Left = new(2026, 6, 1);

    private static MenteeBankSnapshot Mentees()
    {
        var bank = MenteeBank.Open(Org, Year);
        bank.Admit(Mentee("S1"), InWindow).IsAccepted.Should().BeTrue();
        bank.Admit(Mentee("S2"), InWindow).IsAccepted.Should().BeTrue();
        bank.Remove(EducatorId.From("S2"), Left, RemovalReason.LeftOrganization).IsAccepted.Should().BeTrue();
        return bank.ToSnapshot();
    }

    private static MentorBankSnapshot Mentors()
    {
        var bank = MentorBank.Open(Org, Year);
        bank.Admit(Mentor("T1"), InWindow).IsAccepted.Should().BeTrue();
        return bank.ToSnapshot();
    }

    public static TheoryData<string, Action> BrokenSnapshots()
    {
        var mentees = Mentees();
        var mentee = mentees.Entries[0];
        var former = mentees.Bank.FormerEntries[0];
        var mentors = Mentors();
        var mentor = mentors.Entries[0];
        return new()
        {
            { "snapshot", () => MenteeBank.FromSnapshot(null!) },
            { "snapshot", () => MentorBank.FromSnapshot(null!) },
            { "snapshot", () => MenteeBank.FromSnapshot(mentees with { Bank = null! }) },
            { "snapshot", () => MentorBank.FromSnapshot(mentors with { Bank = null! }) },
            { "MentorBank.SchemaVersion", () => MentorBank.FromSnapshot(mentors with { SchemaVersion = 0 }) },
            { "entries", () => MenteeBank.FromSnapshot(mentees with { Entries = [mentee, mentee] }) },
            { "entries", () => MentorBank.FromSnapshot(mentors with { Entries = [mentor, mentor] }) },
            { "snapshot", () => MentorBank.FromSnapshot(mentors with { Entries = [mentor with { Capacity = 0 }] }) },
            { "snapshot", () => MentorBank.FromSnapshot(mentors with { Entries = [mentor with { Competencies = [] }] }) },
            { "MenteeEntry.ConsentWithdrawnOn", () => MenteeBank.FromSnapshot(mentees with { Entries = [mentee with { ConsentWithdrawnOn = default(LocalDate) }] }) },
            { "MentorEntry.ConsentGivenOn", () => MentorBank.FromSnapshot(mentors with { Entries = [mentor with { ConsentGivenOn = default }] }) },
            { "MentorEntry.ConsentWithdrawnOn", () => MentorBank.FromSnapshot(mentors with { Entries = [mentor with { ConsentWithdrawnOn = default(LocalDate) }] }) },
            { "MentorEntry.AdmittedOn", () => MentorBank.FromSnapshot(mentors with { Entries = [mentor with { AdmittedOn = default }] }) },
            { "FormerEntry.AdmittedOn", () => MenteeBank.FromSnapshot(mentees with { Bank = mentees.Bank with { FormerEntries = [former with { AdmittedOn = default }] } }) },
            { "FormerEntry.LeftOn", () => MenteeBank.FromSnapshot(mentees with { Bank = mentees.Bank with { FormerEntries = [former with { LeftOn = default }] } }) },
        };
    }

    [Theory]
    [MemberData(nameof(BrokenSnapshots))]
    public void BrokenSnapshot_IsRefusedNamingTheField(string field, Action restore)
    {
        restore.Should().Throw<ArgumentException>().Which.ParamName.Should().Be(field);
    }

    [Fact]
    public void TwiceHeldPerson_IsNamedByIdentifierOnly()
    {
        var mentees = Mentees();
        var act = () => MenteeBank.FromSnapshot(mentees with { Entries = [mentees.Entries[0], mentees.Entries[0]] });
        act.Should().Throw<ArgumentException>().WithMessage("*S1*").Which.Message.Should().NotContain("Тестовый");
    }

    [Fact]
    public void BrokenMentorEntry_IsNamedByIdentifier()
    {
        var mentors = Mentors();
        var act = () => MentorBank.FromSnapshot(mentors with { Entries = [mentors.Entries[0] with { Capacity = 0 }] });
        act.Should().Throw<ArgumentException>().WithMessage("*T1*");
    }

    [Fact]
    public void BrokenRequestList_NamesTheRefusal()
    {
        var mentees = Mentees();
        var act = () => MenteeBank.FromSnapshot(mentees with { Entries = [mentees.Entries[0] with { Requests = ["adaptation", "adaptation"] }] });
        act.Should().Throw<ArgumentException>().WithParameterName("snapshot").WithMessage("*request-list.repeated-topic*");
    }

    [Fact]
    public void FormerEntries_SurviveTheRoundTrip()
    {
        var restored = MenteeBank.FromSnapshot(Mentees());
        var former = restored.FormerEntries.Should().ContainSingle().Subject;
        former.LeftOn.Should().Be(Left);
        former.AdmittedOn.Should().Be(InWindow);
        former.Reason.Should().Be(RemovalReason.LeftOrganization);
        restored.Count.Should().Be(1);
    }
}
