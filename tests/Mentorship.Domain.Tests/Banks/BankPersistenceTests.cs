using Mentorship.Domain.Banks;
using Mentorship.Domain.People;
using Mentorship.Domain.Tests.TestHelpers;
using NodaTime;

namespace Mentorship.Domain.Tests.Banks;

public class BankPersistenceTests
{
    private static MenteeBankSnapshot OneMentee()
    {
        var bank = MenteeBank.Open(Build.Org, Build.Year);
        bank.Admit(Build.Mentee("S1"), Build.InWindow);
        return bank.ToSnapshot();
    }

    [Fact]
    public void MenteeBank_DefaultDatesAsWrittenWithoutNodaTimeConverters_AreRefusedNamingTheField()
    {
        var snapshot = OneMentee();
        var entry = snapshot.Entries[0];

        var cases = new (MenteeBankSnapshot Snapshot, string Field)[]
        {
            (snapshot with { Entries = [entry with { ConsentGivenOn = default }] }, "MenteeEntry.ConsentGivenOn"),
            (snapshot with { Entries = [entry with { AdmittedOn = default }] }, "MenteeEntry.AdmittedOn"),
            (snapshot with { Entries = [entry with { Educator = entry.Educator with { BirthDate = default } }] }, "Educator.BirthDate"),
            (snapshot with { Entries = [entry with { Educator = entry.Educator with { TeachingSince = default(LocalDate) } }] }, "Educator.TeachingSince"),
        };

        foreach (var (bad, field) in cases)
        {
            var act = () => MenteeBank.FromSnapshot(bad);
            act.Should().Throw<ArgumentException>().WithParameterName(field).WithMessage("*0001-01-01*");
        }
    }

    [Fact]
    public void MenteeBank_WithdrawalBeforeConsentOrUnknownSchema_IsRefused()
    {
        var snapshot = OneMentee();
        var entry = snapshot.Entries[0];

        var withdrawnFirst = () => MenteeBank.FromSnapshot(snapshot with { Entries = [entry with { ConsentWithdrawnOn = entry.ConsentGivenOn.PlusDays(-1) }] });
        var future = () => MenteeBank.FromSnapshot(snapshot with { SchemaVersion = Common.SnapshotSchema.Current + 1 });
        var none = () => MenteeBank.FromSnapshot(snapshot with { SchemaVersion = 0 });

        withdrawnFirst.Should().Throw<ArgumentException>().WithParameterName("withdrawnOn");
        future.Should().Throw<ArgumentException>().WithParameterName("MenteeBank.SchemaVersion");
        none.Should().Throw<ArgumentException>().WithParameterName("MenteeBank.SchemaVersion");
        snapshot.SchemaVersion.Should().Be(1);
    }

    [Fact]
    public void MenteeBank_JsonRoundTrip_LosesNothing()
    {
        var catalog = RequestTopicCatalog.Standard.WithTopic(TopicCode.From("robotics"), "робототехника");
        var window = new IntakeWindow(new AnnualDate(3, 15), new AnnualDate(10, 15));
        var bank = MenteeBank.Open(Build.Org, Build.Year, window, catalog);
        bank.Admit(Build.Mentee("S1", "robotics", "digital") with { ExcludedMentors = [EducatorId.From("T2")] }, Build.InWindow);
        bank.Admit(Build.Mentee("S2", "parents"), new LocalDate(2026, 11, 1), new IntakeOverride(new LocalDate(2026, 11, 1), "новый сотрудник", "zam"));
        bank.Admit(Build.Mentee("S3", "burnout"), Build.InWindow);
        bank.WithdrawConsent(EducatorId.From("S3"), new LocalDate(2026, 6, 1));

        var json = Json.Write(bank.ToSnapshot());
        var restored = MenteeBank.FromSnapshot(Json.RoundTrip(bank.ToSnapshot()));

        Json.Write(restored.ToSnapshot()).Should().Be(json);
        restored.Window.Should().Be(window);
        restored.Catalog.Contains(TopicCode.From("robotics")).Should().BeTrue();
        restored[EducatorId.From("S1")].Educator.PersonalData.Email.Should().Be("S1@example.org");
        restored[EducatorId.From("S2")].IntakeOverride!.Reason.Should().Be("новый сотрудник");
        restored.GetStatistics().Should().BeEquivalentTo(bank.GetStatistics());
        restored.PendingEvents.Should().BeEmpty();
    }

    [Fact]
    public void MentorBank_JsonRoundTrip_LosesNothing()
    {
        var bank = MentorBank.Open(Build.Org, Build.Year, new MentorPolicy(2, 3));
        bank.Admit(Build.Mentor("T1", 2, ("digital", 3), ("parents", 1)) with { MentoringConsent = Build.MentoringConsent() }, Build.InWindow);
        bank.Admit(Build.Mentor("T2") with { Questionnaire = null }, Build.InWindow);
        bank.RecordTraining(EducatorId.From("T1"), new TrainingSession(new LocalDate(2026, 6, 1), "семинар", 4));
        bank.Admit(Build.Mentor("T3"), Build.InWindow);
        bank.Remove(EducatorId.From("T3"), new LocalDate(2026, 7, 1), RemovalReason.LeftOrganization);

        var json = Json.Write(bank.ToSnapshot());
        var restored = MentorBank.FromSnapshot(Json.RoundTrip(bank.ToSnapshot()));

        Json.Write(restored.ToSnapshot()).Should().Be(json);
        restored.Policy.Should().Be(new MentorPolicy(2, 3));
        restored[EducatorId.From("T1")].MentoringConsent!.PayTerms.MonthlySupplementRoubles.Should().Be(3000m);
        restored[EducatorId.From("T1")].Training.TotalHours.Should().Be(4);
        restored.FormerEntries.Single().Reason.Should().Be(RemovalReason.LeftOrganization);
    }

    [Fact]
    public void FromSnapshot_InvalidRequestList_Throws()
    {
        var bank = MenteeBank.Open(Build.Org, Build.Year);
        bank.Admit(Build.Mentee("S1", "digital"), Build.InWindow);
        var snapshot = bank.ToSnapshot();
        var broken = snapshot with { Entries = [snapshot.Entries[0] with { Requests = ["digital", "digital"] }] };
        var act = () => MenteeBank.FromSnapshot(broken);
        act.Should().Throw<ArgumentException>();
    }
}
