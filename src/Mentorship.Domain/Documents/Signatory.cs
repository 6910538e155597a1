namespace Mentorship.Domain.Documents;

/// <summary>A person who signs or is named in a document by post and name (the head; the coordinator).</summary>
/// <param name="Post">The post, e.g. «Директор».</param>
/// <param name="FullName">The name as printed, e.g. «И.И. Иванова».</param>
public sealed record Signatory(string Post, string FullName)
{
    /// <inheritdoc />
    public override string ToString() => $"Signatory {Post}";
}
