using System.Text;
using CsCheck;
using Mentorship.ConsoleDemo.Commands;
using Mentorship.ConsoleDemo.Commands.Files;
using Mentorship.ConsoleDemo.Exports;
using Mentorship.Domain.Calendar;
using Mentorship.Domain.People;
using Mentorship.Domain.Roadmap;
using Mentorship.SampleData;
using NodaTime;

namespace Mentorship.ConsoleDemo.Tests;

/// <summary>
/// Random bytes and random mutations of real files fed to every reader: each answer is a result or a named error
/// (<see cref="InputFileException"/>, or the progress file's list of bad lines), never any other exception.
/// </summary>
public sealed class ReaderFuzzTests
{
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "Fixtures", "cdt-small");
    private static readonly byte[] MentorsFile = File.ReadAllBytes(Path.Combine(Fixture, "mentors.csv"));
    private static readonly byte[] MenteesFile = File.ReadAllBytes(Path.Combine(Fixture, "mentees.csv"));
    private static readonly HashSet<EducatorId> MentorIds = [.. Enumerable.Range(1, 12).Select(i => EducatorId.From($"T{i:00}"))];

    /// <summary>Bytes that matter to the readers: quotes, delimiters, line breaks, NUL, byte order marks, 0x98, Cyrillic in 1251 and UTF-8.</summary>
    private static readonly Gen<byte> Interesting = Gen.OneOf(
        Gen.Const((byte)'"'), Gen.Const((byte)','), Gen.Const((byte)';'), Gen.Const((byte)'\n'), Gen.Const((byte)'\r'),
        Gen.Const((byte)':'), Gen.Const((byte)0), Gen.Const((byte)0x98), Gen.Const((byte)0xEF), Gen.Const((byte)0xFF),
        Gen.Const((byte)0xFE), Gen.Const((byte)0xD0), Gen.Const((byte)0xC8), Gen.Const((byte)0x1B), Gen.Byte);

    /// <summary>A file changed by a few edits: a byte replaced, inserted or removed, or a stretch repeated.</summary>
    private static Gen<byte[]> Mutated(byte[] file) =>
        Gen.Select(Gen.Int[0, 3], Gen.Double[0, 1], Interesting, Gen.Int[1, 40])
            .Array[1, 8]
            .Select(edits =>
            {
                var bytes = file.ToList();
                foreach (var (kind, where, value, span) in edits)
                {
                    var at = Math.Min((int)(where * bytes.Count), Math.Max(bytes.Count - 1, 0));
                    switch (kind)
                    {
                        case 0 when bytes.Count > 0:
                            bytes[at] = value;
                            break;
                        case 1:
                            bytes.Insert(at, value);
                            break;
                        case 2 when bytes.Count > 0:
                            bytes.RemoveRange(at, Math.Min(span, bytes.Count - at));
                            break;
                        default:
                            bytes.InsertRange(at, bytes.Skip(at).Take(span).ToArray());
                            break;
                    }
                }

                return bytes.ToArray();
            });

    private static readonly Gen<byte[]> AnyBytes = Gen.OneOf(Gen.Byte.Array[0, 600], Interesting.Array[0, 300]);

    [Fact]
    public void MentorReader_NeverThrowsAnythingButANamedError() =>
        Gen.OneOf(AnyBytes, Mutated(MentorsFile)).Sample(bytes => Outcome(() => MatchingCsvReader.ReadMentors(Source(bytes), RequestTopicCatalog.Standard)), iter: 3000);

    [Fact]
    public void MenteeReader_NeverThrowsAnythingButANamedError() =>
        Gen.OneOf(AnyBytes, Mutated(MenteesFile)).Sample(bytes => Outcome(() => MatchingCsvReader.ReadMentees(Source(bytes), RequestTopicCatalog.Standard, MentorIds, "mentors.csv")), iter: 3000);

    [Fact]
    public void ProgressReader_NeverThrowsAnythingButANamedError()
    {
        var schedule = new RoadmapScheduler(RussianProductionCalendar.Default).Schedule(RoadmapTableImporter.Import(SeedRoadmap.Text).Roadmap, 2025);
        var progress = Encoding.UTF8.GetBytes("# done\n3.1/2;10.03.2025\n3.1/3\t2025-04-28\n");
        Gen.OneOf(AnyBytes, Mutated(progress)).Sample(
            bytes => Outcome(() => RoadmapProgressFile.Read(Source(bytes).ReadToEnd(), schedule, new LocalDate(2025, 9, 15), out _)),
            iter: 2000);
    }

    [Fact]
    public void RoadmapText_DecodesOrIsANamedError() =>
        Gen.OneOf(AnyBytes, Mutated(Encoding.UTF8.GetBytes(SeedRoadmap.Text))).Sample(bytes => Outcome(() => Source(bytes).ReadToEnd()), iter: 1000);

    /// <summary>
    /// The core's table importer under the same fuzz. It found that a responsible party longer than 200 characters
    /// threw <see cref="ArgumentException"/> from <c>ResponsibleParty.From</c> instead of an import error (CsCheck
    /// seed 3tPtIEct8eX2); the importer now reports it as an error of the row.
    /// </summary>
    [Fact]
    public void RoadmapImporter_NeverThrows() =>
        Gen.OneOf(AnyBytes, Mutated(Encoding.UTF8.GetBytes(SeedRoadmap.Text))).Sample(
            bytes => Outcome(() => RoadmapTableImporter.Import(Source(bytes).ReadToEnd())),
            iter: 1000);

    [Fact]
    public void Fixtures_ReadUnchanged()
    {
        MatchingCsvReader.ReadMentors(Source(MentorsFile), RequestTopicCatalog.Standard).Should().HaveCount(8);
        MatchingCsvReader.ReadMentees(Source(MenteesFile), RequestTopicCatalog.Standard, MentorIds, "mentors.csv").Should().NotBeEmpty();
    }

    private static TextSource Source(byte[] bytes) => TextSource.FromStream("fuzz.csv", new MemoryStream(bytes));

    private static void Outcome<T>(Func<T> read)
    {
        try
        {
            read();
        }
        catch (InputFileException e)
        {
            e.Message.Should().StartWith("файл fuzz.csv");
            e.Problem.Should().NotBeNullOrWhiteSpace();
        }
    }
}
