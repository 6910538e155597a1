using Mentorship.Domain.Documents;
using Mentorship.Domain.Tests.TestHelpers;
using NodaTime;
using static Mentorship.Domain.Tests.Documents.PairingOrderDocumentTests;
using static Mentorship.Domain.Tests.TestHelpers.PairingBuild;

namespace Mentorship.Domain.Tests.Documents;

/// <summary>Wording fixes in printed documents: experience under a year, one full stop after initials.</summary>
public class DemoDocumentFixTests
{
    [Fact]
    public void Directory_ElevenMonthsOfTeaching_PrintsLessThanAYearNotZeroYears()
    {
        var newcomer = Build.Educator("S01", new LocalDate(2002, 3, 1), new LocalDate(2025, 9, 1));

        var line = ParticipantDirectory.Of([newcomer], new LocalDate(2026, 8, 1)).NameWithDetails(newcomer.Id, new PairingAnonymity(_ => false));

        line.Should().Contain("педагогический стаж менее 1 года").And.NotContain("0 лет");
    }

    [Fact]
    public void FixingOrder_ResponsibleNamedWithInitials_EndsWithOneFullStop()
    {
        var register = Register();
        var pair = Propose(register, "T01", "S01");
        Consent(register, pair);
        var order = Fix(register, pair);
        var signatures = new OrderSignatures(new Signatory("Директор", "Чуракова Т. В."), new Signatory("заместитель директора по УВР", "Васильева О. И."));

        var text = Flat(PairingOrderDocument.Render(register, order, School, Directory(), signatures).PlainText);

        text.Should().Contain("Васильева О. И.").And.NotContain("О. И..");
    }
}
