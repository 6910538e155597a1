using System.Collections.Generic;
using System.Linq;
using Mentorship.Domain.Monitoring.Indicators;

namespace Mentorship.Domain.Monitoring.Reports;

/// <summary>Reads SWOT inputs out of a report's figures: thresholds are the ones <see cref="SwotSignal"/> documents.</summary>
internal static class SwotRules
{
    public static IReadOnlyList<SwotInput> Read(
        IndicatorSet indicators, ProgrammeCensus census, int overdueItems, int eventsNotCovered, int practicesCollected)
    {
        var inputs = new List<SwotInput>();
        foreach (var r in indicators.Results)
        {
            if (r.TargetStatus == TargetStatus.Met)
            {
                inputs.Add(new SwotInput(SwotQuadrant.Strength, SwotSignal.TargetMet, r.Id, r.Value.Number));
            }
            else if (r.TargetStatus == TargetStatus.Missed)
            {
                inputs.Add(new SwotInput(SwotQuadrant.Weakness, SwotSignal.TargetMissed, r.Id, r.Value.Number));
            }

            if (!r.Value.HasData)
            {
                continue;
            }

            var v = r.Value.Number;
            switch (r.Code)
            {
                case IndicatorCode.K6 when v >= 8m:
                    inputs.Add(new SwotInput(SwotQuadrant.Strength, SwotSignal.HighSatisfaction, r.Id, v));
                    break;
                case IndicatorCode.K6 when v < 6m:
                    inputs.Add(new SwotInput(SwotQuadrant.Weakness, SwotSignal.LowSatisfaction, r.Id, v));
                    break;
                case IndicatorCode.K7 when v > 0m:
                    inputs.Add(new SwotInput(SwotQuadrant.Strength, SwotSignal.ScoresRose, r.Id, v));
                    break;
                case IndicatorCode.K7 when v < 0m:
                    inputs.Add(new SwotInput(SwotQuadrant.Weakness, SwotSignal.ScoresFell, r.Id, v));
                    break;
                case IndicatorCode.K4 when v < 80m:
                    inputs.Add(new SwotInput(SwotQuadrant.Weakness, SwotSignal.PlansBehind, r.Id, v));
                    break;
                case IndicatorCode.K11 when r.Numerator > 0:
                    inputs.Add(new SwotInput(SwotQuadrant.Strength, SwotSignal.MenteesGrew, r.Id, r.Numerator));
                    break;
                case IndicatorCode.K2 when r.Denominator > r.Numerator:
                    inputs.Add(new SwotInput(SwotQuadrant.Threat, SwotSignal.MenteesWaiting, r.Id, r.Denominator - r.Numerator));
                    break;
                case IndicatorCode.K5 when r.Numerator > 0:
                    inputs.Add(new SwotInput(SwotQuadrant.Threat, SwotSignal.EarlyTerminations, r.Id, r.Numerator));
                    break;
                case IndicatorCode.K8 when r.Denominator > r.Numerator:
                    inputs.Add(new SwotInput(SwotQuadrant.Threat, SwotSignal.MenteesLeft, r.Id, r.Denominator - r.Numerator));
                    break;
                default:
                    break;
            }

            if (r.Code == IndicatorCode.K9 && r.Flagged.Count > 0)
            {
                inputs.Add(new SwotInput(SwotQuadrant.Threat, SwotSignal.MentorsOverloaded, r.Id, r.Flagged.Count));
            }
        }

        if (overdueItems > 0)
        {
            inputs.Add(new SwotInput(SwotQuadrant.Weakness, SwotSignal.RoadmapOverdue, "K12", overdueItems));
        }

        if (eventsNotCovered > 0)
        {
            inputs.Add(new SwotInput(SwotQuadrant.Weakness, SwotSignal.EventsNotCovered, null, eventsNotCovered));
        }

        if (practicesCollected > 0)
        {
            inputs.Add(new SwotInput(SwotQuadrant.Opportunity, SwotSignal.PracticesCollected, null, practicesCollected));
        }

        if (census.IdleMentorsInBank > 0)
        {
            inputs.Add(new SwotInput(SwotQuadrant.Opportunity, SwotSignal.MentorReserve, null, census.IdleMentorsInBank));
        }

        return inputs.OrderBy(i => i.Quadrant).ToArray();
    }
}
