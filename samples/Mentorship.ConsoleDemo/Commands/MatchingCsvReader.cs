using System.Globalization;
using Mentorship.ConsoleDemo.Commands.Files;
using Mentorship.Domain.Matching;
using Mentorship.Domain.People;

namespace Mentorship.ConsoleDemo.Commands;

/// <summary>
/// Reads the specification's <c>mentors.csv</c> and <c>mentees.csv</c> as the files people really have: any encoding
/// <see cref="TextSource"/> reads, <c>,</c> or <c>;</c> between cells (<see cref="CsvTable"/>), header names in any
/// case, in English (the specification's) or in Russian (ИД, ФИО, Организация, Компетенции, Мест, Предметы, Запросы,
/// Исключённые наставники). Lists inside a cell are separated by <c>;</c> (quoted when <c>;</c> is the delimiter).
/// Rows are read one at a time; every problem is an <see cref="InputFileException"/> naming the file, the line and
/// the column, in Russian. An excluded mentor must be in the mentor file. Names are read past, never kept.
/// </summary>
internal static class MatchingCsvReader
{
    /// <summary>The mentor file's columns, as the specification names them.</summary>
    public static readonly string[] MentorColumns = ["id", "name", "organization", "competencies", "capacity", "subjects"];

    /// <summary>The mentee file's columns, as the specification names them.</summary>
    public static readonly string[] MenteeColumns = ["id", "name", "organization", "requests", "subjects", "excluded_mentors"];

    /// <summary>The most places one mentor may offer (a bound on the input, far above any real load).</summary>
    public const int MaxCapacity = 1000;

    /// <summary>The Russian header names, normalised (lower case, «ё» as «е»), and the columns they stand for.</summary>
    private static readonly Dictionary<string, string> RussianNames = new(StringComparer.Ordinal)
    {
        ["ид"] = "id",
        ["фио"] = "name",
        ["организация"] = "organization",
        ["компетенции"] = "competencies",
        ["мест"] = "capacity",
        ["предметы"] = "subjects",
        ["запросы"] = "requests",
        ["исключенные наставники"] = "excluded_mentors",
    };

    /// <summary>Reads the mentors, row by row.</summary>
    public static List<MatchingMentor> ReadMentors(TextSource source, RequestTopicCatalog catalog) =>
        Read(source, MentorColumns, row =>
        {
            var competencies = new List<KeyValuePair<TopicCode, int>>();
            foreach (var item in row.List("competencies"))
            {
                var parts = item.Split(':');
                if (parts.Length != 2)
                {
                    throw row.Error("competencies", $"«{EchoText.Escape(item)}» — не «тема:уровень» (например, digital:3)");
                }

                var topic = row.Topic("competencies", parts[0].Trim(), catalog);
                var levelText = parts[1].Trim();
                if (!int.TryParse(levelText, NumberStyles.None, CultureInfo.InvariantCulture, out var level)
                    || level is < MatchingMentor.MinLevel or > MatchingMentor.MaxLevel)
                {
                    throw row.Error("competencies", $"уровень темы {topic} — «{EchoText.Escape(levelText)}», а нужно целое число от {MatchingMentor.MinLevel} до {MatchingMentor.MaxLevel}");
                }

                if (competencies.Exists(c => c.Key == topic))
                {
                    throw row.Error("competencies", $"тема {topic} указана дважды");
                }

                competencies.Add(new KeyValuePair<TopicCode, int>(topic, level));
            }

            if (competencies.Count == 0)
            {
                throw row.Error("competencies", "у наставника нужна хотя бы одна компетенция");
            }

            var capacityText = row.Text("capacity");
            if (capacityText.Length == 0 || !capacityText.All(char.IsAsciiDigit))
            {
                throw row.Error("capacity", $"«{EchoText.Escape(capacityText)}» — не целое неотрицательное число");
            }

            if (capacityText.TrimStart('0').Length > 4
                || int.Parse(capacityText, NumberStyles.None, CultureInfo.InvariantCulture) is > MaxCapacity)
            {
                throw row.Error("capacity", $"мест {EchoText.Escape(capacityText)} — больше допустимых {MaxCapacity}");
            }

            var capacity = int.Parse(capacityText, NumberStyles.None, CultureInfo.InvariantCulture);
            return new MatchingMentor(row.Id(), row.Organization(), competencies, capacity, row.List("subjects"));
        });

