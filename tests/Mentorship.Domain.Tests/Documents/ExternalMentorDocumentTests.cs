using Mentorship.Domain.Tests.TestHelpers;
using Mentorship.Domain.Documents;
using Mentorship.Domain.Pairing;
using Mentorship.Domain.People;
using Mentorship.Domain.Tests.Pairing;
using static Mentorship.Domain.Tests.Documents.PairingOrderDocumentTests;
using static Mentorship.Domain.Tests.TestHelpers.PairingBuild;

namespace Mentorship.Domain.Tests.Documents;

public class ExternalMentorDocumentTests
{
    private static readonly Organization School5 = new(ExternalMentorTests.School5, "МБОУ СОШ № 5", "Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 5»", OrganizationKind.School);

    private static (PairingRegister Register, MentoringUnit Unit, AdministrativeOrder Order) FixedRemotePair()
    {
        var register = Register();
        register.RegisterExternalMentor(Id("T02"), School5.Id, 1, ProposedOn).IsAccepted.Should().BeTrue();
        var unit = register.Propose(ExternalMentorTests.Virtual("T02", "S01"), ProposedOn).Unit;
        register.RecordMentorAgreement(unit.Id, Agreement(form: MentorshipForm.Virtual));
        register.RecordMenteeConsent(unit.Id, Id("S01"), MenteeConsent());
        return (register, unit, Fix(register, unit));
    }

    [Fact]
    public void Render_FixingOrderWithExternalMentor_NamesTheMentorsOrganisation()
    {
        var (register, _, order) = FixedRemotePair();

        var document = PairingOrderDocument.Render(register, order, School, Directory().WithOrganizations([School5]), Signatures);

        Flat(document.Markdown).Should().Contain("Тестовый Педагог T02, педагог дополнительного образования; наставник из другой организации: МБОУ СОШ № 5");
        Flat(document.PlainText).Should().ContainAll("наставник из другой", "организации: МБОУ СОШ");
    }

    [Fact]
    public void Render_ProgrammeWithExternalMentor_PrintsTheOrganisationOrItsIdentifier()
    {
        var (_, unit, _) = FixedRemotePair();
        var programme = ProgramBuild.Program(unit);

        var text = Flat(ProgramDocument.Render(programme, unit, School, Directory(), Signatures).PlainText);

        text.Should().Contain("наставник из другой организации: school-5");
    }
}
