using System;
using Mentorship.Domain.People;

namespace Mentorship.Domain.Documents;

/// <summary>Which identifiers stand for anonymised people (a register's), for printing.</summary>
internal sealed class PairingAnonymity(Func<EducatorId, bool> isAnonymised)
{
    public static PairingAnonymity None { get; } = new(_ => false);

    public bool IsAnonymised(EducatorId id) => isAnonymised(id);
}
