using Mentorship.Domain.Tests.TestHelpers;
using Mentorship.Domain.Documents;
using Mentorship.Domain.Tests.Pairing;
using static Mentorship.Domain.Tests.Documents.PairingOrderDocumentTests;
using static Mentorship.Domain.Tests.TestHelpers.PairingBuild;

namespace Mentorship.Domain.Tests.Documents;

public class GroupMembershipDocumentTests
{
    [Fact]
    public void Render_MoveOrder_ExcludesFromOneGroupIncludesInTheOtherAndKeepsThePeriods()
    {
        var register = Register();
        var from = Running(register, "T01", "S01", "S02", "S03");
        var to = Running(register, "T02", "S04", "S05");
        var order = register.MoveMentee(from.Id, to.Id, GroupMembershipTests.Join(register, "S03")).Value;

        var document = PairingOrderDocument.Render(register, order, School, Directory(), Signatures);

        foreach (var text in new[] { document.Markdown, document.PlainText }.Select(Flat))
        {
            text.Should().ContainAll(
                "Об изменении состава наставнической группы", "ПРИКАЗЫВАЮ:",
                $"Исключить из состава наставнической группы № {from.Id}", "с 23.11.2026 (последний день участия 22.11.2026): Тестовый Педагог S03",
                $"Включить в состав наставнической группы № {to.Id}", "с 23.11.2026 на основании письменного согласия от 20.11.2026: Тестовый Педагог S03",
                $"Состав наставнической группы № {from.Id} после изменения: Тестовый Педагог S01; Тестовый Педагог S02.",
                "Срок реализации персонализированной программы наставничества сохранить: с 01.09.2026 по 31.05.2027",
                "С приказом ознакомлены:");
            text.Should().NotContain("продолжить подбор наставника", "a moved mentee has a group");
        }

        document.PlainText.Split('\n').Should().OnlyContain(line => line.Length <= 100);
    }

    [Fact]
    public void Render_ReleaseOrder_GivesTheGroundsAndTheSupport()
    {
        var register = Register();
        var group = Running(register, "T01", "S01", "S02", "S03");
        var order = register.ReleaseMenteeFromGroup(group.Id, GroupMembershipTests.Release(register, "S03")).Value;

        var text = Flat(PairingOrderDocument.Render(register, order, School, Directory(), Signatures).PlainText);

        text.Should().ContainAll("В связи с обоснованной просьбой наставляемого", "Исключить из состава", "продолжить подбор наставника");
    }

    [Fact]
    public void Render_ProgrammeOfAGroupWhoseCompositionChanged_ListsEachChangeWithItsOrder()
    {
        var register = Register();
        var group = Running(register, "T01", "S01", "S02", "S03");
        var programme = ProgramBuild.Program(group);
        var released = register.ReleaseMenteeFromGroup(group.Id, GroupMembershipTests.Release(register, "S03")).Value;
        var joined = register.AddMenteeToGroup(group.Id, GroupMembershipTests.Join(register, "S04")).Value;

        var text = Flat(ProgramDocument.Render(programme, group, School, Directory(), Signatures).Markdown);

        text.Should().ContainAll(
            $"| Изменение состава группы | с 24.11.2026 исключён: Тестовый Педагог S03 в связи с обоснованной просьбой наставляемого (приказ от 20.11.2026 № {released.Number}) |",
            $"| Изменение состава группы | с 23.11.2026 включён: S04 (приказ от 20.11.2026 № {joined.Number}) |");
    }
}
