using System.Collections.Generic;
using Mentorship.Domain.People;

namespace Mentorship.Domain.Monitoring.Facts;

/// <summary>One person of an organisation's mentee bank with their bank spans there and their programmes, resolved once (K2).</summary>
internal sealed class BankMember(EducatorId id, List<MenteeBankFact> spans, List<MenteeSpanFact>? programmes)
{
    public EducatorId Id { get; } = id;

    public List<MenteeBankFact> Spans { get; } = spans;

    public List<MenteeSpanFact>? Programmes { get; } = programmes;
}
