namespace Mentorship.WebHost.Contracts;

/// <summary>What an imported workbook did: the rows read and the people whose entries changed.</summary>
/// <param name="Rows">The rows read (people named).</param>
/// <param name="Changed">The people whose requests, exclusions, competencies or places changed.</param>
public sealed record WorkbookImportView(int Rows, int Changed);
