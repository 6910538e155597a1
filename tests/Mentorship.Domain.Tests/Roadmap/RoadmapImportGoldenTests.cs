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
        ("responsible too long", [Header, "I.\tРаздел", "1.1\tМероприятие\tсентябрь\t" + new string('а', 201) + "\tСправка"]),
        ("responsible list", [Header, "I.\tРаздел", "1.1\tМероприятие\tсентябрь\tдиректор, ; заместитель директора;наставник ,\tСправка"]),
        ("text outside the five columns", ["№ п/п\tМероприятие\tСроки\tОтветственные\tДокумент\tПримечание", "I.\tРаздел", "1.1\tМероприятие\tсентябрь\tдиректор\tСправка\tзаметка", "1.2\tМероприятие\tоктябрь\tдиректор\tСправка\t"]),
        ("columns in another order", ["Срок\tОтветственный\t№\tРезультат\tНаименование", "\t\tI.\t\tРаздел", "май\tдиректор\t1.1.\tСправка\tМероприятие"]),
        ("text before the header", ["Приложение 1", "к приказу\tот 01.09.2025\t№ 12\t\t", "a\tb\tc\td\te", Header, "I. Раздел в одной ячейке", "1.1\tМероприятие\tсентябрь\tдиректор\tСправка"]),
        ("continuations glued", [Header, "I.\tОрганизаци", "1.1\tЗаседание методически\tсентябрь\tруководитель\t1. Протокол", "\tй совет\t–\tметодического\t(сентябрь)", "\tучебно-\t\tобъединения\t2.", "\tметодического совета\t\t\tПлан (ноябрь) 3.План работы на 2.1 этап 12. нет", "\tи МО\t\t\t"]),
        ("deliverables and preamble", [Header, "I.\tРаздел", "1.1\tМероприятие\tсентябрь\tдиректор\tПакет актов: 1.Приказ (апрель) 2. Положение (после итогов) 3. Отчёт (). 4. (май)"]),
        ("CRLF line endings", [Header + "\r", "I.\tРаздел\r", "1.1\tМероприятие\tсентябрь\tдиректор\tСправка\r"]),
        ("markdown table", ["| № п/п | Наименование мероприятия | Срок | Ответственный | Результат |", "|---|:---|:---:|---:|---|", "| **I.** | **Раздел** | | | |", "| | | | | |", "| 1.1 | Выбор \\| отбор<br>наставников | сентябрь<br/>–<br />октябрь | директор | Справка &lt;2&gt;  итоговая |", "| 1.2 | Мероприятие | май | директор | Отчёт"]),
        ("markdown row short of a cell", ["| № п/п | Наименование мероприятия | Срок | Ответственный | Результат |", "|---|---|---|---|---|", "| I. | Раздел | | | |", "| 1.1 | Мероприятие | сентябрь | директор |"]),
        ("header twice as wide", ["№ п/п\t№ п/п\tНаименование\tСрок\tОтветственный\tРезультат", "I.\t\tРаздел", "1.1\t\tМероприятие\tмай\tдиректор\tСправка"]),
        ("continuation after a broken row", [Header, "I.\tРаздел", "1.1\tМероприятие\tсентябрь\tдиректор\tСправка", "1.2\tМероприятие\tсентябрь\tдиректор\tСправка\tлишнее", "\tпродолжение\t\t\t"]),
        ("continuation after a short Markdown row", ["| № | Мероприятие | Срок | Ответственный | Результат |", "| I. | Раздел | | | |", "| 1.1 | Мероприятие | май | директор | Справка |", "| 1.2 | Мероприятие | май |", "| | продолжение | | | |"]),
        ("section row with more cells", [Header, "I. Раздел\tлишнее\t\t\t", "I.\tРаздел\tсентябрь\t\t", "II.\tРаздел\t\t\t", "2.1\tМероприятие\tмай\tдиректор\tСправка"]),
        ("header without a result column", ["№\tНаименование\tСрок\tОтветственный\tПримечание", "I.\tРаздел", "1.1\tМероприятие\tмай\tдиректор\tСправка"]),
        ("separator row before the header", ["|---|---|---|---|---|", "| № | Мероприятие | Срок | Ответственный | Результат |", "|---|---|---|---|---|", "| I. | Раздел | | | |", "| 1.1 | Мероприятие | май | директор | Справка |"]),
        ("Markdown cells at the edges", ["| № | Мероприятие | Срок | Ответственный | Результат |", "| I. | **Раздел | | | |", "| 1.1 | --- | май | директор | ** |", "| 1.2 | Итоги** | май | директор | **** |", "| 1.3 | **Итоги | май | директор | Справка \\"]),
        ("activity number forms", [Header, "I.\tРаздел", "1\tМероприятие\tмай\tдиректор\tСправка", "1.2.3.4\tМероприятие\tмай\tдиректор\tСправка", "1.2.3.4.5\tМероприятие\tмай\tдиректор\tСправка", "1234.1\tМероприятие\tмай\tдиректор\tСправка", "IIIIIIIII.\tРаздел"]),
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
                    AppendRoadmap(text, result.Roadmap);
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

    /// <summary>Every section and activity as read: its cells, its timing's code, its parties and deliverables.</summary>
    private static void AppendRoadmap(StringBuilder text, MentorshipRoadmap roadmap)
    {
        foreach (var section in roadmap.Sections)
        {
            text.Append("  section ").Append(section.Number).Append(" «").Append(section.Title).Append("»\n");
            foreach (var a in section.Activities)
            {
                text.Append("    ").Append(a.Number).Append(" «").Append(a.Title).Append("» timing «").Append(a.TimingText).Append("» ")
                    .Append(a.Timing.Code).Append("; responsible ").Append(string.Join(" | ", a.Responsible.Select(r => $"«{r.Name}»")))
                    .Append("; preamble ").Append(a.DeliverablesPreamble is { } p ? $"«{p}»" : "none").Append('\n');
                foreach (var d in a.Deliverables)
                {
                    text.Append("      ").Append(d.Index).Append(" «").Append(d.Title).Append('»')
                        .Append(d.TimingText is { } t ? $" timing «{t}» {d.Timing!.Code}" : string.Empty).Append('\n');
                }
            }
        }
    }
}
