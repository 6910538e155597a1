using System.Text.Json;
using Mentorship.Domain.Banks;
using Mentorship.Domain.People;
using Mentorship.Domain.Tests.TestHelpers;
using NodaTime;
using static Mentorship.Domain.Tests.TestHelpers.Build;

namespace Mentorship.Domain.Tests.Banks;

/// <summary>
/// A year of both banks told command by command, accepted and refused, kept as an approved text in
/// <c>Banks/Golden/</c>: what each command answered (the codes and structured arguments of every violation), the
/// events it raised, the statistics along the way, a personal-data export and the snapshots the banks end with. The
/// rule tests say why each answer is right; this one notices any answer, date, number or field that changes.
/// <c>MENTORSHIP_WRITE_DOCS=1</c> rewrites it after an intended change.
/// </summary>
public class BankScenarioGoldenTests
{
    private static readonly LocalDate Late = new(2026, 10, 15);

    [Fact]
    public void Year_EveryAnswerEventAndTheSnapshots_AreApproved()
    {
        var log = new CommandLog();
        var mentees = MenteeBank.Open(Org, Year);
        var mentors = MentorBank.Open(Org, Year, new MentorPolicy(minimumTeachingYears: 3));

        log.Step(mentees, "mentee S01", mentees.Admit(Mentee("S01", "adaptation", "lesson-planning"), InWindow));
        log.Step(mentees, "mentee S01 again", mentees.Admit(Mentee("S01"), InWindow));
        log.Step(mentees, "mentee without consent", mentees.Admit(Mentee("S02") with { Consent = null }, InWindow));
        log.Step(mentees, "mentee with a withdrawn consent", mentees.Admit(Mentee("S02") with { Consent = PersonalDataConsent.Restore(new LocalDate(2026, 4, 1), new LocalDate(2026, 5, 1)) }, InWindow));
        log.Step(mentees, "mentee without requests", mentees.Admit(Mentee("S02") with { Requests = [] }, InWindow));
        log.Step(mentees, "mentee with an unknown topic", mentees.Admit(Mentee("S02", "no-such-topic"), InWindow));
        log.Step(mentees, "mentee without a reason", mentees.Admit(Mentee("S02") with { Reasons = [] }, InWindow));
        log.Step(mentees, "young specialist of twenty years' service", mentees.Admit(new MenteeApplication(Educator("S03"), Consent(), Topics("adaptation"), [MentoringReason.YoungSpecialist]), InWindow));
        log.Step(mentees, "mentee of another organisation", mentees.Admit(Mentee("S06") with { Educator = Educator("S06", new LocalDate(1999, 1, 1), new LocalDate(2024, 9, 1), "other") }, InWindow));
        log.Step(mentees, "mentee after the window", mentees.Admit(Mentee("S04"), Late));
        log.Step(mentees, "mentee after the window by decision", mentees.Admit(Mentee("S04"), Late, new IntakeOverride(Late, "принят на работу в октябре", "coordinator-1")));
        log.Step(mentees, "mentee S05 who excludes T09", mentees.Admit(Mentee("S05", "digital") with { Reasons = [MentoringReason.DigitalSkills], ExcludedMentors = [EducatorId.From("T09")] }, InWindow));
        log.Step(mentees, "S01 changes requests", mentees.ChangeRequests(EducatorId.From("S01"), Topics("lesson-planning"), new LocalDate(2026, 6, 1)));
        log.Step(mentees, "S01 to no requests", mentees.ChangeRequests(EducatorId.From("S01"), [], new LocalDate(2026, 6, 1)));
        log.Step(mentees, "stranger changes requests", mentees.ChangeRequests(EducatorId.From("S99"), Topics("adaptation"), new LocalDate(2026, 6, 1)));
        log.Step(mentees, "S01 excludes T01", mentees.ExcludeMentor(EducatorId.From("S01"), EducatorId.From("T01"), new LocalDate(2026, 6, 2)));
        log.Step(mentees, "S01 excludes themself", mentees.ExcludeMentor(EducatorId.From("S01"), EducatorId.From("S01"), new LocalDate(2026, 6, 2)));
        Stats(log, mentees.GetStatistics());

        log.Step(mentors, "mentor T01", mentors.Admit(Mentor("T01", 2, ("adaptation", 3), ("lesson-planning", 2)), InWindow));
        log.Step(mentors, "mentor T01 again", mentors.Admit(Mentor("T01"), InWindow));
        log.Step(mentors, "mentor of two years' service", mentors.Admit(Mentor("T02") with { Educator = Educator("T02", teachingSince: new LocalDate(2024, 9, 1)) }, InWindow));
        log.Step(mentors, "mentor without competencies", mentors.Admit(Mentor("T03") with { Competencies = [] }, InWindow));
        log.Step(mentors, "mentor with capacity 0", mentors.Admit(Mentor("T03", 0), InWindow));
        log.Step(mentors, "mentor with capacity 9", mentors.Admit(Mentor("T03", 9), InWindow));
        log.Step(mentors, "mentor with a level of 7", mentors.Admit(Mentor("T05", null, ("adaptation", 7)), InWindow));
        log.Step(mentors, "mentor with a mentoring consent", mentors.Admit(Mentor("T04") with { MentoringConsent = MentoringConsent() }, InWindow));
        log.Step(mentors, "T01 changes competencies", mentors.ChangeCompetencies(EducatorId.From("T01"), [new CompetencyClaim(TopicCode.From("digital"), 3)], new LocalDate(2026, 6, 3)));
        log.Step(mentors, "T01 to no competencies", mentors.ChangeCompetencies(EducatorId.From("T01"), [], new LocalDate(2026, 6, 3)));
        log.Step(mentors, "T01 capacity 3", mentors.ChangeCapacity(EducatorId.From("T01"), 3, new LocalDate(2026, 6, 4)));
        log.Step(mentors, "T01 capacity 0", mentors.ChangeCapacity(EducatorId.From("T01"), 0, new LocalDate(2026, 6, 4)));
        log.Step(mentors, "T01 training", mentors.RecordTraining(EducatorId.From("T01"), new TrainingSession(new LocalDate(2026, 6, 10), "Семинар наставников", 8)));
        log.Step(mentors, "T01 training of 0 hours", mentors.RecordTraining(EducatorId.From("T01"), new TrainingSession(new LocalDate(2026, 6, 10), "Семинар", 0)));
        log.Step(mentors, "T01 mentoring consent", mentors.RecordMentoringConsent(EducatorId.From("T01"), MentoringConsent()));
        log.Step(mentors, "stranger's mentoring consent", mentors.RecordMentoringConsent(EducatorId.From("T99"), MentoringConsent()));
        log.Step(mentors, "T01 post changes", mentors.UpdateEducator(Educator("T01").WithPost("методист", new PostAppointment(new LocalDate(2026, 6, 15), false)), new LocalDate(2026, 6, 20)));
        Stats(log, mentors.GetStatistics());

        log.Append("\nexport of T01:\n").Append(JsonSerializer.Serialize(mentors.ExportPersonalData(EducatorId.From("T01")), CommandLog.Compact)).Append("\n");
        log.Step(mentees, "S04 withdraws consent", mentees.WithdrawConsent(EducatorId.From("S04"), new LocalDate(2026, 11, 2)));
        log.Step(mentees, "S04 withdraws again", mentees.WithdrawConsent(EducatorId.From("S04"), new LocalDate(2026, 11, 3)));
        log.Step(mentees, "S05 leaves", mentees.Remove(EducatorId.From("S05"), new LocalDate(2026, 12, 1), RemovalReason.LeftOrganization));
        log.Step(mentees, "S01 is erased", mentees.ErasePerson(EducatorId.From("S01"), new LocalDate(2026, 12, 2)));
        log.Step(mentors, "T04 leaves on request", mentors.Remove(EducatorId.From("T04"), new LocalDate(2026, 12, 3), RemovalReason.OwnRequest));
        Stats(log, mentees.GetStatistics());
        Stats(log, mentors.GetStatistics());

        log.Append("\nmentee bank:\n").Append(JsonSerializer.Serialize(mentees.ToSnapshot(), CommandLog.Indented)).Append("\n");
        log.Append("\nmentor bank:\n").Append(JsonSerializer.Serialize(mentors.ToSnapshot(), CommandLog.Indented)).Append("\n");
        Golden.Check("Banks", "year.txt", log.ToString());
    }

    private static void Stats(CommandLog log, BankStatistics s) =>
        log.Append(FormattableString.Invariant(
            $"\nstatistics of the {s.Kind} bank: {s.Active} active, {s.Former} former, {s.EverEntered} ever, {s.ConsentWithdrawn} withdrew consent; topics {string.Join(", ", s.TopicCounts.OrderBy(t => t.Key.Value, StringComparer.Ordinal).Select(t => $"{t.Key}={t.Value}"))}; reasons {string.Join(", ", s.ReasonCounts.OrderBy(r => r.Key).Select(r => $"{r.Key}={r.Value}"))}\n"));
}
