using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.Pairing;
using Mentorship.Domain.People;
using NodaTime;
using static Mentorship.Domain.Tests.TestHelpers.FactBuilders;

namespace Mentorship.Domain.Tests.Monitoring.Facts;

/// <summary>
/// A caller's mistake with monitoring's facts (a default identifier, a blank text, a value outside an enumeration, a
/// non-positive capacity, a negative number of hours, a null given to the builder) is an argument exception naming
/// the argument.
/// </summary>
public class FactGuardTests
{
    private static readonly LocalDate Day = new(2026, 9, 1);
    private static readonly OrderReference Order = new("1-од", Day);

    private static ProgrammeFact Programme(
        string id = "P9", OrganizationId? org = null, MentorshipForm form = MentorshipForm.Individual, EducatorId? mentor = null,
        IEnumerable<EducatorId>? mentees = null, ProgrammeClosure? closure = null, IEnumerable<MentorReplacementFact>? replacements = null,
        IEnumerable<MenteeSpanFact>? spans = null) =>
        new(id, org ?? OrgA, form, mentor ?? E("T1"), mentees ?? [E("S1")], Day, Day.PlusMonths(9), closure is null ? null : Day.PlusMonths(9), closure, replacements, menteeSpans: spans);

    private static FixedUnitFact Fixed(string id = "U1", OrganizationId? org = null, EducatorId? mentor = null, OrderReference? order = null, MentorshipForm form = MentorshipForm.Individual, ParticipantsForm participants = ParticipantsForm.EducatorToEducator) =>
        new(id, org ?? OrgA, false, form, participants, order ?? Order, null, mentor ?? E("T1"), 3000m);

