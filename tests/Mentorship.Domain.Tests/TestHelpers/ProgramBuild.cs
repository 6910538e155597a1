using Mentorship.Domain.Calendar;
using Mentorship.Domain.Pairing;
using Mentorship.Domain.Pairing.Programmes;
using static Mentorship.Domain.Tests.TestHelpers.PairingBuild;

namespace Mentorship.Domain.Tests.TestHelpers;

/// <summary>Builders for programmes.</summary>
internal static class ProgramBuild
{
    public static IReadOnlyList<PlanItem> Meetings(MentoringUnit unit) =>
        StandardMeetingSequence.Generate(unit.Period, RussianProductionCalendar.Default).Value;

    public static ProgramDraft Draft(MentoringUnit unit) => new(
        unit.Mentees.Select(m => new MenteeDiagnosis(m, ["планирование занятий", "дисциплина в группе"], ["владение инструментом"], "научиться планировать занятия")).ToArray(),
        "Адаптация молодого специалиста и освоение методики планирования занятий",
        ["освоить структуру занятия", "подготовить открытое занятие"],
        Meetings(unit),
        ["проведено открытое занятие", "составлены технологические карты"],
        ["отчёт наставника", "портфолио наставляемого"]);

    public static PersonalizedProgram Program(MentoringUnit unit) =>
        PersonalizedProgram.Draft(unit, Build.Org, Draft(unit), OrderDate).Value;
}
