namespace Mentorship.Domain.Pairing;

/// <summary>Where a proposed pair or group came from.</summary>
public enum ProposalSource
{
    /// <summary>Composed by the coordinator.</summary>
    ByHand = 1,

    /// <summary>Taken from a matching result.</summary>
    Matching = 2,
}
