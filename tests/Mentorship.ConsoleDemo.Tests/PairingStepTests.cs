using Mentorship.ConsoleDemo.Steps;
using Mentorship.Domain.Pairing;
using Mentorship.Domain.Pairing.Programmes;
using Mentorship.Domain.Pairing.Support;
using Spectre.Console;

namespace Mentorship.ConsoleDemo.Tests;

public sealed class PairingStepTests : IDisposable
{
    private readonly StringWriter _console = new();

    public void Dispose() => _console.Dispose();

    [Fact]
    public void Run_AfterTheBanks_FixesPairsAddsANewHireToAGroupEndsOneEarlyReplacesOneMentorAndPrintsTheCalendarsDates()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(_console),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
        });
        console.Profile.Width = 100;
        var state = DemoState.Create();
        new BanksStep().Run(state, console);

        new PairingStep().Run(state, console);

        var register = state.Pairing!;
        register.Units.Should().HaveCount(10);
        register.ConsultedRegisters.Should().ContainSingle().Which.Year.Should().Be(2025, "the organisation's previous year counts in loads and overlaps");
        register.Units.Count(u => u.IsGroup).Should().Be(2);
        register.Units.Should().ContainSingle(u => u.Status == MentoringUnitStatus.EndedEarly)
            .Which.LastDay.Should().Be(new NodaTime.LocalDate(2026, 11, 5));
        register.Units.Should().ContainSingle(u => u.Replacements.Count == 1)
            .Which.Replacements[0].EffectiveOn.Should().Be(new NodaTime.LocalDate(2027, 1, 15));
        register.Orders.Select(o => o.Number).Should().Equal("45-од", "98-од", "112-од", "118-од", "3-од");
        register.Orders[1].Kind.Should().Be(OrderKind.GroupMembershipChange);
        var group = register.Units.Should().ContainSingle(u => u.Joinings.Count == 1).Subject;
        group.Mentees.Should().Equal(Domain.People.EducatorId.From("S01"), Domain.People.EducatorId.From("S11"), Domain.People.EducatorId.From("S12"));
        group.MenteeSpan(Domain.People.EducatorId.From("S12"))!.Start.Should().Be(new NodaTime.LocalDate(2026, 10, 12));
        state.MenteeBank.Count.Should().Be(12);
        state.Programmes.Should().HaveCount(10, "every pair and group has its programme");
        state.Programmes.Count(p => p.Status == ProgramStatus.Approved).Should().Be(9, "T07's programme closed with the early end");
        state.Programmes.Should().ContainSingle(p => p.Status == ProgramStatus.Closed).Which.ClosedOn.Should().Be(new NodaTime.LocalDate(2026, 11, 5));
        state.SupportPlans.Should().ContainSingle().Which.Status.Should().Be(SupportPlanStatus.PairFound);
        var text = _console.ToString();
        text.Should().ContainAll(
            "mentee-consent.missing", "Приказ № 45-од от 28.08.2026", "ПЕРСОНАЛИЗИРОВАННАЯ ПРОГРАММА НАСТАВНИЧЕСТВА",
            "04.11.2026 (ср, праздник)", "не ранее 05.11.2026 (чт)", "не ранее 14.01.2027 (чт)", "Новый наставник с 15.01.2027 (пт)",
            "О досрочном прекращении наставничества", "О замене наставника",
            "Об изменении состава наставнической группы", "Приказ № 98-од от 08.10.2026", "Включить в состав наставнической группы",
            "Журнал 2026/2027 сверяется с журналом 2025/2026 (3 пары)");
    }
}
