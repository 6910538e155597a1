using Mentorship.Domain.People;

namespace Mentorship.ConsoleDemo.Steps;

/// <summary>The embedded demo data: the seed's institution and its (fictional) staff.</summary>
internal static class DemoData
{
    public const int Year = 2026;

    public static Organization Organization { get; } = new(
        OrganizationId.From("cdt-ilovlya"),
        "МБОУ ДО ЦДТ",
        "Муниципальное бюджетное образовательное учреждение дополнительного образования Центр детского творчества Иловлинского муниципального района Волгоградской области",
        OrganizationKind.AdditionalEducation,
        "Иловлинский муниципальный район");
}
