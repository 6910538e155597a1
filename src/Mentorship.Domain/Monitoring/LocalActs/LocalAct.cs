using System.Globalization;
using NodaTime;

namespace Mentorship.Domain.Monitoring.LocalActs;

/// <summary>
/// A local act of the institution in its register: kind, number, date, title, where it is published or kept, and the
/// days it is in force (both ends included). Created by <see cref="LocalActRegister"/>, which checks it; an order the
/// pairing register issued is shown as one too (<see cref="IsFromPairingRegister"/>). Immutable.
/// </summary>
public sealed class LocalAct
{
    internal LocalAct(
        int id,
        LocalActKind kind,
        string? number,
        LocalDate date,
        string title,
        string? link,
        string? fileReference,
        LocalDate inForceFrom,
        LocalDate? inForceThrough,
        bool fromPairingRegister = false)
    {
        Id = id;
        Kind = kind;
        Number = number;
        Date = date;
        Title = title;
        Link = link;
        FileReference = fileReference;
        InForceFrom = inForceFrom;
        InForceThrough = inForceThrough;
        IsFromPairingRegister = fromPairingRegister;
    }

    /// <summary>The identifier the register gave it, from 1 in the order registered; 0 for an order of the pairing register.</summary>
    public int Id { get; }

    /// <summary>The kind.</summary>
    public LocalActKind Kind { get; }

    /// <summary>The number, or <see langword="null"/>.</summary>
    public string? Number { get; }

    /// <summary>The date of adoption.</summary>
    public LocalDate Date { get; }

    /// <summary>The title as written.</summary>
    public string Title { get; }

    /// <summary>The address where it is published, or <see langword="null"/>.</summary>
    public string? Link { get; }

    /// <summary>Where the signed copy is kept, or <see langword="null"/>.</summary>
    public string? FileReference { get; }

    /// <summary>The first day in force.</summary>
    public LocalDate InForceFrom { get; }

    /// <summary>The last day in force (included), or <see langword="null"/> while in force.</summary>
    public LocalDate? InForceThrough { get; }

    /// <summary>Whether it is an order the pairing register issued rather than one registered here.</summary>
    public bool IsFromPairingRegister { get; }

    /// <summary>
    /// The reference a form prints: the link when there is one, otherwise the file reference, otherwise «№ N от dd.MM.yyyy».
    /// </summary>
    public string Reference => Link ?? FileReference ?? Requisites;

    /// <summary>The number and date in Russian: «№ 87 от 29.04.2022», or «от 29.04.2022» without a number.</summary>
    public string Requisites =>
        (Number is null ? string.Empty : "№ " + Number + " ") + "от " + Date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    /// <summary>Whether it is in force on a date.</summary>
    /// <param name="on">The date.</param>
    /// <returns><see langword="true"/> from <see cref="InForceFrom"/> through <see cref="InForceThrough"/>.</returns>
    public bool IsInForceOn(LocalDate on) => InForceFrom <= on && (InForceThrough is not { } through || on <= through);

    /// <summary>The stored form.</summary>
    /// <returns>The snapshot.</returns>
    public LocalActSnapshot ToSnapshot() => new(Id, Kind, Number, Date, Title, Link, FileReference, InForceFrom, InForceThrough);

    /// <inheritdoc />
    public override string ToString() => $"LocalAct {Id} {Kind} {Requisites}";
}
