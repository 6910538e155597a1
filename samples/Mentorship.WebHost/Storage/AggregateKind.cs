using Mentorship.Domain.Banks;
using Mentorship.Domain.Pairing;
using Mentorship.Domain.Pairing.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.WebHost.Storage;

/// <summary>How one kind of per-year aggregate is stored: its table, and its snapshot to and from JSON.</summary>
/// <typeparam name="TAggregate">The aggregate.</typeparam>
/// <typeparam name="TRow">Its row.</typeparam>
public sealed class AggregateKind<TAggregate, TRow>(
    string name,
    Func<MentorshipDbContext, DbSet<TRow>> table,
    Func<TAggregate, string> write,
    Func<string, TAggregate> read)
    where TAggregate : class
    where TRow : YearRow, new()
{
    /// <summary>The name used in messages ("банк наставляемых").</summary>
    public string Name { get; } = name;

    public DbSet<TRow> Table(MentorshipDbContext db) => table(db);

    public string Write(TAggregate aggregate) => write(aggregate);

    public TAggregate Read(string json) => read(json);
}

/// <summary>The aggregate kinds this host stores.</summary>
public static class AggregateKinds
{
    public static AggregateKind<MenteeBank, MenteeBankRow> MenteeBank { get; } = new(
        "банк наставляемых",
        db => db.MenteeBanks,
        bank => SnapshotJson.Write(bank.ToSnapshot()),
        json => Domain.Banks.MenteeBank.FromSnapshot(SnapshotJson.Read<MenteeBankSnapshot>(json)));

    public static AggregateKind<MentorBank, MentorBankRow> MentorBank { get; } = new(
        "банк наставников",
        db => db.MentorBanks,
        bank => SnapshotJson.Write(bank.ToSnapshot()),
        json => Domain.Banks.MentorBank.FromSnapshot(SnapshotJson.Read<MentorBankSnapshot>(json)));

    public static AggregateKind<YearRoadmap, RoadmapRow> Roadmap { get; } = new(
        "дорожная карта",
        db => db.Roadmaps,
        roadmap => SnapshotJson.Write(roadmap.ToRecord()),
        json => YearRoadmap.FromRecord(SnapshotJson.Read<RoadmapRecord>(json)));

    public static AggregateKind<PairingRegister, PairingRegisterRow> PairingRegister { get; } = new(
        "реестр пар и групп",
        db => db.PairingRegisters,
        register => SnapshotJson.Write(register.ToSnapshot()),
        json => Domain.Pairing.PairingRegister.FromSnapshot(SnapshotJson.Read<PairingRegisterSnapshot>(json), HostCalendar.Instance));

    public static AggregateKind<QuestionnaireBook, QuestionnaireBookRow> QuestionnaireBook { get; } = new(
        "книга анкет",
        db => db.QuestionnaireBooks,
        book => SnapshotJson.Write(book.Responses),
        json => new QuestionnaireBook(SnapshotJson.Read<List<ResponseRecord>>(json)));

    public static AggregateKind<ProgrammeBook, ProgrammeBookRow> ProgrammeBook { get; } = new(
        "книга программ",
        db => db.ProgrammeBooks,
        book => SnapshotJson.Write(book.ToSnapshots()),
        json => new ProgrammeBook(SnapshotJson.Read<List<PersonalizedProgramSnapshot>>(json).Select(PersonalizedProgram.FromSnapshot)));

    public static AggregateKind<StaffList, StaffListRow> StaffList { get; } = new(
        "штатный список",
        db => db.StaffLists,
        list => SnapshotJson.Write(list.Members),
        json => new StaffList(SnapshotJson.Read<List<StaffRecord>>(json)));
}
