using Mentorship.Domain.Roadmap;

namespace Mentorship.Domain.Tests.Roadmap;

public class RoadmapMarkdownRendererTests
{
    private static object Content(MentorshipRoadmap roadmap) => roadmap.Sections.Select(s => new
    {
        s.Number,
        s.Title,
        Activities = s.Activities.Select(a => new
        {
            a.Number,
            a.Title,
            a.TimingText,
            Responsible = string.Join(", ", a.Responsible.Select(p => p.Name)),
            a.DeliverablesPreamble,
            Deliverables = a.Deliverables.Select(d => $"{d.Index}|{d.Title}|{d.TimingText}").ToArray(),
        }).ToArray(),
    }).ToArray();

    [Fact]
    public void Render_Seed_ImportsBackToTheSameContent()
    {
        var markdown = RoadmapMarkdownRenderer.Render(SeedRoadmap.Roadmap);
        var again = RoadmapTableImporter.Import(markdown);
        again.IsSuccess.Should().BeTrue(again.IsSuccess ? string.Empty : again.Failure.ToString());
        Content(again.Roadmap).Should().BeEquivalentTo(Content(SeedRoadmap.Roadmap), o => o.WithStrictOrdering());
    }

    [Fact]
    public void Render_Seed_IsARussianMarkdownTable()
    {
        var lines = RoadmapMarkdownRenderer.Render(SeedRoadmap.Roadmap).TrimEnd('\n').Split('\n');
        lines[0].Should().Be("| № п/п | Наименование мероприятия | Срок реализации | Ответственный исполнитель | Результат, вид документа |");
        lines[1].Should().Be("| --- | --- | --- | --- | --- |");
        lines.Should().HaveCount(2 + 4 + 8);
        lines[2].Should().StartWith("| **I. Нормативно- правовое регулирование");
        lines.Should().Contain(l => l.StartsWith("| 2.1 | Формирование банка наставляемых | Ежегодно апрель - сентябрь | директор, заместитель директора | 1. База наставляемых"));
        lines.Should().Contain(l => l.Contains("<br>4. Приказ(ы) о закреплении наставнических пар/групп") && l.Contains("(август)<br>5. "));
    }

    [Fact]
    public void Render_PipeAndAngleBracketInText_AreEscapedAndReadBack()
    {
        var roadmap = MentorshipRoadmap.Create(
        [
            RoadmapSection.Create("I", "Раздел | один", [RoadmapActivity.Create("1.1", "A <b> | B \\ C", "май", [ResponsibleParty.From("директор")], [Deliverable.Create(1, "Отчёт | итог")])]),
        ]);
        var again = RoadmapTableImporter.Import(RoadmapMarkdownRenderer.Render(roadmap)).Roadmap;
        Content(again).Should().BeEquivalentTo(Content(roadmap));
    }
}
