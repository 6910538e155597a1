using System.Text;
using Mentorship.Domain.Matching;
using Mentorship.Domain.People;

namespace Mentorship.Domain.Tests.Matching;

/// <summary>Reads the specification's fixtures (copied beside the tests) with a small RFC 4180 reader.</summary>
internal static class MatchingFixture
{
    public static MatchingProblem CdtSmall(MatchingPolicy? policy = null)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Matching", "Fixtures", "cdt-small");
        var mentors = Rows(Path.Combine(folder, "mentors.csv")).Select(r => new MatchingMentor(
            EducatorId.From(r[0]),
            OrganizationId.From(r[2]),
            List(r[3]).Select(c => c.Split(':')).Select(c => new KeyValuePair<TopicCode, int>(TopicCode.From(c[0]), int.Parse(c[1]))),
            int.Parse(r[4]),
            List(r[5])));
        var mentees = Rows(Path.Combine(folder, "mentees.csv")).Select(r => new MatchingMentee(
            EducatorId.From(r[0]),
            OrganizationId.From(r[2]),
            List(r[3]).Select(TopicCode.From),
            List(r[4]),
            List(r[5]).Select(EducatorId.From)));
        return new MatchingProblem(mentees, mentors, policy);
    }

    private static string[] List(string cell) => cell.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static IEnumerable<string[]> Rows(string path) =>
        File.ReadAllLines(path, Encoding.UTF8).Skip(1).Where(l => l.Length > 0).Select(Split);

    private static string[] Split(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var k = 0; k < line.Length; k++)
        {
            var c = line[k];
            if (quoted)
            {
                if (c == '"' && k + 1 < line.Length && line[k + 1] == '"')
                {
                    cell.Append('"');
                    k++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
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
        return cells.ToArray();
    }
}
