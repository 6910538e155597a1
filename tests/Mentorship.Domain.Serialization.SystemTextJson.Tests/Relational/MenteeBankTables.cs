using Microsoft.EntityFrameworkCore;

namespace Mentorship.Domain.Serialization.SystemTextJson.Tests.Relational;

/// <summary>
/// docs/persistence.md, "Relational tables": a host's own EF Core model of a mentee bank, one column per
/// snapshot field; lists of codes are EF Core primitive collections (a JSON array in one column).
/// </summary>
internal sealed class MenteeBankTables(DbContextOptions<MenteeBankTables> options) : DbContext(options)
{
    public DbSet<MenteeBankRow> MenteeBanks => Set<MenteeBankRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<MenteeBankRow>(bank =>
        {
            bank.ToTable("mentee_banks");
            bank.HasKey(b => new { b.OrganizationId, b.Year });
            bank.HasMany(b => b.OwnTopics).WithOne().HasForeignKey(t => new { t.OrganizationId, t.Year });
            bank.HasMany(b => b.Entries).WithOne().HasForeignKey(e => new { e.OrganizationId, e.Year });
            bank.HasMany(b => b.FormerEntries).WithOne().HasForeignKey(f => new { f.OrganizationId, f.Year });
        });
        modelBuilder.Entity<OwnTopicRow>(t =>
        {
            t.ToTable("mentee_bank_topics");
            t.HasKey(r => new { r.OrganizationId, r.Year, r.Position });
        });
        modelBuilder.Entity<MenteeRow>(e =>
        {
            e.ToTable("mentees");
            e.HasKey(r => new { r.OrganizationId, r.Year, r.EducatorId });
            e.Property(r => r.Category).HasConversion<string>();
        });
        modelBuilder.Entity<FormerEntryRow>(f =>
        {
            f.ToTable("mentee_bank_former_entries");
            f.HasKey(r => new { r.OrganizationId, r.Year, r.Position });
            f.Property(r => r.Kind).HasConversion<string>();
            f.Property(r => r.Reason).HasConversion<string>();
        });
    }
}
