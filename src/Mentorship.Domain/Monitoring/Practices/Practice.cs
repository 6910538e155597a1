using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Monitoring.Practices;

/// <summary>A practice proposed to the collection, and whether and when the final event chose it. Immutable.</summary>
public sealed class Practice
{
    internal Practice(string id, string title, PracticeKind kind, EducatorId? author, string programmeId, LocalDate proposedOn, string? description, LocalDate? chosenOn)
    {
        Id = id;
        Title = title;
        Kind = kind;
        Author = author;
        ProgrammeId = programmeId;
        ProposedOn = proposedOn;
        Description = description;
        ChosenOn = chosenOn;
    }

    /// <summary>The identifier.</summary>
    public string Id { get; }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>What kind of practice.</summary>
    public PracticeKind Kind { get; }

    /// <summary>Who handed it in; <see langword="null"/> once the author withdrew consent (<see cref="PracticeCollection.ErasePerson"/>).</summary>
    public EducatorId? Author { get; }

    /// <summary>The pair's or group's identifier.</summary>
    public string ProgrammeId { get; }

    /// <summary>The date it was proposed.</summary>
    public LocalDate ProposedOn { get; }

    /// <summary>A short description, or <see langword="null"/>.</summary>
    public string? Description { get; }

    /// <summary>The date of the final event that chose it, or <see langword="null"/> while not chosen.</summary>
    public LocalDate? ChosenOn { get; }

    /// <summary>Whether a final event chose it into the collection.</summary>
    public bool IsCollected => ChosenOn is not null;

    /// <inheritdoc />
    public override string ToString() => $"Practice {Id} ({Kind}) of {ProgrammeId}";

    internal Practice Chosen(LocalDate on) => new(Id, Title, Kind, Author, ProgrammeId, ProposedOn, Description, on);

    internal Practice WithoutAuthor() => new(Id, Title, Kind, null, ProgrammeId, ProposedOn, Description, ChosenOn);
}
