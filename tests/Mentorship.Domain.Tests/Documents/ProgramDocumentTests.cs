using Mentorship.Domain.Documents;
using Mentorship.Domain.Pairing;
using Mentorship.Domain.Pairing.Programmes;
using NodaTime;
using static Mentorship.Domain.Tests.Documents.PairingOrderDocumentTests;
using static Mentorship.Domain.Tests.TestHelpers.PairingBuild;
using static Mentorship.Domain.Tests.TestHelpers.ProgramBuild;

namespace Mentorship.Domain.Tests.Documents;

public class ProgramDocumentTests
{
    [Fact]
    public void Render_ApprovedProgramme_HasEverySectionOfTheGuide()
    {
        var register = Register();
        var unit = Running(register, "T01", "S01");
        var program = Program(unit);
        program.Approve(new LocalDate(2026, 9, 4));
        program.MarkDone(1, Start, "проведена");

        var document = ProgramDocument.Render(program, unit, School, Directory(), Signatures);

        document.Title.Should().Be("Персонализированная программа наставничества № 2026-001");
        var text = Flat(document.PlainText);
        text.Should().ContainAll(
            "УТВЕРЖДАЮ", "4 сентября 2026 г.", "ПЕРСОНАЛИЗИРОВАННАЯ ПРОГРАММА НАСТАВНИЧЕСТВА", "наставническая пара № 2026-001",
            "1. Общие сведения", "2. Профессиональные затруднения, сильные стороны и запрос наставляемого", "3. Цель и задачи", "4. План мероприятий",
            "5. Ожидаемые результаты", "6. Формы отчётности",
            "Затруднения: планирование занятий; дисциплина в группе", "Сильные стороны: владение инструментом", "Запрос: научиться планировать занятия",
            "Цель: Адаптация молодого специалиста", "1) освоить структуру занятия", "отчёт наставника",
            "Наставник ____________", "Куратор (заместитель директора по УВР) ____________");
        Flat(document.Markdown).Should().ContainAll(
            "| Наставник | Тестовый Педагог T01, педагог дополнительного образования, педагогический стаж 20 лет, первая квалификационная категория |",
            "| Срок реализации | с 01.09.2026 по 31.05.2027 (9 месяцев) |",
            "| Основание | приказ от 28.08.2026 № 1-од о закреплении наставнических пар (групп) |",
            "| № | Направление | Мероприятие | Форма | Срок | Ответственный | Ожидаемый результат (продукт) | Отметка о выполнении |",
            "| 01.09.2026 | наставник и наставляемый |",
            "выполнено 01.09.2026 (проведена) |");
        text.Should().ContainAll("№: 1 Направление: Организационное Мероприятие: Встреча-знакомство", "Отметка о выполнении: выполнено 01.09.2026 (проведена)", "Отметка о выполнении: —");
        document.PlainText.Split('\n').Should().OnlyContain(line => line.Length <= 100);
    }

    [Fact]
    public void Render_AfterReplacementAndCompletion_ShowsBothAndTheResult()
    {
        var register = Register();
        var unit = Running(register, "T01", "S01");
        var program = Program(unit);
        program.Approve(OrderDate);
        register.ReplaceMentor(unit.Id, Replacement(register, "T02", new LocalDate(2027, 1, 11), new LocalDate(2027, 1, 18)));
        program.MarkDone(1, Start);
        program.Complete(new ProgramEvaluation(SchoolYear.End, MentoringOutcome.PartlyAchieved, "цель достигнута частично", "продолжить работу над дисциплиной"));

        var text = Flat(ProgramDocument.Render(program, unit, School, Directory(), Signatures).PlainText);

        text.Should().ContainAll(
            "Замена наставника", "с 18.01.2027: Тестовый Педагог T01 → Тестовый Педагог T02", "срок программы сохранён",
            "7. Итоги реализации программы", "Программа выполнена частично; выполнено мероприятий плана: 1 из 21", "Рекомендации: продолжить работу над дисциплиной");
    }

    [Fact]
    public void Render_GroupWithAnErasedMentee_SaysSoWithoutData()
    {
        var register = Register();
        var unit = Running(register, "T01", "S01", "S02", "S03");
        var program = Program(unit);
        register.WithdrawPersonalDataConsent(Id("S02"), new LocalDate(2026, 11, 2), Withdrawal(register, new LocalDate(2026, 11, 2)));
        program.EraseMentee(Id("S02"), new LocalDate(2026, 11, 2));

        var text = Flat(ProgramDocument.Render(program, unit, School, Directory(), Signatures).PlainText);

        text.Should().Contain("наставническая группа").And.Contain("Сведения о 1 наставляемом удалены").And.NotContain("S02");
    }

    [Fact]
    public void Render_UnitOfAnotherProgramme_IsACallerMistake()
    {
        var register = Register();
        var program = Program(Running(register, "T01", "S01"));
        var other = Running(register, "T02", "S02");

        var act = () => ProgramDocument.Render(program, other, School, Directory(), Signatures);

        act.Should().Throw<ArgumentException>();
    }
}
