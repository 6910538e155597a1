namespace Mentorship.WebHost.Storage;

/// <summary>A stored <see cref="Mentorship.Domain.Banks.MentorBank"/>.</summary>
public sealed class MentorBankRow : YearRow;
