using Mentorship.SampleData;
using NodaTime;

namespace Mentorship.ConsoleDemo.Tests;

public class DemoDataTests
{
    [Fact]
    public void Applications_CarryTheConsentDate_NotTheDefaultOfStaticInitialisationOrder()
    {
        var mentees = DemoData.MenteeApplications.Select(a => a.Consent!.GivenOn);
        var mentors = DemoData.MentorApplications.Select(a => a.Consent!.GivenOn);

        mentees.Concat(mentors).Should().OnlyContain(d => d == new LocalDate(2026, 4, 12));
    }
}
