namespace Mentorship.WebHost.Storage;

/// <summary>A stored <see cref="ProgrammeBook"/>: the personalized programmes of a year.</summary>
public sealed class ProgrammeBookRow : YearRow;
