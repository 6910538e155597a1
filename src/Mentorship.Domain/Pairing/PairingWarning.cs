namespace Mentorship.Domain.Pairing;

/// <summary>
/// Something unusual the caller must acknowledge explicitly (by its <see cref="Code"/>) before the command goes
/// through, e.g. a programme period outside 3–12 months.
/// </summary>
/// <param name="Rule">The name of the rule class that warns.</param>
/// <param name="Code">The stable code to acknowledge.</param>
/// <param name="Message">What is unusual, in Russian (the catalogue's text of the code), without personal data.</param>
public sealed record PairingWarning(string Rule, string Code, string Message);
