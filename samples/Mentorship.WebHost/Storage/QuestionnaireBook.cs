namespace Mentorship.WebHost.Storage;

/// <summary>The questionnaire responses an organisation collected in a year (the entry, interim and final waves).</summary>
public sealed class QuestionnaireBook
{
    private readonly List<ResponseRecord> _responses;

    public QuestionnaireBook(IEnumerable<ResponseRecord>? responses = null) => _responses = [.. responses ?? []];

    public IReadOnlyList<ResponseRecord> Responses => _responses;

    public bool Contains(string id) => _responses.Any(r => string.Equals(r.Id, id, StringComparison.Ordinal));

    public void Add(ResponseRecord response) => _responses.Add(response ?? throw new ArgumentNullException(nameof(response)));
}
