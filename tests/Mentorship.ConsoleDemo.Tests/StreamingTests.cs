using System.Text.Json;
using Mentorship.ConsoleDemo.Commands;
using Spectre.Console;

namespace Mentorship.ConsoleDemo.Tests;

/// <summary>The match command on a large input: the JSON reaches the output in pieces, and the phases are reported.</summary>
public sealed class StreamingTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("streaming-tests").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void LargeMatch_StreamsTheJsonInPiecesAndReportsProgress()
    {
        var mentors = Path.Combine(_folder, "mentors.csv");
        var mentees = Path.Combine(_folder, "mentees.csv");
        File.WriteAllText(mentors, "id,name,organization,competencies,capacity,subjects\n" + string.Concat(Enumerable.Range(0, 1000).Select(i => $"T{i},X,A,digital:{1 + (i % 3)};contests:2,2,\n")));
        File.WriteAllText(mentees, "id,name,organization,requests,subjects,excluded_mentors\n" + string.Concat(Enumerable.Range(0, 1500).Select(i => $"S{i},X,A,digital;contests,,\n")));
        var error = new StringWriter();
        var output = new RecordingStream();

        new MatchCommand(error, () => output).Run(["--mentors", mentors, "--mentees", mentees], AnsiConsole.Console).Should().Be(0, error.ToString());

        var json = output.Bytes.ToArray();
        JsonDocument.Parse(json).RootElement.GetProperty("summary").GetProperty("matched").GetInt32().Should().Be(1500);
        json.Length.Should().BeGreaterThan(3 * MatchingJsonWriter.FlushBytes);
        output.LargestWrite.Should().BeLessThan(2 * MatchingJsonWriter.FlushBytes, "the writer passes the JSON on as it goes, not as one document at the end");
        error.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(' ')[1]).Should().Equal("прочитано:", "подобрано", "готово");
    }

    /// <summary>Standard output that remembers what it got and the largest single write.</summary>
    private sealed class RecordingStream : Stream
    {
        public MemoryStream Bytes { get; } = new();

        public int LargestWrite { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            LargestWrite = Math.Max(LargestWrite, buffer.Length);
            Bytes.Write(buffer);
        }
    }
}
