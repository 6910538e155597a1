namespace Mentorship.Domain.Roadmap;

/// <summary>Why a roadmap table could not be imported.</summary>
public enum RoadmapImportErrorCode
{
    /// <summary>No header row («№ п/п», «Наименование мероприятия», «Срок…», «Ответственный…», «Результат…») was found.</summary>
    HeaderNotFound = 0,

    /// <summary>A line after the header is neither a section, an activity, nor the continuation of an activity.</summary>
    UnreadableRow = 1,

    /// <summary>An activity row lacks its title or its timing.</summary>
    MissingCell = 2,

    /// <summary>An activity's timing cell is not a readable timing (an error in a strict import, a warning in a lenient one).</summary>
    UnreadableTiming = 3,

    /// <summary>An activity number or a section numeral repeats.</summary>
    DuplicateNumber = 4,

    /// <summary>An activity comes before the first section row.</summary>
    ActivityOutsideSection = 5,

    /// <summary>The header is followed by no activity.</summary>
    EmptyTable = 6,

    /// <summary>A section row is followed by no activity of its own.</summary>
    EmptySection = 7,
}
