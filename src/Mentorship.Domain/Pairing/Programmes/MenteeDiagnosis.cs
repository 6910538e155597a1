using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using Mentorship.Domain.People;

namespace Mentorship.Domain.Pairing.Programmes;

/// <summary>
/// What a programme records about one mentee at the start: professional difficulties, strengths and the request
/// (the diagnosis). Personal: erased with the mentee's personal data.
/// </summary>
/// <remarks><see cref="ToString"/> shows the identifier only.</remarks>
public sealed class MenteeDiagnosis
{
    private readonly string[] _difficulties;
    private readonly string[] _strengths;

    /// <summary>Creates a diagnosis.</summary>
    /// <param name="mentee">The mentee.</param>
    /// <param name="difficulties">The professional difficulties found.</param>
    /// <param name="strengths">The strengths found.</param>
    /// <param name="request">The mentee's request, in their words.</param>
    /// <exception cref="System.ArgumentException">The mentee is the default value, the request is blank, or a list holds a blank text.</exception>
    /// <exception cref="System.ArgumentNullException">A list is null.</exception>
    public MenteeDiagnosis(EducatorId mentee, IEnumerable<string> difficulties, IEnumerable<string> strengths, string request)
    {
        Guard.Against.Default(mentee);
        Mentee = mentee;
        _difficulties = Texts(difficulties, nameof(difficulties));
        _strengths = Texts(strengths, nameof(strengths));
        Request = Guard.Against.NullOrWhiteSpace(request).Trim();
    }

    /// <summary>The mentee.</summary>
    public EducatorId Mentee { get; }

    /// <summary>The professional difficulties, in the order given.</summary>
    public IReadOnlyList<string> Difficulties => _difficulties;

    /// <summary>The strengths, in the order given.</summary>
    public IReadOnlyList<string> Strengths => _strengths;

    /// <summary>The mentee's request.</summary>
    public string Request { get; }

    /// <inheritdoc />
    public override string ToString() => $"MenteeDiagnosis {Mentee}";

    private static string[] Texts(IEnumerable<string> texts, string name) =>
        Guard.Against.Null(texts, name).Select(t => Guard.Against.NullOrWhiteSpace(t, name).Trim()).ToArray();
}