    /// <summary>Reads the mentees, row by row; every excluded mentor must be one of <paramref name="mentors"/>.</summary>
    public static List<MatchingMentee> ReadMentees(TextSource source, RequestTopicCatalog catalog, IReadOnlySet<EducatorId> mentors, string mentorsPath) =>
        Read(source, MenteeColumns, row =>
        {
            var requests = new List<TopicCode>();
            foreach (var item in row.List("requests"))
            {
                var topic = row.Topic("requests", item, catalog);
                if (requests.Contains(topic))
                {
                    throw row.Error("requests", $"тема {topic} запрошена дважды");
                }

                requests.Add(topic);
            }

            if (requests.Count is 0 or > MatchingMentee.MaxRequests)
            {
                throw row.Error("requests", $"запросов должно быть от 1 до {MatchingMentee.MaxRequests}, а их {requests.Count}");
            }

            var excluded = new List<EducatorId>();
            foreach (var text in row.List("excluded_mentors"))
            {
                var id = row.Identifier("excluded_mentors", text);
                if (!mentors.Contains(id))
                {
                    var hint = Lookalike(text, mentors) is { } known ? $"; возможно, имелся в виду {known} (латинские и русские буквы перепутаны)" : string.Empty;
                    throw row.Error("excluded_mentors", $"исключённого наставника «{EchoText.Escape(text)}» нет в файле наставников {EchoText.Escape(mentorsPath, 200)}{hint}");
                }

                excluded.Add(id);
            }

            return new MatchingMentee(row.Id(), row.Organization(), requests, row.List("subjects"), excluded);
        });

    /// <summary>The known id that <paramref name="text"/> becomes when its look-alike Cyrillic and Latin letters are swapped, if any.</summary>
    private static EducatorId? Lookalike(string text, IReadOnlySet<EducatorId> known)
    {
        const string cyrillic = "АВЕКМНОРСТХаеорсух";
        const string latin = "ABEKMHOPCTXaeopcyx";
        foreach (var (from, to) in new[] { (cyrillic, latin), (latin, cyrillic) })
        {
            var swapped = new string(text.Select(c => from.IndexOf(c, StringComparison.Ordinal) is var k and >= 0 ? to[k] : c).ToArray());
            if (swapped != text && known.Contains(EducatorId.From(swapped)))
            {
                return EducatorId.From(swapped);
            }
        }

        return null;
    }

    private static List<T> Read<T>(TextSource source, string[] columns, Func<Row, T> parse)
    {
        var table = CsvTable.Open(source);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var k = 0; k < table.Header.Count; k++)
        {
            var name = Canonical(table.Header[k]);
            if (!index.TryAdd(name, k))
            {
                throw new InputFileException(table.Path, table.HeaderLine, table.Column(k), $"столбец {name} уже есть в заголовке (столбец {table.Column(index[name])})");
            }
        }

        var missing = columns.Where(c => !index.ContainsKey(c)).ToArray();
        if (missing.Length > 0)
        {
            var delimiter = table.Delimiter == ';' ? "точка с запятой" : "запятая";
            throw new InputFileException(
                table.Path,
                table.HeaderLine,
                null,
                $"в заголовке нет столбцов {string.Join(", ", missing)} (разделитель — {delimiter}; нужны столбцы {string.Join(",", columns)} или их русские названия)");
        }

        var items = new List<T>();
        var seen = new Dictionary<EducatorId, int>();
        while (table.ReadRow() is { } cells)
        {
            var row = new Row(table, cells, index);
            var id = row.Id();
            if (seen.TryGetValue(id, out var first))
            {
                throw row.Error("id", $"ид {id} уже встречался на строке {first.ToString(CultureInfo.InvariantCulture)}");
            }

            seen.Add(id, cells.Line);
            items.Add(parse(row));
        }

        return items;
    }

    /// <summary>A header name as a column of the specification: trimmed, lower case, Russian names translated.</summary>
    private static string Canonical(string header)
    {
        var name = string.Join(' ', header.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant().Replace('ё', 'е');
        return RussianNames.TryGetValue(name, out var english) ? english : name;
    }

    /// <summary>One data row, with the helpers that turn its cells into values or precise errors.</summary>
    private sealed class Row(CsvTable table, CsvRow row, Dictionary<string, int> index)
    {
        public InputFileException Error(string column, string problem) =>
            new(table.Path, row.Line, table.Column(index[column]), problem);

        public string Text(string column) => row.Cells[index[column]];

        public string[] List(string column) =>
            Text(column).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        public EducatorId Id() => Identifier("id", Text("id"));

        public EducatorId Identifier(string column, string text)
        {
            if (text.Length == 0)
            {
                throw Error(column, "ид пуст");
            }

            if (text.Length > 64 || text.Any(char.IsControl))
            {
                throw Error(column, $"«{EchoText.Escape(text)}» — не ид (от 1 до 64 символов, без управляющих)");
            }

            return EducatorId.From(text);
        }

        public OrganizationId Organization()
        {
            var text = Text("organization");
            if (text.Length == 0)
            {
                throw Error("organization", "организация не указана");
            }

            if (text.Length > 64 || text.Any(char.IsControl))
            {
                throw Error("organization", $"«{EchoText.Escape(text)}» — не название организации (от 1 до 64 символов, без управляющих)");
            }

            return OrganizationId.From(text);
        }

        public TopicCode Topic(string column, string text, RequestTopicCatalog catalog)
        {
            if (!TopicCode.TryParse(text, out var topic) || !catalog.Contains(topic))
            {
                throw Error(column, $"неизвестный код темы «{EchoText.Escape(text)}»");
            }

            return topic;
        }
    }
}
