using Mentorship.Domain.Calendar;
using Mentorship.Domain.Pairing;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Tests.TestHelpers;

/// <summary>Builders for the pairing tests: a 2026/27 register on the Russian production calendar.</summary>
internal static class PairingBuild
{
    public static readonly DateInterval SchoolYear = new(new LocalDate(2026, 9, 1), new LocalDate(2027, 5, 31));
    public static readonly LocalDate ProposedOn = new(2026, 8, 20);
    public static readonly LocalDate SignedOn = new(2026, 8, 24);
    public static readonly LocalDate OrderDate = new(2026, 8, 28);
    public static readonly LocalDate Start = new(2026, 9, 1);

    public static EducatorId Id(string value) => EducatorId.From(value);

    public static PairingRegister Register(PairingPolicy? policy = null, IWorkingDayCalendar? calendar = null) =>
        PairingRegister.Open(Build.Org, Build.Year, calendar ?? RussianProductionCalendar.Default, policy);

    public static MentoringConsent Agreement(DateInterval? period = null, MentorshipForm form = MentorshipForm.Individual, LocalDate? signedOn = null) =>
        new(signedOn ?? SignedOn, "наставничество над молодым специалистом", period ?? SchoolYear, form, new PayTerms(3000m, "доплата 3000 руб. в месяц"), "ДС-7");

    public static MenteeConsent MenteeConsent(LocalDate? signedOn = null) => new(signedOn ?? SignedOn, "вх. 12");

    public static MentoringUnit Propose(PairingRegister register, string mentor, params string[] mentees) =>
        Propose(register, mentees.Length > 1 ? MentorshipForm.Group : MentorshipForm.Individual, mentor, mentees);

    public static MentoringUnit Propose(PairingRegister register, MentorshipForm form, string mentor, params string[] mentees)
    {
        var outcome = register.Propose(new PairProposal(Id(mentor), mentees.Select(Id).ToArray(), form, SchoolYear), ProposedOn);
        outcome.IsProposed.Should().BeTrue(outcome.IsRejected ? outcome.Rejection.ToString() : "the proposal is valid");
        return outcome.Unit;
    }

    public static void Consent(PairingRegister register, MentoringUnit unit)
    {
        register.RecordMentorAgreement(unit.Id, Agreement(unit.Period, unit.Form)).IsAccepted.Should().BeTrue();
        foreach (var mentee in unit.Mentees)
        {
            register.RecordMenteeConsent(unit.Id, mentee, MenteeConsent()).IsAccepted.Should().BeTrue();
        }
    }

    public static string NextOrderNumber(PairingRegister register) => $"{register.Orders.Count + 1}-од";

    public static AdministrativeOrder Fix(PairingRegister register, params MentoringUnit[] units)
    {
        var outcome = register.IssueFixingOrder(new OrderReference(NextOrderNumber(register), OrderDate), units.Select(u => u.Id));
        outcome.IsAccepted.Should().BeTrue(outcome.IsAccepted ? string.Empty : outcome.Rejection.ToString());
        return outcome.Value;
    }

    public static MentoringUnit Running(PairingRegister register, string mentor, params string[] mentees)
    {
        var unit = Propose(register, mentor, mentees);
        Consent(register, unit);
        Fix(register, unit);
        register.Activate(unit.Id, Start).IsAccepted.Should().BeTrue();
        return unit;
    }

    public static EarlyTerminationRequest Termination(PairingRegister register, LocalDate notice, LocalDate endsOn, EarlyTerminationGrounds grounds = EarlyTerminationGrounds.JustifiedRequestOfMentee) =>
        new(notice, TerminationInitiator.Employer, grounds, endsOn, new OrderReference(NextOrderNumber(register), notice));

    /// <summary>The order on early termination a withdrawal of consent needs, numbered after the register's orders.</summary>
    public static OrderReference Withdrawal(PairingRegister register, LocalDate on) => new(NextOrderNumber(register), on);

    public static MentorReplacementRequest Replacement(
        PairingRegister register, string newMentor, LocalDate notice, LocalDate effectiveOn, ReplacementGrounds grounds = ReplacementGrounds.PsychologicalIncompatibility, DateInterval? agreementPeriod = null, MentorshipForm form = MentorshipForm.Individual) =>
        new(Id(newMentor), grounds, notice, effectiveOn, Agreement(agreementPeriod ?? new DateInterval(effectiveOn, SchoolYear.End), form, notice), new OrderReference(NextOrderNumber(register), notice));
}
