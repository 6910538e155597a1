// Checks a symbols package (.snupkg): every portable PDB in it must embed the full text of the source file
// named on the command line, so that a debugger steps into the library with no access to the repository.
//
//   dotnet run eng/check-symbols.cs -- <package.snupkg> <file name, e.g. MinCostFlowSolver.cs> [--deterministic]
//
// --deterministic also demands CI paths (/_/…, ContinuousIntegrationBuild). Prints one line per PDB: documents,
// embedded documents, the path of the wanted file and whether SourceLink is present. Exit code 0 when all pass.
using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Text;

if (args.Length < 2)
{
    Console.Error.WriteLine("usage: check-symbols.cs <package.snupkg> <file name> [--deterministic]");
    return 2;
}

var package = args[0];
var wanted = args[1];
var deterministic = args.Contains("--deterministic");
var embeddedSourceKind = new Guid("0E8A571B-6926-466E-B4AD-8AB04611F5FE");
var sourceLinkKind = new Guid("CC110556-A091-4D38-9FEC-25AB9A351A6A");

using var zip = ZipFile.OpenRead(package);
var pdbs = zip.Entries.Where(e => e.FullName.EndsWith(".pdb", StringComparison.OrdinalIgnoreCase)).ToList();
if (pdbs.Count == 0)
{
    Console.Error.WriteLine($"{package}: no PDB inside");
    return 1;
}

var failures = 0;
foreach (var entry in pdbs)
{
    using var buffer = new MemoryStream();
    using (var stream = entry.Open())
    {
        stream.CopyTo(buffer);
    }

    buffer.Position = 0;
    using var provider = MetadataReaderProvider.FromPortablePdbStream(buffer);
    var reader = provider.GetMetadataReader();
    var embedded = 0;
    string? wantedPath = null;
    string? wantedText = null;
    foreach (var handle in reader.Documents)
    {
        var name = reader.GetString(reader.GetDocument(handle).Name);
        var text = EmbeddedText(reader, handle, embeddedSourceKind);
        if (text is not null)
        {
            embedded++;
        }

        if (name.EndsWith("/" + wanted, StringComparison.Ordinal) || name.EndsWith("\\" + wanted, StringComparison.Ordinal))
        {
            wantedPath = name;
            wantedText = text;
        }
    }

    var sourceLink = reader.GetCustomDebugInformation(EntityHandle.ModuleDefinition)
        .Any(h => reader.GetGuid(reader.GetCustomDebugInformation(h).Kind) == sourceLinkKind);
    var problems = new List<string>();
    if (wantedPath is null)
    {
        problems.Add($"{wanted} is not among its documents");
    }
    else if (wantedText is null || !wantedText.Contains(Path.GetFileNameWithoutExtension(wanted), StringComparison.Ordinal))
    {
        problems.Add($"{wanted} is listed but its text is not embedded");
    }

    if (embedded < reader.Documents.Count)
    {
        problems.Add($"{reader.Documents.Count - embedded} documents are not embedded");
    }

    if (deterministic && wantedPath is not null && !wantedPath.StartsWith("/_/", StringComparison.Ordinal))
    {
        problems.Add($"the path {wantedPath} is not deterministic (/_/…)");
    }

    Console.WriteLine($"{entry.FullName}: {reader.Documents.Count} documents, {embedded} embedded; {wanted} at {wantedPath ?? "-"}"
        + $" ({wantedText?.Length ?? 0} chars); SourceLink {(sourceLink ? "present" : "absent (no git remote)")}"
        + (problems.Count == 0 ? "" : "; FAILED: " + string.Join("; ", problems)));
    failures += problems.Count == 0 ? 0 : 1;
}

return failures == 0 ? 0 : 1;

// The embedded source blob: a 4-byte uncompressed length (0 = stored as is), then the text, deflated when the
// length is not 0.
static string? EmbeddedText(MetadataReader reader, DocumentHandle document, Guid embeddedSourceKind)
{
    foreach (var handle in reader.GetCustomDebugInformation(document))
    {
        var info = reader.GetCustomDebugInformation(handle);
        if (reader.GetGuid(info.Kind) != embeddedSourceKind)
        {
            continue;
        }

        var blob = reader.GetBlobBytes(info.Value);
        var length = BitConverter.ToInt32(blob, 0);
        if (length == 0)
        {
            return Encoding.UTF8.GetString(blob, 4, blob.Length - 4);
        }

        using var deflate = new DeflateStream(new MemoryStream(blob, 4, blob.Length - 4), CompressionMode.Decompress);
        using var text = new StreamReader(deflate, Encoding.UTF8);
        return text.ReadToEnd();
    }

    return null;
}
