using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Pairing;

/// <summary>Converts units to and from their stored form, checking what a unit's status needs.</summary>
internal static class PairingSnapshots
{
    public static MentoringUnitSnapshot Of(MentoringUnit u) => new(
        u.Id.Value,
        u.Mentor.Value,
        u.Mentees.Select(m => m.Value).ToArray(),
        u.Form,
        u.Period.Start,
        u.Period.End,
        u.PeriodWarningAcknowledged,
        u.Participants,
        u.Variant,
        u.Topics.Select(t => t.Value).ToArray(),
        u.Source,
        u.MatchScore,
        u.ProposedOn,
        u.Status,
        u.MentorAgreement?.ToSnapshot(),
        u.MenteeConsents.Select(c => new MenteeConsentSnapshot(c.Key.Value, c.Value.SignedOn, c.Value.DocumentReference)).ToArray(),
        u.FixingOrder?.Number,
        u.FixingOrder?.Date,
        u.ActivatedOn,
        u.Completion?.On,
        u.Completion?.Outcome,
        u.EarlyTermination is { } t ? new EarlyTerminationSnapshot(t.NoticeGivenOn, t.InitiatedBy, t.Grounds, t.EndsOn, t.Order?.Number, t.Order?.Date) : null,
        u.CancelledOn,
        u.Replacements.Select(r => new MentorReplacementSnapshot(r.EffectiveOn, r.PreviousMentor.Value, r.NewMentor.Value, r.Grounds, r.NoticeGivenOn, r.Order.Number, r.Order.Date)).ToArray(),
        u.DepartedMentees.Select(m => m.Value).ToArray(),
        u.ExternalMentors.Select(e => new ExternalMentorSnapshot(e.Key.Value, e.Value.Value)).ToArray(),
        u.Joinings.Select(j => new MenteeJoiningSnapshot(j.Mentee.Value, j.FirstDay, j.Order.Number, j.Order.Date)).ToArray(),
        u.Leavings.Select(l => new MenteeLeavingSnapshot(l.Mentee.Value, l.LastDay, l.Grounds, l.Order.Number, l.Order.Date)).ToArray());

    public static MentoringUnit ToUnit(MentoringUnitSnapshot snapshot, PairingPolicy policy)
    {
        var s = Guard.Against.Null(snapshot);
        const string name = nameof(snapshot);
        var mentees = Guard.Against.Null(s.Mentees, name).Select(EducatorId.From).ToArray();
        var proposal = new PairProposal(
            EducatorId.From(s.Mentor),
            mentees,
            Guard.Against.EnumOutOfRange(s.Form, name),
            new DateInterval(SnapshotSchema.Date(s.PeriodStart, "MentoringUnit.PeriodStart"), SnapshotSchema.Date(s.PeriodEnd, "MentoringUnit.PeriodEnd")),
            Guard.Against.EnumOutOfRange(s.Participants, name),
            s.Variant is { } v ? Guard.Against.EnumOutOfRange(v, name) : null,
            Guard.Against.Null(s.Topics, name).Select(TopicCode.From).ToArray(),
            Guard.Against.EnumOutOfRange(s.Source, name),
            s.MatchScore);
        var id = MentoringUnitId.From(s.Id);
        if (ParticipantsRule.Check(proposal.Mentor, mentees, proposal.Participants, proposal.Variant, _ => false).Count > 0
            || GroupSizeRule.Check(proposal.Form, mentees.Length, policy) is not null)
        {
            throw new ArgumentException($"The participants of {id} break a rule.", name);
        }

        var unit = new MentoringUnit(id, proposal, SnapshotSchema.Date(s.ProposedOn, "MentoringUnit.ProposedOn"), s.PeriodWarningAcknowledged);
        var consents = Guard.Against.Null(s.MenteeConsents, name)
            .Select(c => new KeyValuePair<EducatorId, MenteeConsent>(EducatorId.From(c.Mentee), new MenteeConsent(SnapshotSchema.Date(c.SignedOn, "MenteeConsent.SignedOn"), c.DocumentReference)))
            .ToArray();
        if (consents.Any(c => !mentees.Contains(c.Key)) || consents.Select(c => c.Key).Distinct().Count() != consents.Length)
        {
            throw new ArgumentException($"The consents of {id} do not match its mentees.", name);
        }

        var fixing = s.FixingOrderNumber is { } number && s.FixingOrderDate is { } date ? new OrderReference(number, SnapshotSchema.Date(date, "MentoringUnit.FixingOrderDate")) : null;
        var completion = s.CompletedOn is { } completedOn && s.Outcome is { } outcome ? new UnitCompletion(SnapshotSchema.Date(completedOn, "MentoringUnit.CompletedOn"), Guard.Against.EnumOutOfRange(outcome, name)) : null;
        var termination = s.EarlyTermination is { } t
            ? new EarlyTermination(
                SnapshotSchema.Date(t.NoticeGivenOn, "EarlyTermination.NoticeGivenOn"),
                Guard.Against.EnumOutOfRange(t.InitiatedBy, name),
                Guard.Against.EnumOutOfRange(t.Grounds, name),
                SnapshotSchema.Date(t.EndsOn, "EarlyTermination.EndsOn"),
                t.OrderNumber is { } n && t.OrderDate is { } d ? new OrderReference(n, d) : null)
            : null;
        var replacements = Guard.Against.Null(s.Replacements, name)
            .Select(r => new MentorReplacement(
                SnapshotSchema.Date(r.EffectiveOn, "MentorReplacement.EffectiveOn"), EducatorId.From(r.PreviousMentor), EducatorId.From(r.NewMentor), Guard.Against.EnumOutOfRange(r.Grounds, name), r.NoticeGivenOn, new OrderReference(r.OrderNumber, r.OrderDate)))
            .ToArray();
        unit.Restore(
            Guard.Against.EnumOutOfRange(s.Status, name),
            s.MentorAgreement is { } a ? MentoringConsent.FromSnapshot(a) : null,
            consents,
            fixing,
            SnapshotSchema.Date(s.ActivatedOn, "MentoringUnit.ActivatedOn"),
            completion,
            termination,
            SnapshotSchema.Date(s.CancelledOn, "MentoringUnit.CancelledOn"),
            replacements,
            Guard.Against.Null(s.DepartedMentees, name).Select(EducatorId.From),
            ExternalOf(s.ExternalMentors, name),
            (s.Joinings ?? []).Select(j => new MenteeJoining(EducatorId.From(Guard.Against.Null(j, name).Mentee), j.FirstDay, new OrderReference(j.OrderNumber, j.OrderDate))),
            (s.Leavings ?? []).Select(l => new MenteeLeaving(
                EducatorId.From(Guard.Against.Null(l, name).Mentee), l.LastDay, Guard.Against.EnumOutOfRange(l.Grounds, name), new OrderReference(l.OrderNumber, l.OrderDate))));
        if (!IsConsistent(unit))
        {
            throw new ArgumentException($"The status {unit.Status} of {id} does not match the facts stored with it.", name);
        }

        return unit;
    }

