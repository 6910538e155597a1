using Mentorship.Domain.Banks;
using Mentorship.Domain.Documents;
using Mentorship.Domain.People;
using Mentorship.Domain.Tests.TestHelpers;
using NodaTime;
using static Mentorship.Domain.Tests.Documents.PairingOrderDocumentTests;
using static Mentorship.Domain.Tests.TestHelpers.PairingBuild;

namespace Mentorship.Domain.Tests.Documents;

/// <summary>
/// A caller's mistake with a document (a missing argument, a width below the minimum, an order of another register, a
/// unit that is not the programme's, a plan of another organisation) is an argument exception naming the argument;
/// and what the participants' directory prints when data is missing or repeated.
/// </summary>
public class DocumentGuardTests
{
    private static readonly Organization Other = new(OrganizationId.From("sch2"), "МБОУ СШ № 2", "Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 2»", OrganizationKind.School);

    public static TheoryData<string, Action> CallerMistakes()
    {
        var register = Register();
        var unit = Running(register, "T01", "S01");
        var order = register.Orders[0];
        var other = Register();
        Running(other, "T02", "S02");
        var program = ProgramBuild.Program(unit);
        var otherUnit = Running(register, "T03", "S03");
        var plan = DocumentGoldenTests.OpenPlan();
        var directory = Directory();
        return new()
        {
            { "register", () => PairingOrderDocument.Render(null!, order, School, directory, Signatures) },
            { "order", () => PairingOrderDocument.Render(register, null!, School, directory, Signatures) },
            { "organization", () => PairingOrderDocument.Render(register, order, null!, directory, Signatures) },
            { "directory", () => PairingOrderDocument.Render(register, order, School, null!, Signatures) },
            { "signatures", () => PairingOrderDocument.Render(register, order, School, directory, null!) },
            { "plainTextWidth", () => PairingOrderDocument.Render(register, order, School, directory, Signatures, RenderedDocument.MinWidth - 1) },
            { "order", () => PairingOrderDocument.Render(register, other.Orders[0], School, directory, Signatures) },
            { "program", () => ProgramDocument.Render(null!, unit, School, directory, Signatures) },
            { "unit", () => ProgramDocument.Render(program, null!, School, directory, Signatures) },
            { "organization", () => ProgramDocument.Render(program, unit, null!, directory, Signatures) },
            { "directory", () => ProgramDocument.Render(program, unit, School, null!, Signatures) },
            { "signatures", () => ProgramDocument.Render(program, unit, School, directory, null!) },
            { "plainTextWidth", () => ProgramDocument.Render(program, unit, School, directory, Signatures, RenderedDocument.MinWidth - 1) },
            { "unit", () => ProgramDocument.Render(program, otherUnit, School, directory, Signatures) },
            { "plan", () => SupportPlanDocument.Render(null!, School, directory, Signatures) },
            { "organization", () => SupportPlanDocument.Render(plan, null!, directory, Signatures) },
            { "directory", () => SupportPlanDocument.Render(plan, School, null!, Signatures) },
            { "signatures", () => SupportPlanDocument.Render(plan, School, directory, null!) },
            { "plainTextWidth", () => SupportPlanDocument.Render(plan, School, directory, Signatures, RenderedDocument.MinWidth - 1) },
            { "organization", () => SupportPlanDocument.Render(plan, Other, directory, Signatures) },
            { "report", () => MonitoringReportDocument.Render(null!) },
            { "width", () => MonitoringReportDocument.Render(DocumentGoldenTests.Monitoring(), width: RenderedDocument.MinWidth - 1) },
            { "report", () => AnalyticalReportDocument.Render(null!) },
            { "width", () => AnalyticalReportDocument.Render(DocumentGoldenTests.Analytical(), width: RenderedDocument.MinWidth - 1) },
            { "educators", () => ParticipantDirectory.Of(null!, Start) },
            { "menteeBank", () => ParticipantDirectory.FromBanks(null!, MentorBank.Open(Build.Org, Build.Year), Start) },
            { "mentorBank", () => ParticipantDirectory.FromBanks(MenteeBank.Open(Build.Org, Build.Year), null!, Start) },
            { "organizations", () => ParticipantDirectory.Empty.WithOrganizations(null!) },
            { "organizations", () => ParticipantDirectory.Empty.WithOrganizations([null!]) },
            { "pseudonyms", () => ParticipantDirectory.Empty.WithErased(null!) },
        };
    }

