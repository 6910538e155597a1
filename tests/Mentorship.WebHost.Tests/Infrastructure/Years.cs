using System.Net;
using Mentorship.Domain.Banks;
using Mentorship.WebHost.Contracts;
using NodaTime;

namespace Mentorship.WebHost.Tests.Infrastructure;

/// <summary>Years of organisations of a test's own, set up through the API.</summary>
public static class Years
{
    /// <summary>
    /// A new organisation with both banks open for 2026, the client logged in as its coordinator; returns the year's
    /// API prefix.
    /// </summary>
    public static async Task<string> NewAsync(HttpClient client)
    {
        var id = await Accounts.NewOrganizationAsync(client);
        var year = $"/api/organizations/{id}/years/{Inputs.Year}";
        (await client.PostJsonAsync($"{year}/mentee-bank", new BankOpeningInput(null, null, null, null, null))).StatusCode.Should().Be(HttpStatusCode.Created);
        (await client.PostJsonAsync($"{year}/mentor-bank", new BankOpeningInput(null, null, null, null, null))).StatusCode.Should().Be(HttpStatusCode.Created);
        return year;
    }

    /// <summary>
    /// A year with two pairs of mentor T1 (mentees M1 and M2, 1 September 2026 to 31 May 2027) fixed by order 15-н of
    /// 28 August 2026, and a second mentor T2 in the bank (admitted after the proposal, so free).
    /// </summary>
    public static async Task<(string Year, IReadOnlyList<UnitView> Units)> WithFixedPairsAsync(HttpClient client)
    {
        var year = await NewAsync(client);
        (await client.PostJsonAsync($"{year}/mentee-bank/entries", Inputs.Mentee("M1", "digital"))).StatusCode.Should().Be(HttpStatusCode.Created);
        (await client.PostJsonAsync($"{year}/mentee-bank/entries", Inputs.Mentee("M2", "digital") with { Educator = Inputs.Educator("M2", "Сидорова Ольга Ивановна", 1980, 2005), Reasons = [MentoringReason.ProfessionalDifficulties] }))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        (await client.PostJsonAsync($"{year}/mentor-bank/entries", Inputs.Mentor("T1", 2, ("digital", 3)))).StatusCode.Should().Be(HttpStatusCode.Created);
        var proposed = await client.PostJsonAsync($"{year}/pairing/proposals", new ProposalsInput(new LocalDate(2026, 9, 1), new LocalDate(2027, 5, 31), null, null, null, null, null));
        proposed.StatusCode.Should().Be(HttpStatusCode.Created);
        var units = (await proposed.ReadAsync<PairingView>()).Units;
        foreach (var unit in units)
        {
            (await client.PostJsonAsync($"{year}/pairing/units/{unit.Id}/consents", new UnitConsentsInput(new LocalDate(2026, 8, 25), 2500m, "доплата", null, null)))
                .StatusCode.Should().Be(HttpStatusCode.OK);
        }

        var order = await client.PostJsonAsync($"{year}/pairing/orders", new OrderInput("15-н", new LocalDate(2026, 8, 28), null));
        order.StatusCode.Should().Be(HttpStatusCode.Created);
        var mentor = Inputs.Mentor("T2", 2, ("digital", 3)) with { Educator = Inputs.Educator("T2", "Смирнова Елена Викторовна", 1972, 1995) };
        (await client.PostJsonAsync($"{year}/mentor-bank/entries", mentor)).StatusCode.Should().Be(HttpStatusCode.Created);
        return (year, (await order.ReadAsync<PairingView>()).Units);
    }

    /// <summary>Drafts and approves the standard programme of a unit; returns it.</summary>
    public static async Task<ProgrammeView> ApprovedProgrammeAsync(HttpClient client, string year, UnitView unit)
    {
        var input = new ProgrammeInput(
            [.. unit.Mentees.Select(m => new DiagnosisInput(m, ["планирование уроков"], ["владение ИКТ"], "цифровые инструменты на уроке"))],
            "Освоить цифровые инструменты на уроках", ["Разобрать три сервиса"], ["Открытый урок"], ["отчёт наставляемого"]);
        (await client.PutJsonAsync($"{year}/programmes/{unit.Id}", input)).StatusCode.Should().Be(HttpStatusCode.Created);
        var approved = await client.PostJsonAsync($"{year}/programmes/{unit.Id}/approval", new DateInput(new LocalDate(2026, 8, 31)));
        approved.StatusCode.Should().Be(HttpStatusCode.OK);
        return await approved.ReadAsync<ProgrammeView>();
    }

    /// <summary>
    /// A year with two groups fixed by order 15-н of 28 August 2026 (1 September 2026 to 31 May 2027): mentor T1 with
    /// M1 and M2 (digital), mentor T2 with M3 and M4 (parents); and M5 in the mentee bank without a pair (admitted
    /// after the order). Returns the year's API prefix and the two groups, T1's first.
    /// </summary>
    public static async Task<(string Year, UnitView First, UnitView Second)> WithFixedGroupsAsync(HttpClient client)
    {
        var year = await NewAsync(client);
        foreach (var (id, topic) in new[] { ("M1", "digital"), ("M2", "digital"), ("M3", "parents"), ("M4", "parents") })
        {
            (await client.PostJsonAsync($"{year}/mentee-bank/entries", Inputs.Mentee(id, topic))).StatusCode.Should().Be(HttpStatusCode.Created);
        }

        (await client.PostJsonAsync($"{year}/mentor-bank/entries", Inputs.Mentor("T1", 2, ("digital", 3)))).StatusCode.Should().Be(HttpStatusCode.Created);
        var second = Inputs.Mentor("T2", 2, ("parents", 3)) with { Educator = Inputs.Educator("T2", "Смирнова Елена Викторовна", 1972, 1995) };
        (await client.PostJsonAsync($"{year}/mentor-bank/entries", second)).StatusCode.Should().Be(HttpStatusCode.Created);
        var proposed = await client.PostJsonAsync($"{year}/pairing/proposals", new ProposalsInput(new LocalDate(2026, 9, 1), new LocalDate(2027, 5, 31), null, true, null, null, null));
        proposed.StatusCode.Should().Be(HttpStatusCode.Created);
        foreach (var unit in (await proposed.ReadAsync<PairingView>()).Units)
        {
            (await client.PostJsonAsync($"{year}/pairing/units/{unit.Id}/consents", new UnitConsentsInput(new LocalDate(2026, 8, 25), 4500m, "доплата", null, null)))
                .StatusCode.Should().Be(HttpStatusCode.OK);
        }

        var order = await client.PostJsonAsync($"{year}/pairing/orders", new OrderInput("15-н", new LocalDate(2026, 8, 28), null));
        order.StatusCode.Should().Be(HttpStatusCode.Created);
        var joiner = Inputs.Mentee("M5", "digital") with { Educator = Inputs.Educator("M5", "Кузнецова Алина Сергеевна", 2003, 2026) };
        (await client.PostJsonAsync($"{year}/mentee-bank/entries", joiner)).StatusCode.Should().Be(HttpStatusCode.Created);
        var units = (await order.ReadAsync<PairingView>()).Units;
        units.Should().HaveCount(2).And.OnlyContain(u => u.Form == Domain.People.MentorshipForm.Group && u.Status == Domain.Pairing.MentoringUnitStatus.Fixed);
        return (year, units.Single(u => u.Mentor == "T1"), units.Single(u => u.Mentor == "T2"));
    }
}
