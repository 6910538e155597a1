using Mentorship.Domain.Banks;
using Mentorship.Domain.People;
using NodaTime;
using NodaTime.Text;

namespace Mentorship.Domain.Serialization.SystemTextJson.Tests.Relational;

/// <summary>A mentee bank: organisation and year, the intake window as "MM-dd".</summary>
internal sealed class MenteeBankRow
{
    public string OrganizationId { get; set; } = "";

    public int Year { get; set; }

    public string WindowStart { get; set; } = "";

    public string WindowEnd { get; set; } = "";

    public List<OwnTopicRow> OwnTopics { get; set; } = [];

    public List<MenteeRow> Entries { get; set; } = [];

    public List<FormerEntryRow> FormerEntries { get; set; } = [];

    /// <summary>Snapshot → rows.</summary>
    public static MenteeBankRow From(MenteeBankSnapshot snapshot)
    {
        var bank = snapshot.Bank;
        var row = new MenteeBankRow
        {
            OrganizationId = bank.OrganizationId,
            Year = bank.Year,
            WindowStart = AnnualDatePattern.Iso.Format(bank.WindowStart),
            WindowEnd = AnnualDatePattern.Iso.Format(bank.WindowEnd),
        };
        row.OwnTopics.AddRange(bank.OwnTopics.Select((t, i) => new OwnTopicRow { OrganizationId = row.OrganizationId, Year = row.Year, Position = i, Code = t.Key, Title = t.Value }));
        row.FormerEntries.AddRange(bank.FormerEntries.Select((f, i) => new FormerEntryRow
        {
            OrganizationId = row.OrganizationId, Year = row.Year, Position = i, Kind = f.Kind, AdmittedOn = f.AdmittedOn.ToDateOnly(),
            LeftOn = f.LeftOn.ToDateOnly(), Reason = f.Reason, Topics = [.. f.Topics], Reasons = f.Reasons.Select(r => r.ToString()).ToList(), Capacity = f.Capacity,
        }));
        row.Entries.AddRange(snapshot.Entries.Select((e, i) => new MenteeRow
        {
            OrganizationId = row.OrganizationId,
            Year = row.Year,
            Position = i,
            EducatorId = e.Educator.Id,
            EducatorOrganizationId = e.Educator.OrganizationId,
            FullName = e.Educator.FullName,
            BirthDate = e.Educator.BirthDate.ToDateOnly(),
            Email = e.Educator.Email,
            Phone = e.Educator.Phone,
            Post = e.Educator.Post,
            TeachingSince = e.Educator.TeachingSince?.ToDateOnly(),
            Category = e.Educator.Category,
            Subjects = [.. e.Educator.Subjects],
            PostAppointedOn = e.Educator.PostAppointedOn?.ToDateOnly(),
            PostWithoutPriorExperience = e.Educator.PostWithoutPriorExperience,
            ConsentGivenOn = e.ConsentGivenOn.ToDateOnly(),
            ConsentWithdrawnOn = e.ConsentWithdrawnOn?.ToDateOnly(),
            Requests = [.. e.Requests],
            Reasons = e.Reasons.Select(r => r.ToString()).ToList(),
            ExcludedMentors = [.. e.ExcludedMentors],
            AdmittedOn = e.AdmittedOn.ToDateOnly(),
            OverrideDecidedOn = e.IntakeOverride?.DecidedOn.ToDateOnly(),
            OverrideReason = e.IntakeOverride?.Reason,
            OverrideCoordinatorId = e.IntakeOverride?.CoordinatorId,
        }));
        return row;
    }

    /// <summary>Rows → snapshot, for <see cref="MenteeBank.FromSnapshot"/> to validate.</summary>
    public MenteeBankSnapshot ToSnapshot() => new(
        new BankSnapshotParts(
            OrganizationId,
            Year,
            AnnualDatePattern.Iso.Parse(WindowStart).GetValueOrThrow(),
            AnnualDatePattern.Iso.Parse(WindowEnd).GetValueOrThrow(),
            OwnTopics.OrderBy(t => t.Position).Select(t => new KeyValuePair<string, string>(t.Code, t.Title)).ToArray(),
            FormerEntries.OrderBy(f => f.Position).Select(f => new FormerEntrySnapshot(
                f.Kind, LocalDate.FromDateOnly(f.AdmittedOn), LocalDate.FromDateOnly(f.LeftOn), f.Reason, f.Topics.ToArray(),
                f.Reasons.Select(Enum.Parse<MentoringReason>).ToArray(), f.Capacity)).ToArray()),
        Entries.OrderBy(e => e.Position).Select(e => new MenteeEntrySnapshot(
            new EducatorSnapshot(
                e.EducatorId, e.EducatorOrganizationId, e.FullName, LocalDate.FromDateOnly(e.BirthDate), e.Email, e.Phone, e.Post,
                Date(e.TeachingSince), e.Category, e.Subjects.ToArray(), Date(e.PostAppointedOn), e.PostWithoutPriorExperience),
            LocalDate.FromDateOnly(e.ConsentGivenOn),
            Date(e.ConsentWithdrawnOn),
            e.Requests.ToArray(),
            e.Reasons.Select(Enum.Parse<MentoringReason>).ToArray(),
            e.ExcludedMentors.ToArray(),
            LocalDate.FromDateOnly(e.AdmittedOn),
            e.OverrideDecidedOn is { } decided ? new IntakeOverride(LocalDate.FromDateOnly(decided), e.OverrideReason!, e.OverrideCoordinatorId!) : null)).ToArray());

    private static LocalDate? Date(DateOnly? value) => value is { } d ? LocalDate.FromDateOnly(d) : null;
}

/// <summary>A topic the organisation added to the standard catalog.</summary>
internal sealed class OwnTopicRow
{
    public string OrganizationId { get; set; } = "";

    public int Year { get; set; }

    public int Position { get; set; }

    public string Code { get; set; } = "";

    public string Title { get; set; } = "";
}

/// <summary>A mentee's entry with the educator's data flattened into columns.</summary>
internal sealed class MenteeRow
{
    public string OrganizationId { get; set; } = "";

    public int Year { get; set; }

    public string EducatorId { get; set; } = "";

    public int Position { get; set; }

    public string EducatorOrganizationId { get; set; } = "";

    public string FullName { get; set; } = "";

    public DateOnly BirthDate { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string Post { get; set; } = "";

    public DateOnly? TeachingSince { get; set; }

    public QualificationCategory Category { get; set; }

    public List<string> Subjects { get; set; } = [];

    public DateOnly? PostAppointedOn { get; set; }

    public bool PostWithoutPriorExperience { get; set; }

    public DateOnly ConsentGivenOn { get; set; }

    public DateOnly? ConsentWithdrawnOn { get; set; }

    public List<string> Requests { get; set; } = [];

    public List<string> Reasons { get; set; } = [];

    public List<string> ExcludedMentors { get; set; } = [];

    public DateOnly AdmittedOn { get; set; }

    public DateOnly? OverrideDecidedOn { get; set; }

    public string? OverrideReason { get; set; }

    public string? OverrideCoordinatorId { get; set; }
}

/// <summary>The anonymous facts of a person who left the bank.</summary>
internal sealed class FormerEntryRow
{
    public string OrganizationId { get; set; } = "";

    public int Year { get; set; }

    public int Position { get; set; }

    public BankKind Kind { get; set; }

    public DateOnly AdmittedOn { get; set; }

    public DateOnly LeftOn { get; set; }

    public RemovalReason Reason { get; set; }

    public List<string> Topics { get; set; } = [];

    public List<string> Reasons { get; set; } = [];

    public int Capacity { get; set; }
}
