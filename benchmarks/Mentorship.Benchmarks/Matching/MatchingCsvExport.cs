using System.Globalization;
using System.Text;
using Mentorship.Domain.Matching;

namespace Mentorship.Benchmarks.Matching;

/// <summary>Writes a generated instance as the specification's two CSV files, for timing the <c>match</c> command.</summary>
public static class MatchingCsvExport
{
    public static void Write(MatchingProblem problem, string folder)
    {
        Directory.CreateDirectory(folder);
        var mentors = new StringBuilder("id,name,organization,competencies,capacity,subjects\n");
        foreach (var m in problem.Mentors)
        {
            mentors.Append(CultureInfo.InvariantCulture, $"{m.Id},\"Наставник {m.Id}, методист\",{m.OrganizationId},")
                .Append(string.Join(";", m.Competencies.Select(c => $"{c.Key}:{c.Value}")))
                .Append(CultureInfo.InvariantCulture, $",{m.Capacity},{string.Join(";", m.Subjects)}\n");
        }

        var mentees = new StringBuilder("id,name,organization,requests,subjects,excluded_mentors\n");
        foreach (var e in problem.Mentees)
        {
            mentees.Append(CultureInfo.InvariantCulture, $"{e.Id},Наставляемый {e.Id},{e.OrganizationId},{string.Join(";", e.Requests)},")
                .Append(CultureInfo.InvariantCulture, $"{string.Join(";", e.Subjects)},{string.Join(";", e.ExcludedMentors)}\n");
        }

        File.WriteAllText(Path.Combine(folder, "mentors.csv"), mentors.ToString(), new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(folder, "mentees.csv"), mentees.ToString(), new UTF8Encoding(false));
    }
}
