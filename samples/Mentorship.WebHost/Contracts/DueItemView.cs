using NodaTime;

namespace Mentorship.WebHost.Contracts;

/// <summary>One thing due on the coordinator's home page: when, what kind (a Russian word), what, and where to act on it.</summary>
/// <param name="Due">The date it is due (or ran out).</param>
/// <param name="Kind">The kind, in Russian: «дорожная карта», «план программы», «уведомление», «утверждение программы», «окончание».</param>
/// <param name="Text">What is due, in Russian.</param>
/// <param name="Link">The page to act on it.</param>
/// <param name="Overdue">Whether it is past its date and not done.</param>
public sealed record DueItemView(LocalDate Due, string Kind, string Text, string Link, bool Overdue);
