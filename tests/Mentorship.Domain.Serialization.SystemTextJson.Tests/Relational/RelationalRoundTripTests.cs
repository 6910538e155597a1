using Mentorship.Domain.Banks;
using Mentorship.Domain.People;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Mentorship.Domain.Serialization.SystemTextJson.Tests.Relational;

public sealed class RelationalRoundTripTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public RelationalRoundTripTests()
    {
        _connection.Open();
        using var db = Tables();
        db.Database.EnsureCreated();
    }

    public void Dispose() => _connection.Dispose();

    [Fact]
    public void AMenteeBank_StoredInTables_ComesBackAsTheSameBank()
    {
        var bank = new SampleYear().Mentees;
        var school = OrganizationId.From("school-7");
        bank.Admit(new MenteeApplication(
            new Educator(EducatorId.From("S2"), school, new PersonalData("Орлова Мария", new LocalDate(1999, 11, 2)),
                "учитель начальных классов", new LocalDate(2024, 9, 1), QualificationCategory.First, ["primary", "music"]),
            PersonalDataConsent.Given(new LocalDate(2026, 4, 11)), [TopicCode.From("adaptation")], [MentoringReason.YoungSpecialist]),
            new LocalDate(2026, 5, 21)).IsAccepted.Should().BeTrue();
        bank.ExcludeMentor(EducatorId.From("S1"), EducatorId.From("T9"), new LocalDate(2026, 5, 22)).IsAccepted.Should().BeTrue();
        bank.Remove(EducatorId.From("S2"), new LocalDate(2026, 6, 1), RemovalReason.OwnRequest).IsAccepted.Should().BeTrue();
        var before = bank.ToSnapshot();
        before.Bank.FormerEntries.Should().ContainSingle();

        using (var db = Tables())
        {
            db.MenteeBanks.Add(MenteeBankRow.From(before));
            db.SaveChanges();
        }

        MenteeBankSnapshot after;
        using (var db = Tables())
        {
            var row = db.MenteeBanks.Include(b => b.Entries).Include(b => b.OwnTopics).Include(b => b.FormerEntries)
                .Single(b => b.OrganizationId == "school-7" && b.Year == 2026);
            row.Entries.Single().FullName.Should().Be("Павлова Дарья");
            row.Entries.Single().BirthDate.Should().Be(new DateOnly(2001, 3, 14));
            after = MenteeBank.FromSnapshot(row.ToSnapshot()).ToSnapshot();
        }

        MentorshipJson.Serialize(after).Should().Be(MentorshipJson.Serialize(before));
    }

    private MenteeBankTables Tables() =>
        new(new DbContextOptionsBuilder<MenteeBankTables>().UseSqlite(_connection).Options);
}
