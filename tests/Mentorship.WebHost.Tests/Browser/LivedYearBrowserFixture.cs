namespace Mentorship.WebHost.Tests.Browser;

/// <summary>The browser fixture on the demo year lived to 15 January 2027.</summary>
public sealed class LivedYearBrowserFixture : BrowserFixture
{
    protected override NodaTime.LocalDate? LivedYearOn => new NodaTime.LocalDate(2027, 1, 15);
}
