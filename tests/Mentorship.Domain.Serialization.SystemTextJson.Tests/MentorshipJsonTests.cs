using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Mentorship.Domain.Banks;
using Mentorship.Domain.Calendar;
using Mentorship.Domain.Pairing;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Mentorship.Domain.Serialization.SystemTextJson.Tests;

public sealed class MentorshipJsonTests
{
    private static readonly JsonSerializerOptions Reflection = new() { TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver() };

    private readonly SampleYear _year = new();

    [Fact]
    public void Banks_RoundTripThroughTheEnvelope_ToTheSameSnapshotAndText()
    {
        var mentees = MentorshipJson.Serialize(_year.Mentees.ToSnapshot());
        var mentors = MentorshipJson.Serialize(_year.Mentors.ToSnapshot());

        var menteesBack = MenteeBank.FromSnapshot(MentorshipJson.Deserialize<MenteeBankSnapshot>(mentees));
        var mentorsBack = MentorBank.FromSnapshot(MentorshipJson.Deserialize<MentorBankSnapshot>(mentors));

        MentorshipJson.Serialize(menteesBack.ToSnapshot()).Should().Be(mentees);
        MentorshipJson.Serialize(mentorsBack.ToSnapshot()).Should().Be(mentors);
        menteesBack.Entries.Single().Educator.PersonalData.FullName.Should().Be("Павлова Дарья");
        menteesBack.Entries.Single().Educator.PersonalData.BirthDate.Should().Be(new LocalDate(2001, 3, 14));
    }

    [Fact]
    public void PairingRegister_RoundTrips_WithItsOrderAndActivePair()
    {
        var json = MentorshipJson.Serialize(_year.Register.ToSnapshot());

        var back = PairingRegister.FromSnapshot(MentorshipJson.Deserialize<PairingRegisterSnapshot>(json), RussianProductionCalendar.Default);

        MentorshipJson.Serialize(back.ToSnapshot()).Should().Be(json);
        back.Units.Single().Status.Should().Be(MentoringUnitStatus.Active);
    }

    [Fact]
    public void Text_HasIsoDates_EnumNames_CyrillicAsIs_AndTheEnvelope()
    {
        var json = MentorshipJson.Serialize(_year.Mentees.ToSnapshot());
        var root = JsonNode.Parse(json)!;

        root["schemaVersion"]!.GetValue<int>().Should().Be(MentorshipJson.SchemaVersion);
        root["kind"]!.GetValue<string>().Should().Be("MenteeBankSnapshot");
        root["snapshot"]!["Bank"]!["Year"]!.GetValue<int>().Should().Be(2026);
        json.Should().Contain("\"Павлова Дарья\"").And.Contain("\"2001-03-14\"").And.Contain("\"YoungSpecialist\"");
        json.Should().NotContain("\\u04");
    }

    [Fact]
    public void DefaultOptions_LoseDates_WhichIsWhyThePackageExists()
    {
        var date = new LocalDate(2026, 9, 1);

        var back = JsonSerializer.Deserialize<LocalDate>(JsonSerializer.Serialize(date, Reflection), Reflection);
        var kept = JsonSerializer.Deserialize<LocalDate>(JsonSerializer.Serialize(date, MentorshipJson.Options), MentorshipJson.Options);

        back.Should().NotBe(date);
        kept.Should().Be(date);
    }

    [Fact]
    public void TheGeneratedContextAlone_WritesWhatTheOptionsWrite()
    {
        var snapshot = _year.Register.ToSnapshot();

        var viaContext = JsonSerializer.Serialize(snapshot, MentorshipJsonContext.Default.PairingRegisterSnapshot);
        var viaOptions = JsonSerializer.Serialize(snapshot, MentorshipJson.Options);

        JsonNode.DeepEquals(JsonNode.Parse(viaContext), JsonNode.Parse(viaOptions)).Should().BeTrue();
        viaContext.Should().Contain("\"2026-09-01\"");
    }

