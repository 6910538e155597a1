using Mentorship.ConsoleDemo.Commands;
using Mentorship.Domain.Documents;
using Mentorship.Domain.OpenXml.Word;

namespace Mentorship.Domain.OpenXml.Tests.Word;

/// <summary>The demo year's documents, rendered once for all tests, each with its DOCX bytes.</summary>
public static class DemoDocuments
{
    private static readonly Lazy<IReadOnlyList<(string Name, RenderedDocument Document, byte[] Docx)>> All = new(() =>
        DemoDocumentSet.Build().Select(d => (d.FileName, d.Document, WordDocumentWriter.ToBytes(d.Document))).ToArray());

    public static IReadOnlyList<(string Name, RenderedDocument Document, byte[] Docx)> Documents => All.Value;

    public static TheoryData<string> Names
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var d in Documents)
            {
                data.Add(d.Name);
            }

            return data;
        }
    }

    public static (string Name, RenderedDocument Document, byte[] Docx) Get(string name) => Documents.Single(d => d.Name == name);
}
