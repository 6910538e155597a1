using Mentorship.Domain.Calendar;
using Mentorship.Domain.Documents;
using Mentorship.Domain.Pairing;
using Mentorship.Domain.Pairing.Support;
using Mentorship.Domain.Tests.TestHelpers;
using NodaTime;
using static Mentorship.Domain.Tests.Documents.PairingOrderDocumentTests;
using static Mentorship.Domain.Tests.TestHelpers.PairingBuild;

namespace Mentorship.Domain.Tests.Documents;

public class SupportPlanDocumentTests
{
    private static readonly LocalDate Opened = new(2026, 10, 30);

    private static SupportPlan Plan(string mentee = "S01") =>
        SupportPlan.OpenStandard(Id(mentee), Build.Org, Build.Year, Opened, UnpairedCause.AllCapableMentorsFull, new DateInterval(Opened, SchoolYear.End), RussianProductionCalendar.Default).Value;

    [Fact]
    public void Render_OpenPlan_HasTheMeasuresTheSearchAndTheSignatures()
    {
        var plan = Plan();
        plan.MarkDone(1, new LocalDate(2026, 11, 5)).IsAccepted.Should().BeTrue();
        plan.RecordSearch(new SearchAttempt(new LocalDate(2026, 11, 2), false, UnpairedCause.AllCapableMentorsFull)).IsAccepted.Should().BeTrue();

        var document = SupportPlanDocument.Render(plan, School, Directory(), Signatures);

        document.Title.Should().Be("План поддержки наставляемого, 30.10.2026");
        var text = Flat(document.Markdown);
        text.Should().ContainAll(
            "УТВЕРЖДАЮ", "и продолжения поиска наставника", "1. Общие сведения", School.FullName, "Тестовый Педагог S01",
            "2026/2027", "30.10.2026", "все подходящие наставники заняты", "действует: поддержка оказывается, поиск наставника продолжается",
            "2. Мероприятия психолого-педагогической поддержки", "Консультация педагога-психолога", "педагог-психолог", "выполнено 05.11.2026",
            "Выполнено мероприятий: 1 из 10.", "3. Продолжение поиска наставника", "02.11.2026", "наставник не найден: все подходящие наставники заняты",
            "Куратор (заместитель директора по УВР)", "О.И. Васильева", "С планом ознакомлен(а):", "Наставляемый");
        text.Should().NotContain("4. Итоги");

        Flat(document.Markdown).Should().Contain("| Ответственный | Отметка о выполнении |");
        Flat(document.PlainText).Should().ContainAll("ПЛАН ПСИХОЛОГО-ПЕДАГОГИЧЕСКОЙ ПОДДЕРЖКИ НАСТАВЛЯЕМОГО", "Выполнено мероприятий: 1 из 10.", "С планом ознакомлен(а):");
        document.PlainText.Split('\n').Should().OnlyContain(line => line.Length <= 100);
        SupportPlanDocument.Render(plan, School, Directory(), Signatures, plainTextWidth: 60).PlainText.Split('\n').Should().OnlyContain(line => line.Length <= 60);
    }

    [Fact]
    public void Render_PlanClosedWithAPair_GivesTheResult()
    {
        var plan = Plan();
        plan.PairFound(MentoringUnitId.From("2026-007"), new LocalDate(2026, 12, 1)).IsAccepted.Should().BeTrue();

        var text = Flat(SupportPlanDocument.Render(plan, School, Directory(), Signatures).PlainText);

        text.Should().ContainAll("закрыт 01.12.2026: наставник найден", "4. Итоги", "включён в наставническую пару (группу) № 2026-007 с 01.12.2026", "Повторный подбор наставника ещё не проводился.");
    }

    [Fact]
    public void Render_PlanOfAnotherOrganisation_IsACallerMistake()
    {
        var other = SupportPlan.OpenStandard(
            Id("S01"), Mentorship.Domain.People.OrganizationId.From("school-5"), Build.Year, Opened, UnpairedCause.PairEndedEarly, new DateInterval(Opened, SchoolYear.End), RussianProductionCalendar.Default).Value;

        var act = () => SupportPlanDocument.Render(other, School, Directory(), Signatures);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Render_ErasedMentee_PrintsTheNeutralWordingNotTheIdentifier()
    {
        var plan = Plan("anonymous-1");

        var text = Flat(SupportPlanDocument.Render(plan, School, Directory().WithErased([Id("anonymous-1")]), Signatures).PlainText);

        text.Should().Contain("(данные удалены по отзыву согласия)").And.NotContain("anonymous-1");
    }
}
