using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Ardalis.GuardClauses;

namespace Mentorship.Domain.Roadmap;

/// <summary>
/// Imports a roadmap table given as text, laid out as schools paste it from Word: tab-separated cells, or a
/// Markdown table (as <see cref="RoadmapMarkdownRenderer"/> writes it). A broken table (no header, a row that is
/// not a section, an activity or a continuation, a missing title or timing, a repeated number, a section without
/// activities) fails with every problem and its line number, and nothing is imported. A timing cell that cannot
/// be read is, by default (<see cref="RoadmapImportMode.Lenient"/>), kept as an <see cref="UnrecognisedTiming"/>
/// with a <see cref="RoadmapImportWarning"/>; in <see cref="RoadmapImportMode.Strict"/> mode it is one more problem.
/// </summary>
/// <remarks>
/// <para>
/// Text before the header row is skipped (the order that precedes the seed's table). The header row names the
/// five columns — «№ п/п», «Наименование мероприятия», «Срок…», «Ответственный…», «Результат…» — in any order.
/// After it, blank lines and rows of empty cells are skipped and every other line is one of: a section row (a Roman
/// numeral, «II. Внедрение…», the other cells empty); an activity row (a number such as «2.1» or «2.4.»); or the
/// continuation of the activity above, when a cell was broken over lines (the number cell empty). A continuation's
/// cells are appended to the activity's cells with a space, except that a fragment beginning with «й», «ь», «ъ» or
/// «ы» (which start no Russian word) or following a hyphen is glued on: «методически» + «й совет» reads «методический
/// совет».
/// </para>
/// <para>
/// Responsible parties are the comma- or semicolon-separated names of their cell. The result cell is split into
/// numbered deliverables («1.… 2.…»), the text before «1.» kept as a preamble; a trailing bracket that reads as
/// a timing, «(апрель)», becomes the deliverable's own timing. Thread-safe.
/// </para>
/// </remarks>
public static class RoadmapTableImporter
{
    private const int ColumnCount = 5;
    private const int NumberColumn = 0;
    private const int TitleColumn = 1;
    private const int TimingColumn = 2;
    private const int ResponsibleColumn = 3;
    private const int ResultColumn = 4;

    private static readonly Regex SectionPattern = new(@"^(?<num>[IVXLC]{1,8})\.\s*(?<title>.*)$", RegexOptions.CultureInvariant);
    private static readonly Regex ActivityPattern = new(@"^\d{1,3}(\.\d{1,3}){0,3}\.?$", RegexOptions.CultureInvariant);
    private static readonly Regex SeparatorCell = new(@"^:?-{3,}:?$", RegexOptions.CultureInvariant);

    /// <summary>Imports a table leniently, with the school year's halves (<see cref="RoadmapImportOptions.Default"/>).</summary>
    /// <param name="text">The whole text; line breaks may be \n or \r\n.</param>
    /// <returns>The roadmap with a warning per timing cell it could not read, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static RoadmapImportResult Import(string text) => Import(text, RoadmapImportOptions.Default);

