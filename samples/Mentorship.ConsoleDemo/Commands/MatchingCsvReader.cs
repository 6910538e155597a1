using System.Globalization;
using System.Text;
using CsvHelper;
using Mentorship.Domain.Matching;
using Mentorship.Domain.People;

namespace Mentorship.ConsoleDemo.Commands;

/// <summary>
/// Reads the specification's <c>mentors.csv</c> and <c>mentees.csv</c> (UTF-8, header row, comma-separated,
/// RFC 4180 quoting, lists inside a cell separated by <c>;</c>). Every problem is reported as a
/// <see cref="MatchInputException"/> naming the file, the line and the column. Names are read past, never kept.
/// </summary>
internal static class MatchingCsvReader
{
    public static readonly string[] MentorColumns = ["id", "name", "organization", "competencies", "capacity", "subjects"];

    public static readonly string[] MenteeColumns = ["id", "name", "organization", "requests", "subjects", "excluded_mentors"];

    public static IReadOnlyList<MatchingMentor> ReadMentors(string path, RequestTopicCatalog catalog) =>
        Read(path, MentorColumns, row =>
        {
            var competencies = new List<KeyValuePair<TopicCode, int>>();
            foreach (var item in row.List("competencies"))
            {
                var parts = item.Split(':');
                if (parts.Length != 2)
                {
                    throw row.Error("competencies", $"'{item}' is not topic:level");
                }

                var topic = row.Topic("competencies", parts[0].Trim(), catalog);
                if (!int.TryParse(parts[1].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var level))
                {
                    throw row.Error("competencies", $"the level of '{topic}' is not a whole number: '{parts[1].Trim()}'");
                }

                if (level is < MatchingMentor.MinLevel or > MatchingMentor.MaxLevel)
                {
                    throw row.Error("competencies", $"the level of '{topic}' is {level}, outside 1–3");
                }

                if (competencies.Any(c => c.Key == topic))
                {
                    throw row.Error("competencies", $"the topic '{topic}' is listed twice");
                }

                competencies.Add(new KeyValuePair<TopicCode, int>(topic, level));
            }

            if (competencies.Count == 0)
            {
                throw row.Error("competencies", "a mentor needs at least one competency");
            }

            var capacityText = row.Text("capacity");
            if (!int.TryParse(capacityText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var capacity))
            {
                throw row.Error("capacity", $"'{capacityText}' is not a whole number");
            }

            if (capacity < 0)
            {
                throw row.Error("capacity", $"the capacity is negative ({capacity})");
            }

            return new MatchingMentor(row.Id(), row.Organization(), competencies, capacity, row.List("subjects"));
        });

    public static IReadOnlyList<MatchingMentee> ReadMentees(string path, RequestTopicCatalog catalog) =>
        Read(path, MenteeColumns, row =>
        {
            var requests = new List<TopicCode>();
            foreach (var item in row.List("requests"))
            {
                var topic = row.Topic("requests", item, catalog);
                if (requests.Contains(topic))
                {
                    throw row.Error("requests", $"the topic '{topic}' is requested twice");
                }

                requests.Add(topic);
            }

            if (requests.Count is 0 or > MatchingMentee.MaxRequests)
            {
                throw row.Error("requests", $"a mentee lists 1 to {MatchingMentee.MaxRequests} requests, not {requests.Count}");
            }

            var excluded = row.List("excluded_mentors").Select(text => row.Identifier("excluded_mentors", text)).ToArray();
            return new MatchingMentee(row.Id(), row.Organization(), requests, row.List("subjects"), excluded);
        });

