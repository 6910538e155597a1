namespace Mentorship.WebHost.Storage;

/// <summary>A stored <see cref="Mentorship.Domain.Banks.MenteeBank"/>.</summary>
public sealed class MenteeBankRow : YearRow;