    [Fact]
    public void EveryPublicSnapshotOfTheCore_IsKnownToTheResolver()
    {
        var snapshots = typeof(MenteeBank).Assembly.GetExportedTypes()
            .Where(t => t.Name.EndsWith("Snapshot", StringComparison.Ordinal) || t.Name.EndsWith("SnapshotParts", StringComparison.Ordinal))
            .ToArray();

        snapshots.Should().HaveCountGreaterThan(20);
        snapshots.Where(t => !MentorshipJson.Options.TryGetTypeInfo(t, out _)).Select(t => t.FullName)
            .Should().BeEmpty("every snapshot must be listed in MentorshipJsonContext for trimmed and AOT hosts");
    }

    [Fact]
    public void Resolver_CarriesTheContextMetadata_WithoutReflection()
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = MentorshipJson.TypeInfoResolver };

        var info = options.GetTypeInfo(typeof(MentorBankSnapshot));

        info.Kind.Should().Be(System.Text.Json.Serialization.Metadata.JsonTypeInfoKind.Object);
        info.Properties.Select(p => p.Name).Should().Contain(["Bank", "Entries"]);
        options.TryGetTypeInfo(typeof(Uri), out _).Should().BeFalse();
    }

    [Fact]
    public void ABareSnapshot_AsHostsWroteItBeforeThePackage_IsReadAsSchemaOne()
    {
        var legacy = new JsonSerializerOptions { TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver() }
            .ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        legacy.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
        var bare = JsonSerializer.Serialize(_year.Mentees.ToSnapshot(), legacy);

        var back = MentorshipJson.Deserialize<MenteeBankSnapshot>(bare);

        MentorshipJson.Serialize(back).Should().Be(MentorshipJson.Serialize(_year.Mentees.ToSnapshot()));
    }

    [Fact]
    public void ANewerSchema_IsRefused_SayingWhichVersions()
    {
        var json = MentorshipJson.Serialize(_year.Mentors.ToSnapshot()).Replace("\"schemaVersion\":1", "\"schemaVersion\":2", StringComparison.Ordinal);

        var act = () => MentorshipJson.Deserialize<MentorBankSnapshot>(json);

        act.Should().Throw<JsonException>().WithMessage("*MentorBankSnapshot*schema version 2*reads up to 1*");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("\"1\"")]
    [InlineData("1.5")]
    public void AnInvalidSchemaVersion_IsRefused(string version)
    {
        var json = MentorshipJson.Serialize(_year.Mentors.ToSnapshot()).Replace("\"schemaVersion\":1", "\"schemaVersion\":" + version, StringComparison.Ordinal);

        var act = () => MentorshipJson.Deserialize<MentorBankSnapshot>(json);

        act.Should().Throw<JsonException>().WithMessage("*invalid schemaVersion*");
    }

    [Fact]
    public void AnotherKind_IsRefused()
    {
        var json = MentorshipJson.Serialize(_year.Mentors.ToSnapshot());

        var act = () => MentorshipJson.Deserialize<MenteeBankSnapshot>(json);

        act.Should().Throw<JsonException>().WithMessage("*is a MentorBankSnapshot, not a MenteeBankSnapshot*");
    }

    [Theory]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{\"schemaVersion\":1,\"kind\":\"MentorBankSnapshot\",\"snapshot\":null}")]
    public void NoSnapshot_IsRefused(string json)
    {
        var act = () => MentorshipJson.Deserialize<MentorBankSnapshot>(json);

        act.Should().Throw<JsonException>().WithMessage("*MentorBankSnapshot is*not an object*");
    }

    [Fact]
    public void ATypeThatIsNotASnapshot_IsRefused()
    {
        var act = () => MentorshipJson.Serialize(new Uri("https://example.org"));

        act.Should().Throw<NotSupportedException>().WithMessage("*System.Uri*not a snapshot*");
    }

    [Fact]
    public void Options_AreReadOnly_CreateOptions_IsNot()
    {
        MentorshipJson.Options.IsReadOnly.Should().BeTrue();
        var options = MentorshipJson.CreateOptions();
        options.IsReadOnly.Should().BeFalse();
        options.TypeInfoResolverChain.Should().ContainSingle().Which.Should().BeSameAs(MentorshipJson.TypeInfoResolver);
        typeof(MentorshipJson).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Should().NotStartWith("0.0.0");
    }
}
