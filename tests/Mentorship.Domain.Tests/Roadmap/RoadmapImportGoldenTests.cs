using System.Text;
using Mentorship.Domain.Roadmap;
using Mentorship.Domain.Tests.TestHelpers;

namespace Mentorship.Domain.Tests.Roadmap;

/// <summary>
/// What the importer says about broken tables, as one approved text (<c>Golden/import-errors.txt</c>): for each table,
/// every error (line, code, message) or warning, in the Russian a methodologist reads; leniently and strictly.
/// </summary>
public class RoadmapImportGoldenTests
{
    private const string Header = "№п/п\tНаименование мероприятия\tСрок реализации\tОтветственный исполнитель\tРезультат, вид документа";

    private static readonly (string Name, string[] Rows)[] Tables =
    [
        ("no header", ["1.1\tМероприятие\tсентябрь\tдиректор\tСправка"]),
        ("header only", [Header]),
        ("activity before a section", [Header, "1.1\tМероприятие\tсентябрь\tдиректор\tСправка", "I.\tРаздел"]),
        ("continuation with nothing above", [Header, "\tпродолжение\t\t\t"]),
        ("unreadable first cell", [Header, "I.\tРаздел", "а)\tМероприятие\tсентябрь\tдиректор\tСправка"]),
        ("too many cells", [Header, "I.\tРаздел", "1.1\tМероприятие\tсентябрь\tдиректор\tСправка\tлишнее"]),
        ("section twice", [Header, "I.\tРаздел", "1.1\tМероприятие\tсентябрь\tдиректор\tСправка", "I.\tЕщё раздел", "1.2\tМероприятие\tоктябрь\tдиректор\tСправка"]),
        ("section without title", [Header, "I.", "1.1\tМероприятие\tсентябрь\tдиректор\tСправка"]),
        ("empty section", [Header, "I.\tРаздел", "II.\tДругой раздел", "2.1\tМероприятие\tсентябрь\tдиректор\tСправка"]),
        ("activity twice", [Header, "I.\tРаздел", "1.1\tМероприятие\tсентябрь\tдиректор\tСправка", "1.1\tМероприятие\tоктябрь\tдиректор\tСправка"]),
        ("activity without title", [Header, "I.\tРаздел", "1.1\t\tсентябрь\tдиректор\tСправка"]),
        ("activity without timing", [Header, "I.\tРаздел", "1.1\tМероприятие\t\tдиректор\tСправка"]),
        ("unreadable timing", [Header, "I.\tРаздел", "1.1\tМероприятие\tпосле итогов\tдиректор\tСправка", "1.2\tМероприятие\t31 февраля\tдиректор\tСправка"]),
        ("no activities", [Header, "I.\tРаздел"]),
    ];

    [Fact]
    public void BrokenTables_AreReportedAsApproved()
    {
        var text = new StringBuilder();
        foreach (var (name, rows) in Tables)
        {
            text.Append("## ").Append(name).Append('\n');
            foreach (var options in new[] { RoadmapImportOptions.Default, RoadmapImportOptions.Strict })
            {
                var result = RoadmapTableImporter.Import(string.Join("\n", rows), options);
                text.Append(options.Mode).Append(": ");
                if (result.IsSuccess)
                {
                    text.Append("imported, ").Append(result.Roadmap.Activities.Count).Append(" activities\n");
                    foreach (var w in result.Warnings)
                    {
                        text.Append("  warning line ").Append(w.LineNumber).Append(' ').Append(w.Code).Append(' ').Append(w.ActivityNumber).Append(": ").Append(w.Message).Append('\n');
                    }
                }
                else
                {
                    text.Append("refused\n");
                    foreach (var e in result.Failure.Errors)
                    {
                        text.Append("  line ").Append(e.LineNumber).Append(' ').Append(e.Code).Append(": ").Append(e.Message).Append('\n');
                    }
                }
            }

            text.Append('\n');
        }

        Golden.Check("Roadmap", "import-errors.txt", text.ToString());
    }
}
