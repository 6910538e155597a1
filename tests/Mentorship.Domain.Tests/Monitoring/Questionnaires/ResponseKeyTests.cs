using Mentorship.Domain.Monitoring.Questionnaires;
using Mentorship.Domain.People;
using Mentorship.Domain.Tests.TestHelpers;

namespace Mentorship.Domain.Tests.Monitoring.Questionnaires;

public class ResponseKeyTests
{
    [Fact]
    public void Equality_ComparesProgrammeRespondentAndRole()
    {
        var mentee = EducatorId.From("S01");
        Equality.Holds(
            new ResponseKey("PP-1", mentee, RespondentRole.Mentee),
            new ResponseKey(new string("PP-1".ToCharArray()), EducatorId.From("S01"), RespondentRole.Mentee),
            new ResponseKey("PP-2", mentee, RespondentRole.Mentee),
            new ResponseKey("PP-1", EducatorId.From("S02"), RespondentRole.Mentee),
            new ResponseKey("PP-1", mentee, RespondentRole.Mentor));
    }
}
