using Mentorship.Domain.Documents;
using Mentorship.Domain.People;
using Mentorship.Domain.Tests.TestHelpers;
using NodaTime;
using static Mentorship.Domain.Tests.TestHelpers.PairingBuild;

namespace Mentorship.Domain.Tests.Documents;

public class PairingOrderDocumentTests
{
    internal static readonly Organization School = new(Build.Org, "МБОУ ДО ЦДТ", "Муниципальное бюджетное образовательное учреждение дополнительного образования «Центр детского творчества»", OrganizationKind.AdditionalEducation);

    internal static readonly OrderSignatures Signatures = new(new Signatory("Директор", "Т.В. Чуракова"), new Signatory("заместитель директора по УВР", "О.И. Васильева"));

    internal static ParticipantDirectory Directory() =>
        ParticipantDirectory.Of(new[] { "T01", "T02", "S01", "S02", "S03" }.Select(id => Build.Educator(id)), OrderDate);

    /// <summary>The text with every run of white space (line breaks and no-break spaces included) made one space.</summary>
    internal static string Flat(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");

    [Fact]
    public void Render_FixingOrder_HasTheStructureOfTheGuide()
    {
        var register = Register();
        var pair = Propose(register, "T01", "S01");
        var group = Propose(register, "T02", "S02", "S03");
        Consent(register, pair);
        Consent(register, group);
        var order = Fix(register, pair, group);

        var document = PairingOrderDocument.Render(register, order, School, Directory(), Signatures);

        document.Title.Should().Be("Приказ № 1-од от 28.08.2026");
        foreach (var text in new[] { document.Markdown, document.PlainText }.Select(Flat))
        {
            text.Should().ContainAll(
                School.FullName, "28.08.2026", "№ 1-од", "О закреплении наставнических пар и групп", "ПРИКАЗЫВАЮ:",
                "Тестовый Педагог T01", "Тестовый Педагог S03", "Письменные согласия участников получены", "дополнительное соглашение № ДС-7 от 24.08.2026",
                "3 000 руб. в месяц", "заместитель директора по УВР О.И. Васильева", "Директор", "Т.В. Чуракова", "С приказом ознакомлены:");
        }

        // 10 working days after Friday 28 August 2026: 31 Aug, 1–4 Sep, 7–11 Sep.
        Flat(document.PlainText).Should().Contain("(до 11.09.2026)");
        document.Markdown.Should().Contain("| № | Наставник | Наставляемый (наставляемые) | Форма наставничества | Срок |");
        Flat(document.Markdown).Should().ContainAll(
            "| 1 | Тестовый Педагог T01, педагог дополнительного образования | Тестовый Педагог S01, педагог дополнительного образования | традиционная (индивидуальная, «один на один»); педагог – педагог | с 01.09.2026 по 31.05.2027 |",
            "Тестовый Педагог S02, педагог дополнительного образования; Тестовый Педагог S03, педагог дополнительного образования | групповая; педагог – педагог |");
        document.PlainText.Split('\n').Should().OnlyContain(line => line.Length <= 100);
        PairingOrderDocument.Render(register, order, School, Directory(), Signatures, plainTextWidth: 60).PlainText.Split('\n').Should().OnlyContain(line => line.Length <= 60);
    }

    [Fact]
    public void Render_FixingOrder_MentorWithTwoAgreements_GetsOnePayLineNamingEachAndTheSum()
    {
        var register = Register();
        var pair = Propose(register, "T01", "S01");
        var group = Propose(register, "T01", "S02", "S03");
        Consent(register, pair);
        register.RecordMentorAgreement(
            group.Id,
            new MentoringConsent(SignedOn, "наставничество в группе", SchoolYear, MentorshipForm.Group, new PayTerms(2000m, "доплата 2000 руб. в месяц"), "ДС-8"))
            .IsAccepted.Should().BeTrue();
        foreach (var mentee in group.Mentees)
        {
            register.RecordMenteeConsent(group.Id, mentee, MenteeConsent()).IsAccepted.Should().BeTrue();
        }

        var order = Fix(register, pair, group);

        var text = Flat(PairingOrderDocument.Render(register, order, School, Directory(), Signatures).PlainText);
        text.Should().Contain(
            "на условиях дополнительных соглашений: Тестовый Педагог T01 — 3 000 руб. в месяц (дополнительное соглашение № ДС-7 от 24.08.2026) "
            + "и 2 000 руб. в месяц (дополнительное соглашение № ДС-8 от 24.08.2026), всего 5 000 руб. в месяц.");
        System.Text.RegularExpressions.Regex.Count(text, @"Тестовый Педагог T01 — \d").Should().Be(1, "one pay line for the mentor");
    }

    [Fact]
    public void Render_TerminationOrder_PrintsTheNoticeAndTheDatesTheCalendarGives()
    {
        var register = Register();
        var unit = Running(register, "T01", "S01");
        var order = register.TerminateEarly(unit.Id, Termination(register, new LocalDate(2026, 10, 30), new LocalDate(2026, 11, 5))).Value;

        var text = Flat(PairingOrderDocument.Render(register, order, School, Directory(), Signatures).PlainText);

        text.Should().ContainAll(
            "О досрочном прекращении наставничества", "уведомления работодателя от 30.10.2026", "не менее чем за 3 рабочих дня",
            "Прекратить досрочно 05.11.2026", "обоснованной просьбой наставляемого", "с 06.11.2026", "продолжить подбор наставника");
    }

    [Fact]
    public void Render_ReplacementOrder_NamesBothMentorsAndKeepsThePeriod()
    {
        var register = Register();
        var unit = Running(register, "T01", "S01");
        var order = register.ReplaceMentor(unit.Id, Replacement(register, "T02", new LocalDate(2027, 1, 11), new LocalDate(2027, 1, 18))).Value;

        var text = Flat(PairingOrderDocument.Render(register, order, School, Directory(), Signatures).PlainText);

        text.Should().ContainAll(
            "О замене наставника", "психологической несовместимостью", "уведомление от 11.01.2027", "Прекратить 17.01.2027",
            "Наставник: Тестовый Педагог T01", "Назначить наставником с 18.01.2027", "Тестовый Педагог T02", "с 01.09.2026 по 31.05.2027");
    }

    [Fact]
    public void Render_AnonymisedParticipant_IsPrintedWithoutData()
    {
        var register = Register();
        var unit = Running(register, "T01", "S01");
        register.WithdrawPersonalDataConsent(Id("S01"), new LocalDate(2026, 10, 1), Withdrawal(register, new LocalDate(2026, 10, 1)));
        var order = register.Orders[0];

        var text = Flat(PairingOrderDocument.Render(register, order, School, ParticipantDirectory.Empty, Signatures).PlainText);

        text.Should().Contain("(данные удалены по отзыву согласия)").And.NotContain("S01").And.NotContain("anonymous");
        unit.Mentor.Value.Should().Be("T01");
    }

    [Fact]
    public void Render_OrderOfAnotherRegister_IsACallerMistake()
    {
        var register = Register();
        var other = Register();
        var unit = Running(other, "T01", "S01");

        var act = () => PairingOrderDocument.Render(register, other.Orders[0], School, Directory(), Signatures);

        act.Should().Throw<ArgumentException>();
        unit.Should().NotBeNull();
    }
}
