using System.Diagnostics;
using System.Globalization;
using Mentorship.ConsoleDemo.Commands.Files;
using Mentorship.Domain.Matching;
using Mentorship.Domain.People;
using Spectre.Console;

namespace Mentorship.ConsoleDemo.Commands;

/// <summary>
/// <c>match --mentors FILE --mentees FILE [--network] [--out FILE]</c>: reads the two CSV files of the
/// specification row by row, finds the optimal pairs and streams the JSON result to standard output or, safely,
/// to a file (<see cref="SafeOutput"/>). On large inputs the phases and their times go to standard error. Exit
/// codes: 0 done; 1 a bad input file (file, line and column named on standard error, nothing written) or an
/// output that could not be written (one line on standard error); 2 a usage error.
/// </summary>
internal sealed class MatchCommand(TextWriter? error = null, Func<Stream>? standardOutput = null, TextWriter? output = null) : ICommand
{
    /// <summary>From this many candidate pairs on, progress goes to standard error.</summary>
    private const long LargeInput = 1_000_000;

    private const string Usage = "match --mentors FILE --mentees FILE [--network] [--out FILE]";

    private readonly TextWriter _error = error ?? Console.Error;
    private readonly Func<Stream> _standardOutput = standardOutput ?? Console.OpenStandardOutput;

    public string Name => "match";

    public string Summary => Usage + ": оптимальные пары наставников и наставляемых в JSON";

    public int Run(string[] args, IAnsiConsole console)
    {
        string? mentorsPath = null, menteesPath = null, outPath = null;
        var network = false;
        for (var k = 0; k < args.Length; k++)
        {
            var option = args[k];
            switch (option)
            {
                case "--help" or "-h":
                    (output ?? Console.Out).Write(Help);
                    return 0;
                case "--network":
                    network = true;
                    continue;
                case "--mentors" or "--mentees" or "--out" when k + 1 >= args.Length:
                    return UsageError($"после {option} нужен путь к файлу");
                case "--mentors":
                    mentorsPath = args[++k];
                    continue;
                case "--mentees":
                    menteesPath = args[++k];
                    continue;
                case "--out":
                    outPath = args[++k];
                    continue;
                default:
                    return UsageError($"неизвестный аргумент «{EchoText.Escape(option)}»");
            }
        }

        if (mentorsPath is null || menteesPath is null)
        {
            return UsageError("нужны оба файла: --mentors и --mentees");
        }

        var watch = Stopwatch.StartNew();
        List<MatchingMentor> mentors;
        List<MatchingMentee> mentees;
        try
        {
            if (OfficeFormats.IsXlsx(mentorsPath))
            {
                mentors = OfficeFormats.ReadMentorsWorkbook(mentorsPath, RequestTopicCatalog.Standard);
            }
            else
            {
                using var source = TextSource.Open(mentorsPath);
                Notice(source);
                mentors = MatchingCsvReader.ReadMentors(source, RequestTopicCatalog.Standard);
            }

            var mentorIds = mentors.Select(m => m.Id).ToHashSet();
            if (OfficeFormats.IsXlsx(menteesPath))
            {
                mentees = OfficeFormats.ReadMenteesWorkbook(menteesPath, RequestTopicCatalog.Standard);
            }
            else
            {
                using var source = TextSource.Open(menteesPath);
                Notice(source);
                mentees = MatchingCsvReader.ReadMentees(source, RequestTopicCatalog.Standard, mentorIds, mentorsPath);
            }
        }
        catch (InputFileException e)
        {
            _error.WriteLine($"match: {e.Message}");
            return 1;
        }

        var large = (long)mentors.Count * mentees.Count >= LargeInput;
        Progress(large, $"прочитано: наставляемых {Number(mentees.Count)}, наставников {Number(mentors.Count)} за {Number(watch.ElapsedMilliseconds)} мс; подбор{(network ? " по сети организаций" : string.Empty)}…");
        var problem = new MatchingProblem(mentees, mentors, MatchingPolicy.Default.WithNetwork(network));
        var result = problem.Solve();
        Progress(large, $"подобрано {Number(result.MatchedCount)} из {Number(result.MenteeCount)}, сумма баллов {Number(result.TotalScore)}, за {Number(watch.ElapsedMilliseconds)} мс; запись…");
        try
        {
            SafeOutput.Write(outPath, _standardOutput, stream => OfficeFormats.WriteResult(stream, result, outPath));
        }
        catch (OutputException e)
        {
            if (!e.IsBrokenPipe)
            {
                _error.WriteLine($"match: {e.Message}");
            }

            return 1;
        }

        Progress(large, $"готово за {Number(watch.ElapsedMilliseconds)} мс");
        return 0;
    }

    /// <summary>The text of <c>match --help</c>.</summary>
    public static string Help => $"""
        использование: {Usage}

        Подбирает наставников наставляемым: оптимальное назначение по баллам совпадения тем (спецификация подбора)
        и пишет результат в JSON: assignments (пары, баллы, закрытые и незакрытые темы), unmatched (кто остался
        без наставника и почему), summary (mentees, matched, score).

          --mentors FILE  список наставников: id, name, organization, competencies (тема:уровень;…), capacity, subjects
          --mentees FILE  список наставляемых: id, name, organization, requests (тема;…), subjects, excluded_mentors
          --network       разрешить наставников из других организаций сети
          --out FILE      записать JSON в файл (через временный файл рядом, старый файл цел при любой ошибке);
                          без него — в стандартный вывод
          --help, -h      эта справка

        Файлы: UTF-8 (с BOM или без), UTF-16 с BOM или Windows-1251 (как сохраняет Excel); разделитель «,» или «;»;
        заголовки в любом регистре, по-английски или по-русски: ИД, ФИО, Организация, Компетенции, Мест, Предметы,
        Запросы, Исключённые наставники. Исключённый наставник должен быть в файле наставников.
        Коды выхода: 0 — готово; 1 — ошибка во входном файле или запись не удалась; 2 — неверные аргументы.

        """;

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private void Notice(TextSource source)
    {
        if (source.Notice is { } notice)
        {
            _error.WriteLine($"match: {notice}");
        }
    }

    private void Progress(bool large, string message)
    {
        if (large)
        {
            _error.WriteLine($"match: {message}");
        }
    }

    private int UsageError(string problem)
    {
        _error.WriteLine($"match: {problem}");
        _error.WriteLine($"использование: {Usage} (подробно: match --help)");
        return 2;
    }
}
