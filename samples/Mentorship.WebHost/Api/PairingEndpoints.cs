using Mentorship.Domain.Documents;
using Mentorship.WebHost.Application;
using Mentorship.WebHost.Contracts;

namespace Mentorship.WebHost.Api;

/// <summary>
/// The year's pairs and groups: proposed from the matching, consents, the order fixing them (roadmap item 2.4), their life
/// after the order, changes of a group's composition, and mentors from other organisations.
/// </summary>
internal static class PairingEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(YearRoute.Prefix + "/pairing").WithTags("Pairs and groups");

        group.MapGet("/", (string organizationId, int year, PairingService s, HttpContext c, CancellationToken ct) =>
                YearRoute.With(c, organizationId, year, async (key, _) => (await s.GetAsync(key, ct)).ToHttp(c)))
            .WithName("GetPairing").WithSummary("The year's pairs and groups with their status and consents, and the orders.")
            .Produces<PairingView>();

        group.MapPost("/proposals", (string organizationId, int year, ProposalsInput input, PairingService s, HttpContext c, CancellationToken ct) =>
                YearRoute.With(c, organizationId, year, async (key, version) =>
                    (await s.ProposeFromMatchingAsync(key, input, version, ct)).ToHttp(c, _ => YearRoute.Location(key, "pairing"))))
            .WithName("ProposePairsFromMatching").WithSummary("Proposes the matching's pairs (and groups) for a period; all or nothing.")
            .Produces<PairingView>().Produces<PairingView>(201).ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);

        group.MapPost("/units/{unitId}/consents", (string organizationId, int year, string unitId, UnitConsentsInput input, PairingService s, HttpContext c, CancellationToken ct) =>
                YearRoute.With(c, organizationId, year, async (key, version) => (await s.RecordConsentsAsync(key, unitId, input, version, ct)).ToHttp(c)))
            .WithName("RecordUnitConsents").WithSummary("Records the mentor's art. 351.8 agreement and every mentee's consent for a unit.")
            .Produces<PairingView>().ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);

        group.MapPost("/units/{unitId}/activation", (string organizationId, int year, string unitId, DateInput? input, PairingService s, HttpContext c, CancellationToken ct) =>
                YearRoute.With(c, organizationId, year, async (key, version) => (await s.ActivateAsync(key, unitId, input ?? new DateInput(null), version, ct)).ToHttp(c)))
            .WithName("ActivateUnit").WithSummary("The unit's programme starts (after the fixing order, within its period).")
            .Produces<PairingView>().ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);

        group.MapGet("/notice", (string organizationId, int year, string? givenOn, PairingService s, HttpContext c, CancellationToken ct) =>
                YearRoute.With(c, organizationId, year, async (key, _) =>
                {
                    var errors = new InputErrors();
                    var on = MonitoringEndpoints.Date(givenOn, "givenOn", errors);
                    return errors.Any ? HttpResults.Invalid(errors) : (await s.NoticeAsync(key, on, ct)).ToHttp(c);
                }))
            .WithName("GetNoticeRule")
            .WithSummary("The earliest last day of mentoring for a notice given on a day (default today): the notice in working days on the production calendar.")
            .Produces<NoticeView>().ProducesValidationProblem();

        group.MapGet("/units/{unitId}", (string organizationId, int year, string unitId, PairingService s, HttpContext c, CancellationToken ct) =>
                YearRoute.With(c, organizationId, year, async (key, _) => (await s.GetUnitAsync(key, unitId, ct)).ToHttp(c)))
            .WithName("GetUnit").WithSummary("One pair or group: status, consents, orders, start, completion, early end, replacements of the mentor.")
            .Produces<UnitView>().ProducesProblem(404);

        group.MapPost("/units/{unitId}/completion", (string organizationId, int year, string unitId, UnitCompletionInput input, PairingService s, HttpContext c, CancellationToken ct) =>
                YearRoute.With(c, organizationId, year, async (key, version) => (await s.CompleteAsync(key, unitId, input, version, ct)).ToHttp(c)))
            .WithName("CompleteUnit")
            .WithSummary("Completes an active pair or group with its outcome; with conclusions, its approved programme is completed too.")
            .Produces<UnitChangeView>().ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);

        group.MapPost("/units/{unitId}/early-termination", (string organizationId, int year, string unitId, EarlyTerminationInput input, PairingService s, HttpContext c, CancellationToken ct) =>
                YearRoute.With(c, organizationId, year, async (key, version) => (await s.TerminateEarlyAsync(key, unitId, input, version, ct)).ToHttp(c)))
            .WithName("TerminateUnitEarly")
            .WithSummary("Ends a fixed or active pair or group early with an order (notice in working days of the production calendar); answers with the order's text.")
            .Produces<UnitChangeView>().ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);

        group.MapPost("/units/{unitId}/mentor-replacement", (string organizationId, int year, string unitId, MentorReplacementInput input, PairingService s, HttpContext c, CancellationToken ct) =>
                YearRoute.With(c, organizationId, year, async (key, version) => (await s.ReplaceMentorAsync(key, unitId, input, version, ct)).ToHttp(c)))
            .WithName("ReplaceMentor")
            .WithSummary("Replaces the mentor of a fixed or active pair or group with an order; the period stays. Answers with the order's text.")
            .Produces<UnitChangeView>().ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);

        group.MapPost("/external-mentors", (string organizationId, int year, ExternalMentorInput input, PairingService s, HttpContext c, CancellationToken ct) =>
                YearRoute.With(c, organizationId, year, async (key, version) =>
                    (await s.RegisterExternalMentorAsync(key, input, version, ct)).ToHttp(c, _ => YearRoute.Location(key, "pairing"))))
            .WithName("RegisterExternalMentor")
            .WithSummary("Registers a mentor from another organisation with the places offered; they may lead pairs in the virtual form only.")
            .Produces<PairingView>().Produces<PairingView>(201).ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);

        group.MapPost("/units/{unitId}/joinings", (string organizationId, int year, string unitId, MenteeJoinInput input, PairingService s, HttpContext c, CancellationToken ct) =>
                YearRoute.With(c, organizationId, year, async (key, version) => (await s.AddMenteeAsync(key, unitId, input, version, ct)).ToHttp(c)))
            .WithName("AddMenteeToGroup")
            .WithSummary("Adds a mentee of the bank to a fixed or running group by an order changing its composition; answers with the group and the order's text.")
            .Produces<GroupChangeView>().ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);

        group.MapPost("/units/{unitId}/leavings", (string organizationId, int year, string unitId, MenteeReleaseInput input, PairingService s, HttpContext c, CancellationToken ct) =>
                YearRoute.With(c, organizationId, year, async (key, version) => (await s.ReleaseMenteeAsync(key, unitId, input, version, ct)).ToHttp(c)))
            .WithName("ReleaseMenteeFromGroup")
            .WithSummary("Releases a mentee from a group that goes on (two or more stay) by an order; answers with the group and the order's text.")
            .Produces<GroupChangeView>().ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);

        group.MapPost("/units/{unitId}/moves", (string organizationId, int year, string unitId, MenteeMoveInput input, PairingService s, HttpContext c, CancellationToken ct) =>
                YearRoute.With(c, organizationId, year, async (key, version) => (await s.MoveMenteeAsync(key, unitId, input, version, ct)).ToHttp(c)))
            .WithName("MoveMentee")
            .WithSummary("Moves a mentee from this group into another by one order naming both; answers with both groups and the order's text.")
            .Produces<GroupChangeView>().ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);

        group.MapPost("/people/{id}/consent-withdrawal", (string organizationId, int year, string id, ConsentWithdrawalInput input, PairingService s, HttpContext c, CancellationToken ct) =>
                YearRoute.With(c, organizationId, year, async (key, version) => (await s.WithdrawConsentAsync(key, id, input, version, ct)).ToHttp(c)))
            .WithName("WithdrawConsentInPairing")
            .WithSummary("A withdrawal of consent to personal-data processing across the year: the person's running units end after the notice by the order on early termination, the rest are cancelled or left; the register, programmes and banks keep a pseudonym or anonymous counts only.")
            .Produces<ConsentWithdrawalView>().ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);

        group.MapGet("/orders/text", (string organizationId, int year, string? number, ReportTextFormat? format, PairingService s, HttpContext c, CancellationToken ct) =>
                YearRoute.With(c, organizationId, year, async (key, _) => (await s.OrderTextAsync(key, number, null, null, ct)).ToText(format)))
            .WithName("GetOrderText").WithSummary("An order of the year (by its number) as Russian text: Markdown (default) or plain text, with blank lines for the signatures.")
            .Produces<string>(contentType: "text/markdown").ProducesValidationProblem().ProducesProblem(404);

        group.MapPost("/orders", (string organizationId, int year, OrderInput input, PairingService s, HttpContext c, CancellationToken ct) =>
                YearRoute.With(c, organizationId, year, async (key, version) =>
                    (await s.IssueFixingOrderAsync(key, input, version, ct)).ToHttp(c, _ => YearRoute.Location(key, "pairing"))))
            .WithName("IssueFixingOrder").WithSummary("Issues the order fixing the pairs and groups whose consents are in place (or those named).")
            .Produces<PairingView>(201).ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);
    }
}
