namespace Mentorship.Domain.Monitoring.Questionnaires;

/// <summary>The answers to one item in one wave: how many, and their mean score (scale items) or share of "yes" in percent (yes/no items).</summary>
/// <param name="Answers">How many answers.</param>
/// <param name="Value">The mean score or the share of "yes"; <see langword="null"/> without answers and for open items.</param>
public sealed record WaveFigure(int Answers, decimal? Value);
