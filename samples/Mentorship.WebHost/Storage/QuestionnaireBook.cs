namespace Mentorship.WebHost.Storage;

/// <summary>The questionnaire responses an organisation collected in a year (the entry, interim and final waves).</summary>
public sealed class QuestionnaireBook
{
    private readonly List<ResponseRecord> _responses;

    public QuestionnaireBook(IEnumerable<ResponseRecord>? responses = null) => _responses = [.. responses ?? []];

    public IReadOnlyList<ResponseRecord> Responses => _responses;

    public bool Contains(string id) => _responses.Any(r => string.Equals(r.Id, id, StringComparison.Ordinal));

    public void Add(ResponseRecord response) => _responses.Add(response ?? throw new ArgumentNullException(nameof(response)));

    /// <summary>
    /// A respondent who withdrew consent: their responses stay under the pseudonym the register gave them (counts and
    /// means stay), or go when there is none; true when the book changed.
    /// </summary>
    public bool EraseRespondent(string id, string? pseudonym)
    {
        var changed = false;
        for (var i = _responses.Count - 1; i >= 0; i--)
        {
            if (string.Equals(_responses[i].Respondent, id, StringComparison.Ordinal))
            {
                if (pseudonym is null)
                {
                    _responses.RemoveAt(i);
                }
                else
                {
                    _responses[i] = _responses[i] with { Respondent = pseudonym };
                }

                changed = true;
            }
        }

        return changed;
    }
}
