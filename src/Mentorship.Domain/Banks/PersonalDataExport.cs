using System.Collections.Generic;
using Mentorship.Domain.People;

namespace Mentorship.Domain.Banks;

/// <summary>
/// Everything a bank stores about one person, as field/value lines, for a subject-access request (152-ФЗ art. 14).
/// </summary>
/// <param name="Id">The person's identifier.</param>
/// <param name="Source">Where the data is kept, e.g. «банк наставляемых 2026».</param>
/// <param name="Fields">The stored fields and their values, in a fixed order.</param>
public sealed record PersonalDataExport(EducatorId Id, string Source, IReadOnlyList<KeyValuePair<string, string>> Fields)
{
    /// <inheritdoc />
    public override string ToString() => $"PersonalDataExport {Id} ({Fields.Count} fields)";
}
