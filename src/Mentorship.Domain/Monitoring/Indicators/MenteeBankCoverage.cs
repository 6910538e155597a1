using System.Collections.Generic;
using Mentorship.Domain.Monitoring.Facts;
using NodaTime;

namespace Mentorship.Domain.Monitoring.Indicators;

/// <summary>K2, coverage of the mentee bank, a state on the period's last day.</summary>
/// <remarks>
/// <para><b>Denominator:</b> people in the organisation's mentee bank on the last day (a bank span in force that day);
/// their entry is the earliest entry among the spans in force.</para>
/// <para><b>Numerator:</b> those whose first day in a programme (their own) falls between their entry and the last
/// day, or who are in a programme on the last day. A programme they left before the request was made does not serve it.</para>
/// <para><b>Drill-down:</b> the counted mentees' identifiers.</para>
/// </remarks>
internal sealed class MenteeBankCoverage() : SingleResultIndicator(new(
    IndicatorCode.K2,
    IndicatorKind.Share,
    false,
    "Охват банка наставляемых",
    "наставляемые, получившие наставника / наставляемые в банке"))
{
    /// <inheritdoc />
    protected override void Count(IndicatorContext context, Tally tally)
    {
        var asOf = context.AsOf;
        foreach (var member in context.Own.BankMembers)
        {
            // The earliest entry among the spans in force on the day.
            LocalDate? from = null;
            foreach (var span in member.Spans)
            {
                if (span.IsInBankOn(asOf) && (from is null || span.From < from))
                {
                    from = span.From;
                }
            }

            if (from is not { } enteredOn)
            {
                continue;
            }

            tally.Denominator++;
            if (member.Programmes is { } programmes && Serves(programmes, enteredOn, asOf))
            {
                tally.Count(member.Id.Value);
            }
        }
    }

    private static bool Serves(List<MenteeSpanFact> programmes, LocalDate enteredOn, LocalDate asOf)
    {
        foreach (var e in programmes)
        {
            if (e.From <= asOf && (e.From >= enteredOn || e.IsOn(asOf)))
            {
                return true;
            }
        }

        return false;
    }
}
