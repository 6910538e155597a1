using Mentorship.Domain.Matching;
using Mentorship.WebHost.Application;
using Mentorship.WebHost.Contracts;

namespace Mentorship.WebHost.Api;

/// <summary>The matching proposal for a year, with explanations (roadmap item 2.4).</summary>
internal static class MatchingEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(YearRoute.Prefix + "/matching").WithTags("Matching");

        group.MapGet("/", (string organizationId, int year, MatchingMode? mode, int? minimumScore, bool? groups, MatchingService s, HttpContext c, CancellationToken ct) =>
                YearRoute.With(c, organizationId, year, async (key, _) => (await s.ProposeAsync(key, new MatchingQuery(mode, minimumScore, groups), ct)).ToHttp(c)))
            .WithName("ProposeMatching")
            .WithSummary("Matches the mentee bank to the mentor bank: most mentees matched, then the greatest total score; each pair's score explained, each mentee left out with a reason.")
            .Produces<MatchingView>().ProducesValidationProblem().ProducesProblem(404);

        group.MapGet("/explanation", (string organizationId, int year, string? mentor, string? mentee, MatchingMode? mode, int? minimumScore, MatchingService s, HttpContext c, CancellationToken ct) =>
                YearRoute.With(c, organizationId, year, async (key, _) => (await s.ExplainAsync(key, mentor, mentee, new MatchingQuery(mode, minimumScore, null), ct)).ToHttp(c)))
            .WithName("ExplainPair")
            .WithSummary("Why is this mentor (not) the mentor of this mentee? Broken rules, or what imposing the pair would cost.")
            .Produces<PairExplanationView>().ProducesValidationProblem().ProducesProblem(404);
    }
}
