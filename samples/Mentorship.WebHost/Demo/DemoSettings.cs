using System.Globalization;
using Mentorship.SampleData.Year;
using NodaTime;
using NodaTime.Text;

namespace Mentorship.WebHost.Demo;

/// <summary>
/// The demo's settings: <c>Demo:Seed</c> (seed an empty database, create the demo accounts), <c>Demo:Content</c>
/// (<c>year</c>, the default, or <c>banks</c>) and <c>Demo:Today</c> (дд.мм.гггг or ISO; the date the demo lives on:
/// the year is played to it, and the host's "today" is that date, at the real time of day).
/// </summary>
public sealed record DemoSettings(bool Seed, DemoContent Content, LocalDate Today)
{
    /// <summary>The default date of the banks-only demo: the day the August matching proposes pairs.</summary>
    public static LocalDate BanksDefaultToday => PairingDemoData.ProposedOn;

    public static DemoSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var seed = configuration.GetValue("Demo:Seed", false);
        var contentText = configuration["Demo:Content"];
        var content = contentText is null or "" || string.Equals(contentText, "year", StringComparison.OrdinalIgnoreCase) ? DemoContent.Year
            : string.Equals(contentText, "banks", StringComparison.OrdinalIgnoreCase) ? DemoContent.Banks
            : throw new InvalidOperationException($"Demo:Content — year (год по дату демо) или banks (только банки), а не «{contentText}».");
        var todayText = configuration["Demo:Today"];
        var today = content == DemoContent.Year ? DemoYear.DefaultToday : BanksDefaultToday;
        if (!string.IsNullOrWhiteSpace(todayText))
        {
            var parsed = LocalDatePattern.CreateWithInvariantCulture("dd.MM.uuuu").Parse(todayText);
            if (!parsed.Success)
            {
                parsed = LocalDatePattern.Iso.Parse(todayText);
            }

            if (!parsed.Success || parsed.Value < Mentorship.SampleData.DemoData.IntakeDate || parsed.Value > DemoYear.LastDay.PlusYears(1))
            {
                throw new InvalidOperationException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Demo:Today — дата демонстрационного года (дд.мм.гггг или гггг-мм-дд, с 20.05.{DemoYear.Year} по 31.05.{DemoYear.Year + 2}), а не «{todayText}»."));
            }

            today = parsed.Value;
        }

        return new DemoSettings(seed, content, today);
    }
}
