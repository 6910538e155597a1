using Mentorship.Domain.Matching;
using Mentorship.WebHost.Contracts;
using Mentorship.WebHost.Storage;

namespace Mentorship.WebHost.Application;

/// <summary>
/// Roadmap item 2.4, first half: the core's matcher over the year's two banks. Nothing is stored: a proposal is
/// computed on demand from the banks as they are (and the versions it saw are returned with it).
/// </summary>
public sealed class MatchingService(AggregateStore store)
{
    public async Task<HostOutcome<MatchingView>> ProposeAsync(YearKey key, MatchingQuery query, CancellationToken cancellationToken)
    {
        var loaded = await LoadAsync(key, query, cancellationToken);
        if (loaded.Failure is { } failure)
        {
            return failure;
        }

        var (problem, menteeVersion, mentorVersion) = loaded.Value;
        return HostOutcome<MatchingView>.Ok(MatchingView.Of(key.OrganizationId.Value, key.Year, problem.Solve(), menteeVersion, mentorVersion));
    }

    public async Task<HostOutcome<PairExplanationView>> ExplainAsync(YearKey key, string? mentor, string? mentee, MatchingQuery query, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var mentorId = Ids.Parse(mentor, errors, "mentor");
        var menteeId = Ids.Parse(mentee, errors, "mentee");
        if (mentorId is null || menteeId is null)
        {
            return HostFailure.Invalid(errors);
        }

        var loaded = await LoadAsync(key, query, cancellationToken);
        if (loaded.Failure is { } failure)
        {
            return failure;
        }

        var problem = loaded.Value.Problem;
        if (problem.FindMentor(mentorId.Value) is null)
        {
            return HostFailure.NotFound($"В банке наставников {key} нет «{mentorId}».");
        }

        if (problem.FindMentee(menteeId.Value) is null)
        {
            return HostFailure.NotFound($"В банке наставляемых {key} нет «{menteeId}».");
        }

        return HostOutcome<PairExplanationView>.Ok(PairExplanationView.Of(problem.Solve().Explain(mentorId.Value, menteeId.Value)));
    }

    private async Task<HostOutcome<(MatchingProblem Problem, int MenteeVersion, int MentorVersion)>> LoadAsync(
        YearKey key, MatchingQuery query, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        if (query.MinimumScore is < 0 or > MatchingScore.MaxScore)
        {
            errors.Add("minimumScore", $"Минимальный балл — от 0 до {MatchingScore.MaxScore}.");
        }

        if (query.Mode is { } mode && !Enum.IsDefined(mode))
        {
            errors.Add("mode", "Режим — Optimal (оптимальный) или Stable (устойчивый).");
        }

        if (errors.Any)
        {
            return HostFailure.Invalid(errors);
        }

        var mentees = await store.ReadAsync(AggregateKinds.MenteeBank, key, cancellationToken);
        var mentors = await store.ReadAsync(AggregateKinds.MentorBank, key, cancellationToken);
        if (mentees is null || mentors is null)
        {
            return HostFailure.NotFound($"Для подбора нужны оба банка {key}: сначала откройте их.");
        }

        var policy = MatchingPolicy.Default
            .WithMode(query.Mode ?? MatchingMode.Optimal)
            .WithMinimumScore(query.MinimumScore ?? 0)
            .WithGroupProposals(query.Groups ?? false);
        // Pairs and groups already in the register keep their mentees and take their mentors' places.
        var register = await store.ReadAsync(AggregateKinds.PairingRegister, key, cancellationToken);
        var mentorBank = mentors.Value.Aggregate;
        var existing = (register?.Aggregate.Units ?? [])
            .Where(u => u.IsOpen && mentorBank.Contains(u.Mentor))
            .SelectMany(u => u.Mentees.Select(m => new ExistingPair(u.Mentor, m)));
        var problem = MatchingProblem.FromBanks(mentees.Value.Aggregate, mentorBank, existingPairs: existing, policy: policy);
        return HostOutcome<(MatchingProblem, int, int)>.Ok((problem, mentees.Value.Version, mentors.Value.Version));
    }
}
