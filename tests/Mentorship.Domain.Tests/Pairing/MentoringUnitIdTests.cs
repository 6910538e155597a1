using Mentorship.Domain.Pairing;
using Mentorship.Domain.Tests.TestHelpers;

namespace Mentorship.Domain.Tests.Pairing;

public class MentoringUnitIdTests
{
    [Fact]
    public void EqualityAndOrder_AreOrdinalOnTheTrimmedValue()
    {
        Equality.Holds(MentoringUnitId.From("P-2026-001"), MentoringUnitId.From(" P-2026-001 "), MentoringUnitId.From("P-2026-002"), MentoringUnitId.From("p-2026-001"), default);
        Equality.Orders(default, MentoringUnitId.From("G-2026-001"), MentoringUnitId.From("P-2026-001"), MentoringUnitId.From("P-2026-002"));
    }
}
