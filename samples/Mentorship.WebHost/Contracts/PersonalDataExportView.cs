using Mentorship.Domain.Banks;

namespace Mentorship.WebHost.Contracts;

/// <summary>Everything a bank stores about a person (a subject-access request), field by field.</summary>
public sealed record PersonalDataExportView(string Id, string Source, IReadOnlyList<ExportFieldView> Fields)
{
    internal static PersonalDataExportView Of(PersonalDataExport e) =>
        new(e.Id.Value, e.Source, e.Fields.Select(f => new ExportFieldView(f.Key, f.Value)).ToArray());
}
