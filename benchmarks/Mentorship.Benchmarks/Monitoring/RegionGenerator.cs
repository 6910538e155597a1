using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.Monitoring.Questionnaires;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Benchmarks.Monitoring;

/// <summary>
/// A seeded region for the monitoring benchmarks: organisations of equal staff, five school years (2022/23–2026/27) of
/// employments, banks, pairs and groups with plans, replacements and closures, entry and final questionnaires for every
/// mentee and mentor and the coordinator's final assessment, the seed's roadmap items and mentees' achievements.
/// </summary>
internal static class RegionGenerator
{
    public const int FirstYear = 2022;
    public const int Years = 5;

    /// <summary>The last school year: the period the benchmarks compute.</summary>
    public static readonly DateInterval LastSchoolYear = new(new LocalDate(FirstYear + Years - 1, 9, 1), new LocalDate(FirstYear + Years, 5, 31));

    private static readonly string[] Activities = ["1.1", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "4.1"];

    public static (MonitoringFactsBuilder Builder, OrganizationId[] Organizations) Generate(int educators, int organizations, int seed)
    {
        var rng = new Random(seed);
        var builder = new MonitoringFactsBuilder();
        var orgs = Enumerable.Range(1, organizations).Select(i => OrganizationId.From($"org-{i:000}")).ToArray();
        var perOrg = educators / organizations;
        var forms = RussianInstruments.Default;
        var responseNumber = 0;
        foreach (var org in orgs)
        {
            var staff = Enumerable.Range(1, perOrg).Select(i => EducatorId.From($"{org.Value}-{i:0000}")).ToArray();
            foreach (var person in staff)
            {
                var from = new LocalDate(2000, 9, 1).PlusDays(rng.Next(26 * 365));
                LocalDate? through = rng.Next(20) == 0 ? new LocalDate(FirstYear, 9, 1).PlusDays(rng.Next(Years * 365)) : null;
                LocalDate? young = rng.Next(6) == 0 ? new LocalDate(FirstYear + 1, 1, 1).PlusDays(rng.Next(8 * 365)) : null;
                builder.Add(new EducatorFact(person, org, from, through is { } t && t < from ? from : through, young));
            }

            // Mentors come from the first fifth of the staff; mentees from the rest.
            var mentors = staff.Take(perOrg / 5).ToArray();
            var mentees = staff.Skip(perOrg / 5).ToArray();
            for (var y = 0; y < Years; y++)
            {
                var year = FirstYear + y;
                var start = new LocalDate(year, 9, 1);
                var end = new LocalDate(year + 1, 5, 31);
                foreach (var m in mentors.Where(_ => rng.Next(3) > 0))
                {
                    builder.Add(new MentorBankFact(m, org, year, new LocalDate(year, 5, 15), new LocalDate(year + 1, 8, 31), 1 + rng.Next(3)));
                }

                var cohort = mentees.OrderBy(_ => rng.Next()).Take(perOrg / 12 + 1).ToArray();
                foreach (var m in cohort)
                {
                    builder.Add(new MenteeBankFact(m, org, year, new LocalDate(year, 5, 15).PlusDays(rng.Next(120)), new LocalDate(year + 1, 8, 31)));
                }

                var i = 0;
                var unit = 0;
                while (i < cohort.Length)
                {
                    var size = rng.Next(10) == 0 ? 2 + rng.Next(3) : 1;
                    var group = cohort.Skip(i).Take(size).ToArray();
                    i += group.Length;
                    var mentor = mentors[rng.Next(mentors.Length)];
                    var roll = rng.Next(20);
                    var closedOn = roll == 0 ? start.PlusDays(30 + rng.Next(200)) : end;
                    var closure = roll == 0 ? ProgrammeClosure.EndedEarly : roll < 4 ? ProgrammeClosure.CompletedNotDone : ProgrammeClosure.CompletedDone;
                    var replacements = rng.Next(20) == 0
                        ? new[] { new MentorReplacementFact(closedOn.PlusDays(-10 - rng.Next(10)) > start ? closedOn.PlusDays(-10 - rng.Next(10)) : closedOn, mentors.First(x => x != mentor)) }
                        : [];
                    var plan = Enumerable.Range(1, 8)
                        .Select(k => new PlanItemFact(k.ToString(System.Globalization.CultureInfo.InvariantCulture), start.PlusDays(30 * k), rng.Next(8) > 0 ? start.PlusDays(30 * k - 2 + rng.Next(6)) : null))
                        .ToArray();
                    var programme = new ProgrammeFact(
                        $"{org.Value}/{year}-{++unit:000}",
                        org,
                        group.Length > 1 ? MentorshipForm.Group : rng.Next(10) == 0 ? MentorshipForm.Virtual : MentorshipForm.Individual,
                        mentor,
                        group,
                        start,
                        end,
                        year == FirstYear + Years - 1 && roll != 0 ? null : closedOn,
                        year == FirstYear + Years - 1 && roll != 0 ? null : closure,
                        replacements.Where(r => r.On > start && r.On <= closedOn),
                        plan);
                    builder.Add(programme);
                    foreach (var mentee in group)
                    {
                        builder.Add(Answer(forms.Find(RespondentRole.Mentee, SurveyWave.Entry)!, programme, mentee, start.PlusDays(10)));
                        builder.Add(Answer(forms.Find(RespondentRole.Mentee, SurveyWave.Final)!, programme, mentee, end.PlusDays(-10)));
                        if (rng.Next(4) == 0)
                        {
                            builder.Add(new AchievementFact(mentee, start.PlusDays(rng.Next(270)), (AchievementKind)(1 + rng.Next(4))));
                        }
                    }

                    builder.Add(Answer(forms.Find(RespondentRole.Mentor, SurveyWave.Entry)!, programme, mentor, start.PlusDays(10)));
                    builder.Add(Answer(forms.Find(RespondentRole.Mentor, SurveyWave.Final)!, programme, programme.MentorOn(end), end.PlusDays(-10)));
                    builder.Add(Answer(forms.Find(RespondentRole.Coordinator, SurveyWave.Final)!, programme, EducatorId.From($"{org.Value}-coordinator"), end.PlusDays(-5)));
                }

                foreach (var activity in Activities)
                {
                    for (var k = 0; k < 2; k++)
                    {
                        var due = new LocalDate(year, 4, 30).PlusMonths(k * 6 + rng.Next(4));
                        builder.Add(new RoadmapItemFact(org, activity, $"{year}:{activity}/{k}", activity, due.PlusDays(-60), due, rng.Next(6) > 0 ? due.PlusDays(rng.Next(10) - 7) : null));
                    }
                }
            }
        }

        return (builder, orgs);

        QuestionnaireResponse Answer(QuestionnaireInstrument form, ProgrammeFact programme, EducatorId who, LocalDate on)
        {
            var answers = form.Items.Where(i => i.Required).Select(i => i.Kind == QuestionKind.Scale
                ? QuestionnaireAnswer.ForScale(i.Code, 1 + rng.Next(10))
                : QuestionnaireAnswer.ForYesNo(i.Code, rng.Next(2) == 0));
            return QuestionnaireResponse.Create($"r{++responseNumber}", form, programme.Id, who, on, answers).Value;
        }
    }
}