    public static TheoryData<string, Action> CallerMistakes() => new()
    {
        { "educator", () => _ = new AchievementFact(default, Day, AchievementKind.OpenLesson) },
        { "kind", () => _ = new AchievementFact(E("S1"), Day, (AchievementKind)1000) },
        { "id", () => _ = new EducatorFact(default, OrgA, Day) },
        { "organizationId", () => _ = new EducatorFact(E("S1"), default, Day) },
        { "span", () => new EducatorFact(E("S1"), OrgA, Day).WithNewPostWithoutExperience(null!) },
        { "educator", () => EducatorFact.From(null!, Day) },
        { "id", () => Fixed(id: " ") },
        { "organizationId", () => Fixed(org: default(OrganizationId)) },
        { "mentor", () => Fixed(mentor: default(EducatorId)) },
        { "order", () => _ = new FixedUnitFact("U1", OrgA, false, MentorshipForm.Individual, ParticipantsForm.EducatorToEducator, null!, null, E("T1"), null) },
        { "form", () => Fixed(form: (MentorshipForm)1000) },
        { "participants", () => Fixed(participants: (ParticipantsForm)1000) },
        { "unit", () => FixedUnitFact.From(OrgA, null!) },
        { "mentee", () => _ = new MenteeBankFact(default, OrgA, 2026, Day, Day) },
        { "organizationId", () => _ = new MenteeBankFact(E("S1"), default, 2026, Day, Day) },
        { "mentee", () => _ = new MenteeSpanFact(default, Day) },
        { "mentor", () => _ = new MentorBankFact(default, OrgA, 2026, Day, Day, 1) },
        { "organizationId", () => _ = new MentorBankFact(E("T1"), default, 2026, Day, Day, 1) },
        { "capacity", () => _ = new MentorBankFact(E("T1"), OrgA, 2026, Day, Day, 0) },
        { "newMentor", () => _ = new MentorReplacementFact(Day, default) },
        { "mentor", () => _ = new MentorTrainingFact(default, OrgA, Day, "Семинар", 4) },
        { "organizationId", () => _ = new MentorTrainingFact(E("T1"), default, Day, "Семинар", 4) },
        { "title", () => _ = new MentorTrainingFact(E("T1"), OrgA, Day, " ", 4) },
        { "hours", () => _ = new MentorTrainingFact(E("T1"), OrgA, Day, "Семинар", -1) },
        { "id", () => _ = new PlanItemFact(" ", Day) },
        { "programme", () => PlanItemFact.From(null!) },
        { "id", () => Programme(id: " ") },
        { "organizationId", () => Programme(org: default(OrganizationId)) },
        { "mentor", () => Programme(mentor: default(EducatorId)) },
        { "form", () => Programme(form: (MentorshipForm)1000) },
        { "mentees", () => _ = new ProgrammeFact("P9", OrgA, MentorshipForm.Individual, E("T1"), null!, Day, Day.PlusMonths(9)) },
        { "closure", () => Programme(closure: (ProgrammeClosure)1000) },
        { "replacements", () => Programme(replacements: [null!]) },
        { "menteeSpans", () => Programme(spans: [null!]) },
        { "unit", () => ProgrammeFact.From(OrgA, null!) },
        { "period", () => Programme().WasMenteeDuring(E("S1"), null!) },
        { "period", () => Programme().IsActiveDuring(null!) },
        { "organizationId", () => _ = new RoadmapItemFact(default, "2.4", "2026:2.4/1", "Приказ", Day, Day) },
        { "activity", () => _ = new RoadmapItemFact(OrgA, " ", "2026:2.4/1", "Приказ", Day, Day) },
        { "id", () => _ = new RoadmapItemFact(OrgA, "2.4", " ", "Приказ", Day, Day) },
        { "title", () => _ = new RoadmapItemFact(OrgA, "2.4", "2026:2.4/1", " ", Day, Day) },
        { "response", () => RespondentRule.Check(null!, Programme()) },
        { "programme", () => RespondentRule.Check(Mentorship.Domain.Monitoring.Questionnaires.RespondentRole.Mentee, E("S1"), null!, "r1") },
        { "id", () => SampleYear.Facts().FindProgramme(null!) },
        { "fact", () => new MonitoringFactsBuilder().Add((EducatorFact)null!) },
        { "fact", () => new MonitoringFactsBuilder().Add((MenteeBankFact)null!) },
        { "bank", () => new MonitoringFactsBuilder().Add((Mentorship.Domain.Banks.MenteeBank)null!) },
        { "fact", () => new MonitoringFactsBuilder().Add((MentorBankFact)null!) },
        { "bank", () => new MonitoringFactsBuilder().Add((Mentorship.Domain.Banks.MentorBank)null!) },
        { "fact", () => new MonitoringFactsBuilder().Add((ProgrammeFact)null!) },
        { "register", () => new MonitoringFactsBuilder().Add((PairingRegister)null!) },
        { "register", () => new MonitoringFactsBuilder().Add(null!, Array.Empty<Mentorship.Domain.Pairing.Programmes.PersonalizedProgram>()) },
        { "programmes", () => new MonitoringFactsBuilder().Add(TestHelpers.PairingBuild.Register(), (IEnumerable<Mentorship.Domain.Pairing.Programmes.PersonalizedProgram>)null!) },
        { "programmes", () => new MonitoringFactsBuilder().Add(TestHelpers.PairingBuild.Register(), [null!]) },
        { "schedule", () => new MonitoringFactsBuilder().Add(OrgA, null!, null!) },
        { "response", () => new MonitoringFactsBuilder().Add((Mentorship.Domain.Monitoring.Questionnaires.QuestionnaireResponse)null!) },
        { "fact", () => new MonitoringFactsBuilder().Add((RoadmapItemFact)null!) },
        { "fact", () => new MonitoringFactsBuilder().Add((AchievementFact)null!) },
        { "fact", () => new MonitoringFactsBuilder().Add((FixedUnitFact)null!) },
        { "fact", () => new MonitoringFactsBuilder().Add((MentorTrainingFact)null!) },
    };

    [Theory]
    [MemberData(nameof(CallerMistakes))]
    public void CallerMistake_IsAnArgumentExceptionNamingTheArgument(string parameter, Action call)
    {
        call.Should().Throw<ArgumentException>().Which.ParamName.Should().Be(parameter);
    }
}
