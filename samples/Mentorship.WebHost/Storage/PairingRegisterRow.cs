namespace Mentorship.WebHost.Storage;

/// <summary>A stored <see cref="Mentorship.Domain.Pairing.PairingRegister"/>: the year's pairs and groups and its orders.</summary>
public sealed class PairingRegisterRow : YearRow;
