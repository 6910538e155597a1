using System.Diagnostics;
using Mentorship.Domain.Matching;
using Mentorship.Domain.People;
using Spectre.Console;

namespace Mentorship.ConsoleDemo.Commands;

/// <summary>
/// <c>match --mentors FILE --mentees FILE [--network] [--out FILE]</c>: reads the two CSV files of the
/// specification, finds the optimal pairs and writes the JSON result to stdout or to the file. Exit codes:
/// 0 done; 1 a bad input file (file, line and column named on stderr, nothing written); 2 a usage error.
/// </summary>
internal sealed class MatchCommand(TextWriter? error = null, Func<Stream>? standardOutput = null) : ICommand
{
    /// <summary>From this many candidate pairs on, progress goes to stderr.</summary>
    private const long LargeInput = 1_000_000;

    private readonly TextWriter _error = error ?? Console.Error;
    private readonly Func<Stream> _standardOutput = standardOutput ?? Console.OpenStandardOutput;

    public string Name => "match";

    public string Summary => "match --mentors FILE --mentees FILE [--network] [--out FILE]: optimal pairs as JSON";

    public int Run(string[] args, IAnsiConsole console)
    {
        string? mentorsPath = null, menteesPath = null, outPath = null;
        var network = false;
        for (var k = 0; k < args.Length; k++)
        {
            switch (args[k])
            {
                case "--mentors" when k + 1 < args.Length:
                    mentorsPath = args[++k];
                    break;
                case "--mentees" when k + 1 < args.Length:
                    menteesPath = args[++k];
                    break;
                case "--out" when k + 1 < args.Length:
                    outPath = args[++k];
                    break;
                case "--network":
                    network = true;
                    break;
                default:
                    return Usage($"unexpected argument '{args[k]}'");
            }
        }

        if (mentorsPath is null || menteesPath is null)
        {
            return Usage("both --mentors and --mentees are needed");
        }

        var watch = Stopwatch.StartNew();
        IReadOnlyList<MatchingMentor> mentors;
        IReadOnlyList<MatchingMentee> mentees;
        try
        {
            mentors = OfficeFormats.ReadMentors(mentorsPath, RequestTopicCatalog.Standard);
            mentees = OfficeFormats.ReadMentees(menteesPath, RequestTopicCatalog.Standard);
        }
        catch (MatchInputException e)
        {
            _error.WriteLine($"error: {e.Message}");
            return 1;
        }

        var large = (long)mentors.Count * mentees.Count >= LargeInput;
        Progress(large, $"read {mentees.Count} mentees and {mentors.Count} mentors in {watch.ElapsedMilliseconds} ms; matching{(network ? " (network)" : string.Empty)}…");
        var problem = new MatchingProblem(mentees, mentors, MatchingPolicy.Default.WithNetwork(network));
        var result = problem.Solve();
        Progress(large, $"matched {result.MatchedCount} of {result.MenteeCount}, score {result.TotalScore}, at {watch.ElapsedMilliseconds} ms; writing…");
        if (outPath is null)
        {
            using var stdout = _standardOutput();
            MatchingJsonWriter.Write(stdout, result);
        }
        else
        {
            // Write beside the target and move into place, so a failure never leaves half a file.
            var temporary = outPath + ".partial";
            using (var file = File.Create(temporary))
            {
                OfficeFormats.WriteResult(file, result, outPath);
            }

            File.Move(temporary, outPath, overwrite: true);
        }

        Progress(large, $"done in {watch.ElapsedMilliseconds} ms");
        return 0;
    }

    private void Progress(bool large, string message)
    {
        if (large)
        {
            _error.WriteLine(message);
        }
    }

    private int Usage(string problem)
    {
        _error.WriteLine($"error: {problem}");
        _error.WriteLine("usage: match --mentors FILE --mentees FILE [--network] [--out FILE]");
        return 2;
    }
}
