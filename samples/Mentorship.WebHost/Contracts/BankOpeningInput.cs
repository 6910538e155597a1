using Mentorship.WebHost.Application;
using NodaTime;

namespace Mentorship.WebHost.Contracts;

/// <summary>
/// Opens a bank for a year. The window defaults to 1 April – 30 September; own topics extend the standard
/// catalog; the mentor policy applies to the mentor bank only (minimum years of teaching, default capacity).
/// </summary>
public sealed record BankOpeningInput(
    AnnualDate? WindowStart,
    AnnualDate? WindowEnd,
    IReadOnlyList<TopicInput?>? OwnTopics,
    int? MinimumTeachingYears,
    int? DefaultCapacity)
{
    internal static BankOpeningInput Defaults { get; } = new(null, null, null, null, null);

    internal void Check(InputErrors errors)
    {
        if ((WindowStart is null) != (WindowEnd is null))
        {
            errors.Add(WindowStart is null ? "windowStart" : "windowEnd", "Укажите обе границы окна приёма или ни одной.");
        }

        if (MinimumTeachingYears is < 0)
        {
            errors.Add("minimumTeachingYears", "Минимальный стаж не может быть отрицательным.");
        }

        if (DefaultCapacity is < 1)
        {
            errors.Add("defaultCapacity", "Наставник берёт не менее одного наставляемого.");
        }
    }
}
