using Mentorship.WebHost.Security;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentorship.WebHost.Storage;

/// <summary>
/// The host's database: one table per aggregate kind, one row per aggregate (key columns, the snapshot as JSON, a
/// version). The model is the same on every provider; each provider has its own derived context so that it has
/// its own migrations (<see cref="SqliteMentorshipDbContext"/>, <see cref="PostgresMentorshipDbContext"/>). The same
/// database holds the accounts (ASP.NET Core Identity's tables), the Data Protection keys (so that every instance
/// of the host reads the others' cookies) and the audit log.
/// </summary>
public abstract class MentorshipDbContext : IdentityDbContext<Account, IdentityRole, string>, IDataProtectionKeyContext
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

    /// <summary>The audit log of reads, exports, changes and erasures of people's data.</summary>
    public DbSet<AuditRow> AuditLog => Set<AuditRow>();

    /// <summary>The Data Protection key ring, shared by every instance of the host.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>The column type of a snapshot: <c>jsonb</c> on PostgreSQL, <c>TEXT</c> on SQLite.</summary>
    protected abstract string SnapshotColumnType { get; }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);
        builder.Entity<Account>(e =>
        {
            e.Property(a => a.OrganizationId).HasMaxLength(64);
            e.Property(a => a.EducatorId).HasMaxLength(64);
        });
        builder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
        builder.Entity<AuditRow>(e =>
        {
            e.ToTable("audit_log");
            e.HasKey(r => r.Id);
            e.Property(r => r.Id).HasColumnName("id");
            e.Property(r => r.At).HasColumnName("at");
            e.Property(r => r.UserName).HasColumnName("user_name").HasMaxLength(256);
            e.Property(r => r.OrganizationId).HasColumnName("organization_id").HasMaxLength(64);
            e.Property(r => r.Year).HasColumnName("year");
            e.Property(r => r.Action).HasColumnName("action").HasConversion<string>().HasMaxLength(16);
            e.Property(r => r.Operation).HasColumnName("operation").HasMaxLength(64);
            e.Property(r => r.Subject).HasColumnName("subject").HasMaxLength(64);
            e.HasIndex(r => new { r.OrganizationId, r.Year, r.At });
        });
        builder.Entity<OrganizationRow>(e =>
        {
            e.ToTable("organizations");
            e.HasKey(r => r.Id);
            e.Property(r => r.Id).HasColumnName("id").HasMaxLength(64);
            MapAggregate(e);
        });
        MapYear(builder.Entity<MenteeBankRow>(), "mentee_banks");
        MapYear(builder.Entity<MentorBankRow>(), "mentor_banks");
        MapYear(builder.Entity<RoadmapRow>(), "roadmaps");
        MapYear(builder.Entity<PairingRegisterRow>(), "pairing_registers");
        MapYear(builder.Entity<QuestionnaireBookRow>(), "questionnaire_books");
        MapYear(builder.Entity<ProgrammeBookRow>(), "programme_books");
        MapYear(builder.Entity<StaffListRow>(), "staff_lists");
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