    /// <summary>Reads stored external mentors (none when absent), refusing a mentor named twice.</summary>
    public static KeyValuePair<EducatorId, OrganizationId>[] ExternalOf(IReadOnlyList<ExternalMentorSnapshot>? stored, string name)
    {
        var external = (stored ?? [])
            .Select(e => new KeyValuePair<EducatorId, OrganizationId>(
                EducatorId.From(Guard.Against.Null(e, name).Mentor), OrganizationId.From(e.OrganizationId)))
            .ToArray();
        if (external.Select(e => e.Key).Distinct().Count() != external.Length)
        {
            throw new ArgumentException("An external mentor is stored twice.", name);
        }

        return external;
    }

    private static bool IsConsistent(MentoringUnit u)
    {
        var mentors = new HashSet<EducatorId>(u.Replacements.Select(r => r.PreviousMentor).Append(u.Mentor));
        if (u.ExternalMentors.Any(e => !mentors.Contains(e.Key)) || (u.ExternalMentors.Count > 0 && u.Form != MentorshipForm.Virtual))
        {
            return false;
        }

        // Membership changes: groups only, after the fixing order, each mentee joining and leaving at most once,
        // joiners among the mentees (current or departed), leavers departed, days inside the period.
        var changes = u.Joinings.Count + u.Leavings.Count;
        if (changes > 0
            && (!u.IsGroup
                || u.FixingOrder is null
                || u.Joinings.Select(j => j.Mentee).Distinct().Count() != u.Joinings.Count
                || u.Leavings.Select(l => l.Mentee).Distinct().Count() != u.Leavings.Count
                || u.Joinings.Any(j => !(u.Mentees.Contains(j.Mentee) || u.DepartedMentees.Contains(j.Mentee)) || !u.Period.Contains(j.FirstDay) || j.Order.Date < u.FixingOrder.Date)
                || u.Leavings.Any(l => !u.DepartedMentees.Contains(l.Mentee) || u.Mentees.Contains(l.Mentee) || !u.Period.Contains(l.LastDay) || l.Order.Date < u.FixingOrder.Date)))
        {
            return false;
        }

        var replacementsChain = u.Replacements.Count == 0
            || (u.Replacements[^1].NewMentor == u.Mentor
                && u.Replacements.Zip(u.Replacements.Skip(1), (a, b) => a.NewMentor == b.PreviousMentor && a.EffectiveOn < b.EffectiveOn).All(ok => ok)
                && u.Replacements.All(r => u.Period.Contains(r.EffectiveOn)));
        var notYetFixed = u.FixingOrder is null && u.ActivatedOn is null && u.Completion is null && u.EarlyTermination is null && u.Replacements.Count == 0;
        return replacementsChain && u.Status switch
        {
            MentoringUnitStatus.Proposed => notYetFixed && u.CancelledOn is null && !u.HasAllConsents,
            MentoringUnitStatus.ConsentsInPlace => notYetFixed && u.CancelledOn is null && u.HasAllConsents,
            MentoringUnitStatus.Fixed => u.FixingOrder is not null && u.HasAllConsents && u.ActivatedOn is null && u.Completion is null && u.EarlyTermination is null && u.CancelledOn is null,
            MentoringUnitStatus.Active => u.FixingOrder is not null && u.HasAllConsents && u.ActivatedOn is not null && u.Completion is null && u.EarlyTermination is null && u.CancelledOn is null,
            MentoringUnitStatus.Completed => u.FixingOrder is not null && u.ActivatedOn is not null && u.Completion is not null && u.EarlyTermination is null && u.CancelledOn is null,
            MentoringUnitStatus.EndedEarly => u.FixingOrder is not null && u.Completion is null && u.EarlyTermination is not null && u.CancelledOn is null,
            MentoringUnitStatus.Cancelled => notYetFixed && u.CancelledOn is not null,
            _ => false,
        };
    }
}
