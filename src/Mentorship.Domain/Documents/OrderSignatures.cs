namespace Mentorship.Domain.Documents;

/// <summary>Who signs an order and who is made responsible by it.</summary>
/// <param name="Head">The head of the organisation, who signs.</param>
/// <param name="Responsible">The person responsible for the mentorship system (the coordinator, e.g. the deputy head).</param>
public sealed record OrderSignatures(Signatory Head, Signatory Responsible);
