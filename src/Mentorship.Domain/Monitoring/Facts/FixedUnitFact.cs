using Ardalis.GuardClauses;
using Mentorship.Domain.Pairing;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Monitoring.Facts;

/// <summary>
/// A pair or group as its fixing order set it up, what regional monitoring forms count "on a date": the order, the
/// organisational form and the form by participants, the days it is in force, and the mentor's pay as their
/// agreement under Labour Code art. 351.8 states it. Holds no personal data. Immutable.
/// </summary>
/// <remarks>
/// A unit is in force from the order's date through its last day: the early end, the completion, or the planned end
/// while it runs; a unit cancelled before it started, through the day before the cancellation. It is counted whether
/// it has started or not (a fixed unit waiting for its first day is on the order). The identifier is the one
/// <see cref="ProgrammeFact.Id"/> has once the unit starts.
/// </remarks>
public sealed class FixedUnitFact
{
    /// <summary>Creates a fact.</summary>
    /// <param name="id">The pair's or group's identifier (as the Pairing room knows it).</param>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="isGroup">Whether it is a group rather than a pair.</param>
    /// <param name="form">The organisational form.</param>
    /// <param name="participants">The form by participants.</param>
    /// <param name="order">The fixing order.</param>
    /// <param name="inForceThrough">The last day in force; <see langword="null"/> for "until further notice"; the day before the order's date for never.</param>
    /// <param name="mentor">The mentor whose agreement <paramref name="monthlyPay"/> is.</param>
    /// <param name="monthlyPay">The monthly supplement in roubles the agreement states (zero for none), or <see langword="null"/> when no agreement is known.</param>
    /// <exception cref="System.ArgumentException">An identifier is blank or the default value, a form unknown, the last day before the order's eve, or the pay negative.</exception>
    /// <exception cref="System.ArgumentNullException"><paramref name="order"/> is null.</exception>
    public FixedUnitFact(
        string id,
        OrganizationId organizationId,
        bool isGroup,
        MentorshipForm form,
        ParticipantsForm participants,
        OrderReference order,
        LocalDate? inForceThrough,
        EducatorId mentor,
        decimal? monthlyPay)
    {
        Id = Guard.Against.NullOrWhiteSpace(id).Trim();
        Guard.Against.Default(organizationId);
        Guard.Against.Default(mentor);
        Order = Guard.Against.Null(order);
        if (inForceThrough is { } through && through < order.Date.PlusDays(-1))
        {
            throw new System.ArgumentException("The unit's last day in force precedes its order.", nameof(inForceThrough));
        }

        if (monthlyPay is < 0)
        {
            throw new System.ArgumentException("The pay cannot be negative.", nameof(monthlyPay));
        }

        OrganizationId = organizationId;
        IsGroup = isGroup;
        Form = Guard.Against.EnumOutOfRange(form);
        Participants = Guard.Against.EnumOutOfRange(participants);
        InForceThrough = inForceThrough;
        Mentor = mentor;
        MonthlyPay = monthlyPay;
    }

    /// <summary>The pair's or group's identifier.</summary>
    public string Id { get; }

    /// <summary>The organisation.</summary>
    public OrganizationId OrganizationId { get; }

    /// <summary>Whether it is a group rather than a pair.</summary>
    public bool IsGroup { get; }

    /// <summary>The organisational form.</summary>
    public MentorshipForm Form { get; }

    /// <summary>The form by participants (педагог – педагог, руководитель – педагог…).</summary>
    public ParticipantsForm Participants { get; }

    /// <summary>The fixing order.</summary>
    public OrderReference Order { get; }

    /// <summary>The last day in force, or <see langword="null"/> for "until further notice".</summary>
    public LocalDate? InForceThrough { get; }

    /// <summary>The mentor whose agreement states <see cref="MonthlyPay"/> (the unit's current mentor).</summary>
    public EducatorId Mentor { get; }

    /// <summary>The monthly supplement in roubles the mentor's agreement states (zero for none), or <see langword="null"/> when unknown.</summary>
    public decimal? MonthlyPay { get; }

    /// <summary>Whether the agreement states a supplement above zero.</summary>
    public bool StatesPay => MonthlyPay is > 0;

    /// <summary>Whether the unit is fixed by its order and in force on a date.</summary>
    /// <param name="on">The date.</param>
    /// <returns><see langword="true"/> from the order's date through <see cref="InForceThrough"/>.</returns>
    public bool IsInForceOn(LocalDate on) => Order.Date <= on && (InForceThrough is not { } through || on <= through);

    /// <summary>
    /// Reads a pair or group of the Pairing room once a fixing order names it: a cancelled unit is in force through the
    /// day before its cancellation, any other through its <see cref="MentoringUnit.LastDay"/>; the pay is that of the
    /// current mentor's agreement.
    /// </summary>
    /// <param name="organizationId">The organisation of the unit's register.</param>
    /// <param name="unit">The pair or group.</param>
    /// <returns>The fact, or <see langword="null"/> for a unit no order has fixed.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="unit"/> is null.</exception>
    public static FixedUnitFact? From(OrganizationId organizationId, MentoringUnit unit)
    {
        Guard.Against.Null(unit);
        if (unit.FixingOrder is not { } order)
        {
            return null;
        }

        var through = unit.CancelledOn is { } cancelled ? cancelled.PlusDays(-1) : unit.LastDay;
        if (through is { } t && t < order.Date.PlusDays(-1))
        {
            through = order.Date.PlusDays(-1);
        }

        return new FixedUnitFact(
            unit.Id.Value,
            organizationId,
            unit.IsGroup,
            unit.Form,
            unit.Participants,
            order,
            through,
            unit.Mentor,
            unit.MentorAgreement?.PayTerms.MonthlySupplementRoubles);
    }

    /// <inheritdoc />
    public override string ToString() => $"FixedUnit {Id} at {OrganizationId} by {Order}";
}