    [Theory]
    [MemberData(nameof(CallerMistakes))]
    public void CallerMistake_IsAnArgumentExceptionNamingTheArgument(string parameter, Action render)
    {
        render.Should().Throw<ArgumentException>().Which.ParamName.Should().Be(parameter);
    }

    [Fact]
    public void MismatchedInputs_AreNamedByIdentifiersOnly()
    {
        var register = Register();
        var unit = Running(register, "T01", "S01");
        var otherUnit = Running(register, "T03", "S03");
        var other = Register();
        Running(other, "T02", "S02");

        var order = () => PairingOrderDocument.Render(register, other.Orders[0], School, Directory(), Signatures);
        var programme = () => ProgramDocument.Render(ProgramBuild.Program(unit), otherUnit, School, Directory(), Signatures);
        var plan = () => SupportPlanDocument.Render(DocumentGoldenTests.OpenPlan(), Other, Directory(), Signatures);

        order.Should().Throw<ArgumentException>().WithMessage($"*{other.Orders[0].Number}*");
        programme.Should().Throw<ArgumentException>().WithMessage($"*{otherUnit.Id}*{unit.Id}*");
        plan.Should().Throw<ArgumentException>().WithMessage("*cdt*sch2*");
    }

    [Fact]
    public void Directory_FirstOfARepeatedPersonWins_AndMissingExperienceIsSaid()
    {
        var first = Build.Educator("T01");
        var repeated = new Educator(first.Id, Build.Org, new PersonalData("Другое Имя", new LocalDate(1980, 1, 1)), "учитель", null, QualificationCategory.None, []);
        var novice = new Educator(EducatorId.From("S09"), Build.Org, new PersonalData("Новикова Н. Н.", new LocalDate(2001, 1, 1)), "учитель музыки", null, QualificationCategory.None, []);

        var directory = ParticipantDirectory.Of([first, repeated, novice], Start);

        directory.Count.Should().Be(2);
        directory.Find(first.Id)!.FullName.Should().Be("Тестовый Педагог T01");
        directory.Find(first.Id)!.TeachingYears.Should().Be(21);
        directory.Find(novice.Id)!.TeachingYears.Should().BeNull();
        directory.NameWithDetails(novice.Id, PairingAnonymity.None).Should().Be("Новикова Н. Н., учитель музыки, без педагогического стажа, без категории");
        directory.NameWithDetails(first.Id, PairingAnonymity.None).Should().Be("Тестовый Педагог T01, педагог дополнительного образования, педагогический стаж 21 год, первая квалификационная категория");
        directory.ToString().Should().Be("ParticipantDirectory (2 people)");
        directory.Find(novice.Id)!.ToString().Should().NotContain("Новикова");
        new Signatory("Директор", "Т.В. Чуракова").ToString().Should().Be("Signatory Директор");
    }

    [Fact]
    public void DirectoryFromBanks_HoldsBothBanks_TakingAPersonInBothFromTheMentorBank()
    {
        var mentees = MenteeBank.Open(Build.Org, Build.Year);
        mentees.Admit(Build.Mentee("S01"), Build.InWindow).IsAccepted.Should().BeTrue();
        var both = Build.Mentee("T01") with { Educator = new Educator(EducatorId.From("T01"), Build.Org, new PersonalData("Имя В Банке Наставляемых", new LocalDate(1999, 1, 1)), "учитель", new LocalDate(2024, 9, 1), QualificationCategory.None, []) };
        mentees.Admit(both, Build.InWindow).IsAccepted.Should().BeTrue();
        var mentors = MentorBank.Open(Build.Org, Build.Year);
        mentors.Admit(Build.Mentor("T01"), Build.InWindow).IsAccepted.Should().BeTrue();

        var directory = ParticipantDirectory.FromBanks(mentees, mentors, Start);

        directory.Count.Should().Be(2);
        directory.Find(EducatorId.From("T01"))!.FullName.Should().Be("Тестовый Педагог T01");
        directory.Find(EducatorId.From("S01"))!.FullName.Should().Be("Тестовый Педагог S01");
    }

    [Fact]
    public void Organizations_FirstOfARepeatedIdentifierWins_AndAnUnknownOneIsPrintedByIdentifier()
    {
        var directory = ParticipantDirectory.Empty.WithOrganizations([Other, new Organization(Other.Id, "Другое имя", "Другое полное имя", OrganizationKind.School)]);

        directory.OrganizationName(Other.Id).Should().Be("МБОУ СШ № 2");
        directory.OrganizationName(OrganizationId.From("sch9")).Should().Be("sch9");
    }
}
