namespace Mentorship.WebHost.Contracts;

/// <summary>An answer to one item: a score 1–10 (1 lowest), yes/no, or text, as the item asks.</summary>
public sealed record AnswerInput(string? Item, int? Score, bool? Yes, string? Text);
