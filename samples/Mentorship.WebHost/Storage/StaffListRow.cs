namespace Mentorship.WebHost.Storage;

/// <summary>A stored <see cref="StaffList"/>: the year's educators.</summary>
public sealed class StaffListRow : YearRow;
