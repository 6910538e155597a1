using CsCheck;
using Mentorship.Domain.Banks;
using Mentorship.Domain.People;
using Mentorship.Domain.Tests.TestHelpers;
using NodaTime;

namespace Mentorship.Domain.Tests.Banks;

public class BankPropertyTests
{
    private static readonly string[] Codes = ["adaptation", "digital", "parents", "gifted", "burnout", "robotics"];

    private static readonly Gen<MenteeApplication> GenApplication =
        from id in Gen.Int[1, 6]
        from hasConsent in Gen.Bool
        from consentDay in Gen.Int[-30, 30]
        from requests in Gen.Int[0, Codes.Length - 1].Array[0, 7]
        select Build.Mentee($"S{id}") with
        {
            Consent = hasConsent ? PersonalDataConsent.Given(Build.InWindow.PlusDays(consentDay)) : null,
            Requests = requests.Select(i => TopicCode.From(Codes[i])).ToArray(),
        };

    private static readonly Gen<int> GenDay = Gen.Int[-60, 200];

    [Fact]
    public void Admit_AcceptedExactlyWhenEveryRuleHolds_AndRejectionChangesNothing()
    {
        Gen.Select(GenApplication.Array[1, 12], GenDay.Array[12]).Sample((applications, days) =>
        {
            var bank = MenteeBank.Open(Build.Org, Build.Year);
            for (var i = 0; i < applications.Length; i++)
            {
                var application = applications[i];
                var on = new LocalDate(2026, 3, 1).PlusDays(days[i]);
                var expected =
                    !bank.Contains(application.Educator.Id)
                    && application.Consent is { } c && c.GivenOn <= on
                    && IntakeWindow.Default.Contains(2026, on)
                    && application.Requests.Count is >= 1 and <= 5
                    && application.Requests.Distinct().Count() == application.Requests.Count
                    && application.Requests.All(t => t.Value != "robotics");
                var before = Json.Write(bank.ToSnapshot());
                var countBefore = bank.Count;

                var outcome = bank.Admit(application, on);

                outcome.IsAccepted.Should().Be(expected);
                if (outcome.IsAccepted)
                {
                    bank.Count.Should().Be(countBefore + 1);
                }
                else
                {
                    Json.Write(bank.ToSnapshot()).Should().Be(before);
                    outcome.Rejection.Violations.Should().NotBeEmpty();
                }
            }
        });
    }

    [Fact]
    public void WithdrawAndRemove_KeepCountsAndLeaveNoPersonalData()
    {
        var gen = Gen.Select(Gen.Int[1, 10], Gen.Int[0, 2].Array[10]);
        gen.Sample((admitted, actions) =>
        {
            var bank = MenteeBank.Open(Build.Org, Build.Year);
            for (var i = 1; i <= admitted; i++)
            {
                bank.Admit(Build.Mentee($"S{i}", "digital"), Build.InWindow);
            }

            var withdrawn = new List<EducatorId>();
            for (var i = 0; i < actions.Length; i++)
            {
                var id = EducatorId.From($"S{i + 1}");
                var on = new LocalDate(2026, 6, 1);
                if (actions[i] == 1 && bank.WithdrawConsent(id, on).IsAccepted)
                {
                    withdrawn.Add(id);
                }
                else if (actions[i] == 2)
                {
                    bank.Remove(id, on, RemovalReason.OwnRequest);
                }
            }

            var stats = bank.GetStatistics();
            stats.EverEntered.Should().Be(admitted);
            stats.ConsentWithdrawn.Should().Be(withdrawn.Count);
            var json = Json.Write(bank.ToSnapshot());
            foreach (var id in withdrawn)
            {
                bank.ExportPersonalData(id).Should().BeNull();
                json.Should().NotContain($"\"{id.Value}\"").And.NotContain($"Тестовый Педагог {id.Value}\"");
            }
        });
    }
}