    /// <summary>Imports a table.</summary>
    /// <param name="text">The whole text; line breaks may be \n or \r\n.</param>
    /// <param name="options">Lenient or strict, and the half-year basis.</param>
    /// <returns>The roadmap (with its warnings when lenient), or every problem found.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static RoadmapImportResult Import(string text, RoadmapImportOptions options)
    {
        Guard.Against.Null(text);
        Guard.Against.Null(options);
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var errors = new List<RoadmapImportError>();
        var header = FindHeader(lines);
        if (header is null)
        {
            return Fail(new RoadmapImportError(1, RoadmapImportErrorCode.HeaderNotFound, "Не найдена строка заголовка с пятью столбцами дорожной карты («№ п/п», «Наименование мероприятия», «Срок…», «Ответственный…», «Результат…»)."));
        }

        var (headerIndex, columns) = header.Value;
        var headerCells = SplitCells(lines[headerIndex])!.Count;
        var sections = new List<RawSection>();
        RawActivity? current = null;
        for (var i = headerIndex + 1; i < lines.Length; i++)
        {
            var lineNumber = i + 1;
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            // A separator row, or a row of empty cells («| | | | | |», as a blank line of a Markdown table is written).
            var raw = SplitCells(lines[i]);
            if (raw is null || raw.TrueForAll(c => c.Length == 0))
            {
                continue;
            }

            // A Markdown row says where each cell ends, so it has as many cells as the header: one cell fewer is a
            // lost cell, not an empty one. (Text pasted from Word drops trailing empty cells, so tabs are not counted.)
            if (IsMarkdownRow(lines[i]) && raw.Count != headerCells)
            {
                errors.Add(new(
                    lineNumber,
                    RoadmapImportErrorCode.UnreadableRow,
                    $"В строке таблицы {raw.Count.ToString(CultureInfo.InvariantCulture)} ячеек, а в заголовке {headerCells.ToString(CultureInfo.InvariantCulture)}: проверьте разделители «|»."));
                current = null;
                continue;
            }

            if (raw.Where((cell, index) => cell.Length > 0 && Array.IndexOf(columns, index) < 0).Any())
            {
                errors.Add(new(lineNumber, RoadmapImportErrorCode.UnreadableRow, "В строке есть текст вне пяти столбцов таблицы."));
                current = null;
                continue;
            }

            var cells = Reorder(raw, columns);
            var first = cells[NumberColumn];
            var rest = cells.Skip(1).ToArray();
            var section = SectionPattern.Match(first);
            if (section.Success && (rest.All(c => c.Length == 0) || (section.Groups["title"].Value.Length == 0 && rest.Skip(1).All(c => c.Length == 0))))
            {
                var title = section.Groups["title"].Value.Length > 0 ? section.Groups["title"].Value : rest[0];
                sections.Add(new RawSection(lineNumber, section.Groups["num"].Value, title.Trim()));
                current = null;
            }
            else if (ActivityPattern.IsMatch(first))
            {
                if (sections.Count == 0)
                {
                    errors.Add(new(lineNumber, RoadmapImportErrorCode.ActivityOutsideSection, $"Мероприятие {first} стоит выше первой строки раздела."));
                    current = null;
                    continue;
                }

                current = new RawActivity(lineNumber, first, cells);
                sections[sections.Count - 1].Activities.Add(current);
            }
            else if (first.Length == 0 && current is not null && rest.Any(c => c.Length > 0))
            {
                for (var c = 1; c < ColumnCount; c++)
                {
                    current.Cells[c] = Glue(current.Cells[c], cells[c]);
                }
            }
            else
            {
                var what = first.Length == 0
                    ? "Строка продолжает мероприятие, но выше нет мероприятия."
                    : $"Строка «{first}» не читается ни как раздел, ни как мероприятие, ни как продолжение: номер раздела — римская цифра с точкой (I.), номер мероприятия — 1.1.";
                errors.Add(new(lineNumber, RoadmapImportErrorCode.UnreadableRow, what));
                current = null;
            }
        }

        var warnings = new List<RoadmapImportWarning>();
        var built = Build(sections, errors, warnings, options);
        if (errors.Count == 0 && built is not null && built.Activities.Count == 0)
        {
            errors.Add(new(headerIndex + 1, RoadmapImportErrorCode.EmptyTable, "В таблице нет ни одного мероприятия."));
        }

        return errors.Count > 0 || built is null
            ? RoadmapImportResult.Failed(new RoadmapImportFailure(errors))
            : RoadmapImportResult.Success(built, warnings);
    }

    private static RoadmapImportResult Fail(RoadmapImportError error) => RoadmapImportResult.Failed(new RoadmapImportFailure([error]));

    private static MentorshipRoadmap? Build(
        List<RawSection> sections,
        List<RoadmapImportError> errors,
        List<RoadmapImportWarning> warnings,
        RoadmapImportOptions options)
    {
        var anyActivity = sections.Exists(s => s.Activities.Count > 0);
        var built = new List<RoadmapSection>();
        var numerals = new HashSet<string>(StringComparer.Ordinal);
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var section in sections)
        {
            if (!numerals.Add(section.Number))
            {
                errors.Add(new(section.LineNumber, RoadmapImportErrorCode.DuplicateNumber, $"Раздел {section.Number} встречается дважды."));
            }

            if (section.Title.Length == 0)
            {
                errors.Add(new(section.LineNumber, RoadmapImportErrorCode.MissingCell, $"У раздела {section.Number} нет названия."));
                continue;
            }

            if (section.Activities.Count == 0 && anyActivity)
            {
                errors.Add(new(section.LineNumber, RoadmapImportErrorCode.EmptySection, $"В разделе {section.Number} нет мероприятий."));
            }

            var activities = new List<RoadmapActivity>();
            foreach (var raw in section.Activities)
            {
                var activity = BuildActivity(raw, errors, warnings, options);
                if (activity is null)
                {
                    continue;
                }

                if (!numbers.Add(activity.Number))
                {
                    errors.Add(new(raw.LineNumber, RoadmapImportErrorCode.DuplicateNumber, $"Мероприятие {activity.Number} встречается дважды."));
                    continue;
                }

                activities.Add(activity);
            }

            built.Add(RoadmapSection.Create(section.Number, section.Title, activities));
        }

