using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.Pairing;
using Mentorship.Domain.Monitoring.InformationSupport;
using Mentorship.Domain.Monitoring.Practices;
using Mentorship.Domain.Monitoring.Questionnaires;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.SampleData.Year;

/// <summary>
/// DEMO DATA: two neighbouring organisations of the municipality, generated from a seed as monitoring facts only (no
/// names: programmes with their fixing orders and pay, mentors' training, responses, roadmap items), so that the
/// municipal report has something to compare.
/// </summary>
public static class NeighbourOrganizations
{
    private static readonly (string Id, string Short, string Full, OrganizationKind Kind, int Staff)[] Specs =
    [
        ("ilovlya-school-1", "МБОУ Иловлинская СШ № 1", "Муниципальное бюджетное общеобразовательное учреждение «Иловлинская средняя школа № 1»", OrganizationKind.School, 46),
        ("ilovlya-kindergarten-3", "МБДОУ детский сад № 3", "Муниципальное бюджетное дошкольное образовательное учреждение «Иловлинский детский сад № 3»", OrganizationKind.Kindergarten, 22),
    ];

    public static IReadOnlyList<(Organization Organization, PracticeCollection Practices, InformationSupportLog Coverage)> AddTo(
        MonitoringFactsBuilder builder, DateInterval year, int seed)
    {
        var rng = new Random(seed);
        var result = new List<(Organization, PracticeCollection, InformationSupportLog)>();
        foreach (var spec in Specs)
        {
            var org = new Organization(OrganizationId.From(spec.Id), spec.Short, spec.Full, spec.Kind, DemoYear.Municipality);
            var people = Enumerable.Range(1, spec.Staff).Select(i => EducatorId.From($"{spec.Id}-{i:00}")).ToArray();
            foreach (var person in people)
            {
                var young = rng.Next(5) == 0;
                builder.Add(new EducatorFact(person, org.Id, new LocalDate(2005 + rng.Next(20), 9, 1), rng.Next(25) == 0 ? year.Start.PlusDays(rng.Next(200)) : null, young ? year.End.PlusYears(2) : null));
            }

            // Mentors come from the first third of the staff, mentees from the rest.
            var mentors = people.Take(spec.Staff / 3).ToArray();
            var mentees = people.Skip(spec.Staff / 3).Where(_ => rng.Next(3) == 0).ToArray();
            var practices = PracticeCollection.Open(org.Id);
            var programmes = new List<ProgrammeFact>();
            for (var i = 0; i < mentees.Length; i++)
            {
                var mentor = mentors[i % mentors.Length];
                var roll = rng.Next(10);
                var plan = Enumerable.Range(1, 6).Select(m => new PlanItemFact($"{m}", year.Start.PlusMonths(m).PlusDays(14), rng.Next(6) > 0 ? year.Start.PlusMonths(m).PlusDays(10) : null)).ToArray();
                var p = new ProgrammeFact(
                    $"{spec.Id}/{year.Start.Year}-{i + 1:000}", org.Id, i % 7 == 3 ? MentorshipForm.Virtual : MentorshipForm.Individual, mentor, [mentees[i]], year.Start, year.End,
                    roll == 0 ? year.Start.PlusMonths(4) : year.End,
                    roll == 0 ? ProgrammeClosure.EndedEarly : roll < 8 ? ProgrammeClosure.CompletedDone : ProgrammeClosure.CompletedNotDone,
                    plan: plan);
                builder.Add(p);
                programmes.Add(p);

                // Fixed by one order a few days before the start; no random draw, so the generated year stays as it was.
                builder.Add(new FixedUnitFact(
                    p.Id, org.Id, false, p.Form, i % 9 == 4 ? ParticipantsForm.ManagerToEducator : ParticipantsForm.EducatorToEducator,
                    new OrderReference($"{40 + result.Count}-од", year.Start.PlusDays(-4)), p.ClosedOn, mentor, i % 4 == 2 ? 0m : 2500m));
                foreach (var (who, role) in new[] { (mentees[i], RespondentRole.Mentee), (mentor, RespondentRole.Mentor) })
                {
                    builder.Add(Response(rng, RespondentRole.Mentee == role ? "mentee" : "mentor", SurveyWave.Entry, p, who, year.Start.PlusDays(10), 3, 8));
                    if (p.Closure != ProgrammeClosure.EndedEarly)
                    {
                        builder.Add(Response(rng, RespondentRole.Mentee == role ? "mentee" : "mentor", SurveyWave.Final, p, who, year.End.PlusDays(-7), 5, 10));
                    }
                }

                if (rng.Next(4) == 0)
                {
                    builder.Add(new AchievementFact(mentees[i], year.Start.PlusMonths(3 + rng.Next(5)), (AchievementKind)(1 + rng.Next(4))));
                }
            }

            // Item 2.3: two of every three mentors who lead a pair at the autumn seminar.
            for (var k = 0; k < Math.Min(mentors.Length, mentees.Length); k++)
            {
                if (k % 3 != 2)
                {
                    builder.Add(new MentorTrainingFact(mentors[k], org.Id, year.Start.PlusDays(20), "Муниципальный семинар наставников", 6));
                }
            }

            var done = programmes.Where(p => p.Closure == ProgrammeClosure.CompletedDone).Take(2).ToArray();
            for (var i = 0; i < done.Length; i++)
            {
                practices.Propose(new PracticeProposal($"{spec.Id}-p{i + 1}", i == 0 ? "Кейс «Адаптация молодого педагога в коллективе»" : "Методика наставнического сопровождения занятия", i == 0 ? PracticeKind.Case : PracticeKind.Method, done[i].Mentor), done[i], year.End.PlusMonths(-2));
            }

            practices.HoldFinalEvent(year.End.PlusMonths(-1), "Итоговое мероприятие по выявлению лучших практик", practices.Practices.Take(1).Select(p => p.Id));
            var log = InformationSupportLog.Open(org.Id);
            foreach (var (activity, month) in new[] { ("2.1", 0), ("2.4", 0), ("3.1", 7), ("3.2", 0) })
            {
                var item = new RoadmapItemFact(org.Id, activity, $"{year.Start.Year}:{activity}", $"Мероприятие {activity}", year.Start.PlusMonths(month), year.Start.PlusMonths(month).PlusDays(25), rng.Next(4) > 0 ? year.Start.PlusMonths(month).PlusDays(20) : null);
                builder.Add(item);
                if (item.DoneOn is { } on)
                {
                    log.Record(item, CoverageChannel.Website, on, $"https://{spec.Id}.example/news/{activity}");
                    if (rng.Next(2) == 0)
                    {
                        log.Record(item, CoverageChannel.SocialNetwork, on, $"https://vk.example/{spec.Id}?w={activity}");
                    }
                }
            }

            result.Add((org, practices, log));
        }

        return result;
    }

    private static QuestionnaireResponse Response(Random rng, string role, SurveyWave wave, ProgrammeFact p, EducatorId who, LocalDate on, int low, int high)
    {
        var form = RussianInstruments.Default.Find(role == "mentee" ? RespondentRole.Mentee : RespondentRole.Mentor, wave)!;
        var answers = form.Items.Where(i => i.Required).Select(i => i.Kind == QuestionKind.Scale
            ? QuestionnaireAnswer.ForScale(i.Code, rng.Next(low, high + 1))
            : QuestionnaireAnswer.ForYesNo(i.Code, rng.Next(4) > 0));
        return QuestionnaireResponse.Create($"{p.Id}/{role}-{wave}", form, p.Id, who, on, answers).Value;
    }
}