    private static List<T> Read<T>(string path, string[] columns, Func<Row, T> parse)
    {
        var file = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            throw new MatchInputException(file, 0, "-", $"the file {path} does not exist");
        }

        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            Encoding = Encoding.UTF8,
            TrackLineNumbers = true,
            AllowLineBreaksInQuotes = true,
            MalformedData = CsvMalformedDataHandling.Throw,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
        };
        try
        {
            using var csv = CsvReader.FromFile(path, options);
            csv.ReadHeader();
            var header = csv.Headers.Select(h => h.Trim().TrimStart('\uFEFF')).ToArray();
            if (header.Length == 0 || header.All(h => h.Length == 0))
            {
                throw new MatchInputException(file, 1, "-", "the file is empty: a header row is needed");
            }

            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var k = 0; k < header.Length; k++)
            {
                if (!index.TryAdd(header[k], k))
                {
                    throw new MatchInputException(file, 1, $"{k + 1} ({header[k]})", $"the column '{header[k]}' appears twice");
                }
            }

            foreach (var column in columns)
            {
                if (!index.ContainsKey(column))
                {
                    throw new MatchInputException(file, 1, column, $"the column '{column}' is missing (expected {string.Join(",", columns)})");
                }
            }

            var items = new List<T>();
            var seen = new Dictionary<EducatorId, int>();
            while (csv.Read())
            {
                var line = (int)csv.LineNumber;
                var cells = new string[csv.FieldCount];
                for (var k = 0; k < cells.Length; k++)
                {
                    cells[k] = csv.GetString(k);
                }

                var row = new Row(file, line, cells, index);
                if (row.IsBlank)
                {
                    continue;
                }

                var id = row.Id();
                if (seen.TryGetValue(id, out var first))
                {
                    throw row.Error("id", $"the id {id} repeats the one on line {first}");
                }

                seen.Add(id, line);
                items.Add(parse(row));
            }

            return items;
        }
        catch (CsvFormatException e)
        {
            var line = (int)e.LineNumber;
            var field = e.FieldIndex >= 0 ? e.FieldIndex : MalformedField(File.ReadLines(path, Encoding.UTF8).ElementAtOrDefault(line - 1) ?? string.Empty);
            throw new MatchInputException(file, line, (field + 1).ToString(CultureInfo.InvariantCulture), $"malformed CSV: {e.Message}");
        }
        catch (IOException e)
        {
            throw new MatchInputException(file, 0, "-", $"the file cannot be read: {e.Message}");
        }
    }

    /// <summary>The 0-based field of a line where the quoting breaks RFC 4180 (CsvHelper does not always say).</summary>
    private static int MalformedField(string line)
    {
        var field = 0;
        var quoted = false;
        var atStart = true;
        for (var k = 0; k < line.Length; k++)
        {
            var c = line[k];
            if (quoted)
            {
                if (c == '"')
                {
                    if (k + 1 < line.Length && line[k + 1] == '"')
                    {
                        k++;
                    }
                    else if (k + 1 < line.Length && line[k + 1] != ',')
                    {
                        return field;
                    }
                    else
                    {
                        quoted = false;
                    }
                }
            }
            else if (c == ',')
            {
                field++;
                atStart = true;
                continue;
            }
            else if (c == '"')
            {
                if (!atStart)
                {
                    return field;
                }

                quoted = true;
            }

            atStart = false;
        }

        return field;
    }

    /// <summary>One data row, with the helpers that turn its cells into values or precise errors.</summary>
    private sealed class Row(string file, int line, string[] cells, Dictionary<string, int> index)
    {
        public bool IsBlank => cells.All(string.IsNullOrWhiteSpace);

        public MatchInputException Error(string column, string problem) =>
            new(file, line, $"{index[column] + 1} ({column})", problem);

        public string Text(string column)
        {
            var k = index[column];
            if (k >= cells.Length)
            {
                throw Error(column, "the cell is missing: the row has too few fields");
            }

            return cells[k].Trim();
        }

        public string[] List(string column) =>
            Text(column).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        public EducatorId Id() => Identifier("id", Text("id"));

        public EducatorId Identifier(string column, string text)
        {
            if (text.Length == 0 || text.Length > 64 || text.Any(char.IsControl))
            {
                throw Error(column, text.Length == 0 ? "the id is blank" : $"'{text}' is not a valid id (1–64 characters, no control characters)");
            }

            return EducatorId.From(text);
        }

        public OrganizationId Organization()
        {
            var text = Text("organization");
            if (text.Length == 0 || text.Length > 64 || text.Any(char.IsControl))
            {
                throw Error("organization", text.Length == 0 ? "the organization is blank" : $"'{text}' is not a valid organization");
            }

            return OrganizationId.From(text);
        }

        public TopicCode Topic(string column, string text, RequestTopicCatalog catalog)
        {
            if (!TopicCode.TryParse(text, out var topic) || !catalog.Contains(topic))
            {
                throw Error(column, $"unknown topic code '{text}'");
            }

            return topic;
        }
    }
}
