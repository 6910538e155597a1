using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.Monitoring.Practices;
using Mentorship.Domain.Tests.TestHelpers;
using static Mentorship.Domain.Tests.Monitoring.FactBuilders;

namespace Mentorship.Domain.Tests.Monitoring.Practices;

public class PracticeCollectionTests
{
    private static readonly ProgrammeFact P1 = Pair("P1", "T1", "M1", D(2025, 9, 1));

    private static PracticeProposal Proposal(string id, string author = "M1", PracticeKind kind = PracticeKind.Case) =>
        new(id, $"Практика {id}", kind, E(author), "Описание");

    [Fact]
    public void Propose_ByAMenteeOfTheProgramme_IsRecordedWithAnEvent()
    {
        var collection = PracticeCollection.Open(OrgA);

        var result = collection.Propose(Proposal("c1"), P1, D(2026, 3, 20));

        result.IsAccepted.Should().BeTrue();
        var practice = collection.Find("c1")!;
        (practice.ProgrammeId, practice.Kind, practice.IsCollected).Should().Be(("P1", PracticeKind.Case, false));
        collection.DequeueEvents().Should().ContainSingle().Which.Should().Be(new PracticeProposed(D(2026, 3, 20), OrgA, "c1", "P1"));
    }

    [Fact]
    public void PracticeIdentityRule_RepeatedId_IsRefusedAndNothingChanges()
    {
        var collection = PracticeCollection.Open(OrgA);
        collection.Propose(Proposal("c1"), P1, D(2026, 3, 20));

        var result = collection.Propose(Proposal("c1", "T1"), P1, D(2026, 3, 21));

        result.Rejection.Violations.Should().ContainSingle().Which.Code.Should().Be(PracticeIdentityRule.Duplicate);
        collection.Practices.Should().ContainSingle();
    }

    [Fact]
    public void PracticeAuthorRule_OutsiderOrOtherOrganisation_IsRefused()
    {
        var collection = PracticeCollection.Open(OrgA);

        collection.Propose(Proposal("c1", "X9"), P1, D(2026, 3, 20)).Rejection.Violations.Single().Code.Should().Be(PracticeAuthorRule.NotAParticipant);
        collection.Propose(Proposal("c2"), Pair("P9", "T1", "M1", D(2025, 9, 1), org: OrgB), D(2026, 3, 20))
            .Rejection.Violations.Single().Code.Should().Be(PracticeAuthorRule.OtherOrganization);
        collection.Practices.Should().BeEmpty();
    }

    [Fact]
    public void HoldFinalEvent_ChosenPractices_EnterTheCollection()
    {
        var collection = PracticeCollection.Open(OrgA);
        collection.Propose(Proposal("c1"), P1, D(2026, 3, 20));
        collection.Propose(Proposal("c2", "T1", PracticeKind.Method), P1, D(2026, 3, 25));
        collection.DequeueEvents();

        var result = collection.HoldFinalEvent(D(2026, 4, 24), "Педагогическая мастерская", ["c2", "c2"]);

        result.IsAccepted.Should().BeTrue();
        collection.Collected.Select(p => p.Id).Should().Equal("c2");
        collection.Find("c2")!.ChosenOn.Should().Be(D(2026, 4, 24));
        collection.FinalEvents.Should().ContainSingle().Which.Chosen.Should().Equal("c2");
        collection.CollectedDuring(Year2026).Should().ContainSingle();
        collection.CollectedDuring(new NodaTime.DateInterval(D(2026, 5, 1), D(2026, 12, 31))).Should().BeEmpty();
        collection.DequeueEvents().Should().ContainSingle().Which.Should().BeOfType<FinalEventHeld>().Which.ChosenPracticeIds.Should().Equal("c2");
    }

    [Fact]
    public void FinalEventSelectionRule_UnknownChosenTwiceOrProposedLater_IsRefusedAndNothingChanges()
    {
        var collection = PracticeCollection.Open(OrgA);
        collection.Propose(Proposal("c1"), P1, D(2026, 3, 20));
        collection.Propose(Proposal("late"), P1, D(2026, 5, 1));
        collection.HoldFinalEvent(D(2026, 4, 24), "Мастерская", ["c1"]);

        var result = collection.HoldFinalEvent(D(2026, 4, 30), "Ещё одна", ["c1", "nope", "late"]);

        result.Rejection.Violations.Select(v => v.Code).Should().Equal(
            FinalEventSelectionRule.AlreadyChosen, FinalEventSelectionRule.NotProposed, FinalEventSelectionRule.ProposedAfterEvent);
        collection.FinalEvents.Should().ContainSingle();
        collection.Find("late")!.IsCollected.Should().BeFalse();
    }

    [Fact]
    public void Snapshot_JsonRoundTrip_LosesNothing()
    {
        var collection = PracticeCollection.Open(OrgA);
        collection.Propose(Proposal("c1"), P1, D(2026, 3, 20));
        collection.Propose(Proposal("c2", "T1", PracticeKind.LessonPlan) with { Description = null }, P1, D(2026, 3, 25));
        collection.HoldFinalEvent(D(2026, 4, 24), "Мастерская", ["c1"]);

        var json = Json.Write(collection.ToSnapshot());
        var restored = PracticeCollection.FromSnapshot(Json.RoundTrip(collection.ToSnapshot()));

        Json.Write(restored.ToSnapshot()).Should().Be(json);
        restored.Find("c1")!.ChosenOn.Should().Be(D(2026, 4, 24));
        restored.Find("c2")!.Description.Should().BeNull();
        restored.PendingEvents.Should().BeEmpty();
    }

    [Fact]
    public void FromSnapshot_ChoiceOfAnUnknownPractice_Throws()
    {
        var snapshot = new PracticeCollectionSnapshot("org-a", [], [new FinalEvent(D(2026, 4, 24), "Мастерская", ["ghost"])]);

        var restore = () => PracticeCollection.FromSnapshot(snapshot);

        restore.Should().Throw<ArgumentException>();
    }
}
