using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Mentorship.Domain.Banks;
using Mentorship.Domain.Calendar;
using Mentorship.Domain.Documents;
using Mentorship.Domain.Matching;
using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.Monitoring.Indicators;
using Mentorship.Domain.Pairing;
using Mentorship.Domain.People;
using NodaTime;

// What an integrator on .NET Framework 4.8 does with the package: the README's year of one pair, a matching of
// the specification's small fixture, and the fixing order rendered. The same text must come out on .NET 10.
Console.OutputEncoding = new UTF8Encoding(false);
var fixture = args.Length > 0 ? args[0] : "cdt-small";
var runtime = typeof(object).Assembly.GetName().Name;
Console.Error.WriteLine($"runtime: {Environment.Version} ({runtime}), Mentorship.Domain {typeof(MenteeBank).Assembly.GetName().Version}");

// 1. The README example.
var school = OrganizationId.From("school-7");
var consent = PersonalDataConsent.Given(new LocalDate(2026, 4, 10));
var intake = new LocalDate(2026, 5, 20);
var pavlova = new Educator(EducatorId.From("S1"), school, new PersonalData("Павлова Дарья", new LocalDate(2001, 3, 14)),
    "учитель математики", new LocalDate(2025, 9, 1), QualificationCategory.None, ["math"]);
var churakova = new Educator(EducatorId.From("T1"), school, new PersonalData("Чуракова Татьяна", new LocalDate(1968, 2, 3)),
    "учитель математики", new LocalDate(1990, 9, 1), QualificationCategory.Highest, ["math"]);
var mentees = MenteeBank.Open(school, 2026);
var mentors = MentorBank.Open(school, 2026);
mentees.Admit(new MenteeApplication(pavlova, consent, [TopicCode.From("adaptation"), TopicCode.From("lesson-planning")], [MentoringReason.YoungSpecialist]), intake);
mentors.Admit(new MentorApplication(churakova, consent,
    [new CompetencyClaim(TopicCode.From("adaptation"), 3), new CompetencyClaim(TopicCode.From("lesson-planning"), 2)]), intake);
var result = MatchingProblem.FromBanks(mentees, mentors).Solve();
var schoolYear = new DateInterval(new LocalDate(2026, 9, 1), new LocalDate(2027, 5, 31));
var register = PairingRegister.Open(school, 2026, RussianProductionCalendar.Default);
register.SetMentorCapacities(mentors, new LocalDate(2026, 8, 17));
var unit = register.Propose(PairProposal.FromMatching(result, schoolYear).Single(), new LocalDate(2026, 8, 17)).Unit;
register.RecordMentorAgreement(unit.Id, new MentoringConsent(new LocalDate(2026, 8, 24), "наставничество над молодым специалистом",
    schoolYear, MentorshipForm.Individual, new PayTerms(3000m, "доплата по приказу"), "ДС-1"));
register.RecordMenteeConsent(unit.Id, EducatorId.From("S1"), new MenteeConsent(new LocalDate(2026, 8, 25)));
var order = register.IssueFixingOrder(new OrderReference("45-од", new LocalDate(2026, 8, 28)), [unit.Id]).Value;
register.Activate(unit.Id, schoolYear.Start);
var facts = new MonitoringFactsBuilder().Add(mentees).Add(mentors).Add(register).Build();
var k2 = IndicatorCalculator.Compute(facts, MonitoringScope.ForOrganization(school), schoolYear).Get(IndicatorCode.K2);
Console.WriteLine("== README example");
Console.WriteLine($"matching: {result}");
foreach (var a in result.Assignments)
{
    Console.WriteLine($"pair {a.Mentor.Value} -> {a.Mentee.Value}: score {a.Score}");
}

Console.WriteLine($"unit {unit.Id}: {register.Units.Single().Status}; order {order.Number} of {order.Date:yyyy-MM-dd}");
Console.WriteLine($"K2 = {k2.Numerator}/{k2.Denominator}, counted {string.Join(",", k2.Counted)}");

// 2. The specification's small fixture: every assignment with its score.
var problem = new MatchingProblem(
    Rows(Path.Combine(fixture, "mentees.csv")).Select(r => new MatchingMentee(
        EducatorId.From(r[0]), OrganizationId.From(r[2]), List(r[3]).Select(TopicCode.From), List(r[4]), List(r[5]).Select(EducatorId.From))),
    Rows(Path.Combine(fixture, "mentors.csv")).Select(r => new MatchingMentor(
        EducatorId.From(r[0]), OrganizationId.From(r[2]),
        List(r[3]).Select(c => c.Split(':')).Select(c => new KeyValuePair<TopicCode, int>(TopicCode.From(c[0]), int.Parse(c[1], System.Globalization.CultureInfo.InvariantCulture))),
        int.Parse(r[4], System.Globalization.CultureInfo.InvariantCulture), List(r[5]))));
var solved = problem.Solve();
Console.WriteLine("== matching of the fixture");
Console.WriteLine($"matched {solved.MatchedCount} of {solved.MenteeCount}, total score {solved.TotalScore}");
foreach (var a in solved.Assignments.OrderBy(a => a.Mentee.Value, StringComparer.Ordinal))
{
    Console.WriteLine($"{a.Mentee.Value} <- {a.Mentor.Value} ({a.Score})");
}

foreach (var u in solved.Unmatched.OrderBy(u => u.Mentee.Value, StringComparer.Ordinal))
{
    Console.WriteLine($"{u.Mentee.Value}: unmatched ({u.Reason})");
}

// 3. The fixing order, as plain text.
var organization = new Organization(school, "МБОУ СОШ № 7", "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 7»", OrganizationKind.School);
var signatures = new OrderSignatures(new Signatory("Директор", "Т.В. Чуракова"), new Signatory("заместитель директора по УВР", "О.И. Васильева"));
var document = PairingOrderDocument.Render(register, order, organization, ParticipantDirectory.Of([pavlova, churakova], order.Date), signatures);
Console.WriteLine("== " + document.Title);
Console.WriteLine(document.PlainText);
return 0;

static string[] List(string cell) =>
    cell.Split([';'], StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim()).Where(s => s.Length > 0).ToArray();

// RFC 4180 rows after the header: quoted cells may hold commas and doubled quotes.
static IEnumerable<string[]> Rows(string path)
{
    foreach (var line in File.ReadAllLines(path, Encoding.UTF8).Skip(1).Where(l => l.Length > 0))
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var k = 0; k < line.Length; k++)
        {
            var c = line[k];
            if (quoted && c == '"' && k + 1 < line.Length && line[k + 1] == '"')
            {
                cell.Append('"');
                k++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        yield return cells.ToArray();
    }
}
