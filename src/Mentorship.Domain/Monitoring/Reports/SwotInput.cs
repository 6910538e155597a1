namespace Mentorship.Domain.Monitoring.Reports;

/// <summary>
/// One input for the coordinator's SWOT analysis: a signal read from the data, its quadrant, what it concerns (an
/// indicator id such as <c>K1</c> or <c>K6.mentee</c>, or <see langword="null"/>) and the figure behind it. The
/// analysis and the conclusions are the coordinator's to write; the renderers phrase the inputs.
/// </summary>
/// <param name="Quadrant">The quadrant.</param>
/// <param name="Signal">The signal.</param>
/// <param name="Subject">The indicator concerned, or <see langword="null"/>.</param>
/// <param name="Figure">The figure: a value in the indicator's unit or a count.</param>
public sealed record SwotInput(SwotQuadrant Quadrant, SwotSignal Signal, string? Subject, decimal Figure);
