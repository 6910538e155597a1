using Mentorship.Domain.Tests.TestHelpers;
using Mentorship.Domain.Documents;
using NodaTime;
using static Mentorship.Domain.Tests.Documents.PairingOrderDocumentTests;
using static Mentorship.Domain.Tests.TestHelpers.PairingBuild;

namespace Mentorship.Domain.Tests.Documents;

/// <summary>People erased after a withdrawal of consent are printed with a neutral wording, never by their pseudonym.</summary>
public class ErasedParticipantDocumentTests
{
    [Fact]
    public void Render_ProgrammeOfAGroupWhoseMenteeWithdrew_PrintsTheWordingThroughTheDirectory()
    {
        var register = Register();
        var group = Running(register, "T01", "S01", "S02", "S03");
        var programme = ProgramBuild.Program(group);
        register.WithdrawPersonalDataConsent(Id("T01"), new LocalDate(2026, 10, 1), Withdrawal(register, new LocalDate(2026, 10, 1))).IsAccepted.Should().BeTrue();
        register.AnonymisedIds.Should().ContainSingle();

        var plain = Flat(ProgramDocument.Render(programme, group, School, Directory(), Signatures).PlainText);
        var erased = Flat(ProgramDocument.Render(programme, group, School, Directory().WithErased(register.AnonymisedIds), Signatures).PlainText);

        plain.Should().Contain(register.AnonymisedIds.Single().Value, "without the register's pseudonyms the directory cannot tell");
        erased.Should().Contain("Наставник ____________ (" + ParticipantDirectory.ErasedWording + ")").And.NotContain("anonymous-");
    }

    [Fact]
    public void Render_ReplacementOrderAfterTheFormerMentorWithdrew_PrintsTheWording()
    {
        var register = Register();
        var unit = Running(register, "T01", "S01");
        var order = register.ReplaceMentor(unit.Id, Replacement(register, "T02", new LocalDate(2026, 11, 9), new LocalDate(2026, 11, 16))).Value;
        register.WithdrawPersonalDataConsent(Id("T01"), new LocalDate(2026, 12, 1), Withdrawal(register, new LocalDate(2026, 12, 1))).IsAccepted.Should().BeTrue();

        var text = Flat(PairingOrderDocument.Render(register, order, School, Directory(), Signatures).PlainText);

        text.Should().Contain("Наставник: (данные удалены по отзыву согласия)").And.NotContain("anonymous-").And.NotContain("T01");
    }
}
