using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.WebHost.Storage;

/// <summary>
/// The host's database: one table per aggregate kind, one row per aggregate (key columns, the snapshot as JSON, a
/// version). The model is the same on every provider; each provider has its own derived context so that it has
/// its own migrations (<see cref="SqliteMentorshipDbContext"/>, <see cref="PostgresMentorshipDbContext"/>).
/// </summary>
public abstract class MentorshipDbContext : DbContext
{
    protected MentorshipDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<OrganizationRow> Organizations => Set<OrganizationRow>();

    public DbSet<MenteeBankRow> MenteeBanks => Set<MenteeBankRow>();

    public DbSet<MentorBankRow> MentorBanks => Set<MentorBankRow>();

    public DbSet<RoadmapRow> Roadmaps => Set<RoadmapRow>();

    public DbSet<PairingRegisterRow> PairingRegisters => Set<PairingRegisterRow>();

    public DbSet<QuestionnaireBookRow> QuestionnaireBooks => Set<QuestionnaireBookRow>();

    public DbSet<ProgrammeBookRow> ProgrammeBooks => Set<ProgrammeBookRow>();

    public DbSet<StaffListRow> StaffLists => Set<StaffListRow>();

    /// <summary>The column type of a snapshot: <c>jsonb</c> on PostgreSQL, <c>TEXT</c> on SQLite.</summary>
    protected abstract string SnapshotColumnType { get; }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<OrganizationRow>(e =>
        {
            e.ToTable("organizations");
            e.HasKey(r => r.Id);
            e.Property(r => r.Id).HasColumnName("id").HasMaxLength(64);
            MapAggregate(e);
        });
        MapYear(modelBuilder.Entity<MenteeBankRow>(), "mentee_banks");
        MapYear(modelBuilder.Entity<MentorBankRow>(), "mentor_banks");
        MapYear(modelBuilder.Entity<RoadmapRow>(), "roadmaps");
        MapYear(modelBuilder.Entity<PairingRegisterRow>(), "pairing_registers");
        MapYear(modelBuilder.Entity<QuestionnaireBookRow>(), "questionnaire_books");
        MapYear(modelBuilder.Entity<ProgrammeBookRow>(), "programme_books");
        MapYear(modelBuilder.Entity<StaffListRow>(), "staff_lists");
    }

    private void MapYear<TRow>(EntityTypeBuilder<TRow> e, string table)
        where TRow : YearRow
    {
        e.ToTable(table);
        e.HasKey(r => new { r.OrganizationId, r.Year });
        e.Property(r => r.OrganizationId).HasColumnName("organization_id").HasMaxLength(64);
        e.Property(r => r.Year).HasColumnName("year");
        MapAggregate(e);
    }

    private void MapAggregate<TRow>(EntityTypeBuilder<TRow> e)
        where TRow : AggregateRow
    {
        e.Property(r => r.Snapshot).HasColumnName("snapshot").HasColumnType(SnapshotColumnType).IsRequired();
        e.Property(r => r.Version).HasColumnName("version").IsConcurrencyToken();
    }
}