        return errors.Count > 0 ? null : MentorshipRoadmap.Create(built);
    }

    private static RoadmapActivity? BuildActivity(
        RawActivity raw,
        List<RoadmapImportError> errors,
        List<RoadmapImportWarning> warnings,
        RoadmapImportOptions options)
    {
        var number = raw.Number.TrimEnd('.');
        var title = raw.Cells[TitleColumn];
        var timingText = raw.Cells[TimingColumn];
        if (title.Length == 0 || timingText.Length == 0)
        {
            var missing = title.Length == 0 ? "наименования" : "срока";
            errors.Add(new(raw.LineNumber, RoadmapImportErrorCode.MissingCell, $"У мероприятия {number} нет {missing}."));
            return null;
        }

        var timing = RussianTimingParser.Parse(timingText, options.HalfYears);
        if (!timing.IsSuccess)
        {
            var failure = timing.Failure;
            var what = $"Мероприятие {number}: срок «{timingText}» не распознан: {failure.Message}";
            var hint = failure.Hint is null ? string.Empty : $" {failure.Hint}";
            if (options.Mode == RoadmapImportMode.Strict)
            {
                errors.Add(new(raw.LineNumber, RoadmapImportErrorCode.UnreadableTiming, what + hint));
                return null;
            }

            warnings.Add(new RoadmapImportWarning(
                raw.LineNumber,
                RoadmapImportErrorCode.UnreadableTiming,
                number,
                failure,
                $"{what} Мероприятие взято без дат.{hint}"));
        }

        var parties = raw.Cells[ResponsibleColumn]
            .Split([',', ';'], StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !string.IsNullOrWhiteSpace(p))
            .ToList();
        if (parties.Find(p => ResponsibleParty.NormalizedLength(p) > ResponsibleParty.MaxLength) is { } tooLong)
        {
            errors.Add(new(
                raw.LineNumber,
                RoadmapImportErrorCode.UnreadableRow,
                $"Ответственный длиннее {ResponsibleParty.MaxLength} знаков ({ResponsibleParty.NormalizedLength(tooLong)}): разделите ответственных запятыми."));
            return null;
        }

        var responsible = parties.Select(ResponsibleParty.From);
        var (preamble, deliverables) = DeliverableCellReader.Read(raw.Cells[ResultColumn], options.HalfYears);
        return RoadmapActivity.Create(number, title, timingText, timing.OrUnrecognised(), responsible, deliverables, preamble);
    }

    private static string Glue(string previous, string fragment)
    {
        if (fragment.Length == 0)
        {
            return previous;
        }

        if (previous.Length == 0)
        {
            return fragment;
        }

        var last = previous[previous.Length - 1];
        var glued = (char.IsLetter(last) && fragment[0] is 'й' or 'ь' or 'ъ' or 'ы') || (last == '-' && char.IsLower(fragment[0]));
        return glued ? previous + fragment : previous + " " + fragment;
    }

    private static (int Index, int[] Columns)? FindHeader(string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var cells = SplitCells(lines[i]);
            if (cells is null || cells.Count < ColumnCount)
            {
                continue;
            }

            var lower = cells.Select(c => c.ToLowerInvariant()).ToList();
            int Find(Func<string, bool> test) => lower.FindIndex(c => test(c));
            var columns = new[]
            {
                Find(c => c.Contains('№') || c.Contains("п/п")),
                Find(c => c.Contains("наименование") || c.Contains("мероприяти")),
                Find(c => c.Contains("срок")),
                Find(c => c.Contains("ответствен")),
                Find(c => c.Contains("результат") || c.Contains("документ")),
            };
            if (columns.All(c => c >= 0) && columns.Distinct().Count() == ColumnCount)
            {
                return (i, columns);
            }
        }

        return null;
    }

    private static List<string> Reorder(List<string> raw, int[] columns)
    {
        var cells = new List<string>(ColumnCount);
        foreach (var column in columns)
        {
            cells.Add(column < raw.Count ? raw[column] : string.Empty);
        }

        return cells;
    }

    private static bool IsMarkdownRow(string line) => line.TrimStart() is { Length: > 0 } trimmed && trimmed[0] == '|';

    /// <summary>The trimmed cells of a line; null for a Markdown separator row.</summary>
    private static List<string>? SplitCells(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0 || trimmed[0] != '|')
        {
            return [.. line.Split('\t').Select(c => c.Trim())];
        }

        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        for (var i = 1; i < trimmed.Length; i++)
        {
            var c = trimmed[i];
            if (c == '\\' && i + 1 < trimmed.Length && trimmed[i + 1] is '|' or '\\')
            {
                cell.Append(trimmed[i + 1]);
                i++;
            }
            else if (c == '|')
            {
                cells.Add(MarkdownCell(cell.ToString()));
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        if (cell.ToString().Trim().Length > 0)
        {
            cells.Add(MarkdownCell(cell.ToString()));
        }

        return cells.All(c => SeparatorCell.IsMatch(c)) ? null : cells;
    }

    private static string MarkdownCell(string cell)
    {
        var text = cell.Replace("<br>", " ").Replace("<br/>", " ").Replace("<br />", " ").Replace("&lt;", "<").Trim();
        if (text.Length >= 4 && text.StartsWith("**", StringComparison.Ordinal) && text.EndsWith("**", StringComparison.Ordinal))
        {
            text = text.Substring(2, text.Length - 4).Trim();
        }

        while (text.Contains("  "))
        {
            text = text.Replace("  ", " ");
        }

        return text;
    }

    private sealed class RawSection(int lineNumber, string number, string title)
    {
        public int LineNumber { get; } = lineNumber;

        public string Number { get; } = number;

        public string Title { get; } = title;

        public List<RawActivity> Activities { get; } = [];
    }

    private sealed class RawActivity(int lineNumber, string number, List<string> cells)
    {
        public int LineNumber { get; } = lineNumber;

        public string Number { get; } = number;

        public List<string> Cells { get; } = cells;
    }
}
