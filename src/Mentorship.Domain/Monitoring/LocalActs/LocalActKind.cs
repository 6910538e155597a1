namespace Mentorship.Domain.Monitoring.LocalActs;

/// <summary>
/// The kinds of an institution's local acts for mentorship: the deliverables of the seed's roadmap activity 1.1
/// (items 1–5) and the other acts regional monitoring forms ask for, each with a link. The checklist of a report lists
/// them in this order.
/// </summary>
public enum LocalActKind
{
    /// <summary>The order creating the system of mentorship («О создании и функционировании системы наставничества»), seed 1.1 item 1.</summary>
    SystemOrder = 1,

    /// <summary>The regulation on the system of mentorship (Положение о системе наставничества), seed 1.1 item 2.</summary>
    Regulation = 2,

    /// <summary>The roadmap (дорожная карта, план мероприятий) of introducing the system, seed 1.1 item 3.</summary>
    Roadmap = 3,

    /// <summary>An order fixing pairs and groups (приказ о закреплении наставнических пар/групп), seed 1.1 item 4; those the pairing register issues join the list by themselves.</summary>
    FixingOrder = 4,

    /// <summary>The approval of the personalized programmes of mentorship (персонализированные программы), seed 1.1 item 5.</summary>
    PersonalizedPrograms = 5,

    /// <summary>The institution's programme of mentorship (программа наставничества).</summary>
    MentorshipProgramme = 6,

    /// <summary>The order naming the coordinator (приказ о назначении куратора).</summary>
    CoordinatorOrder = 7,

    /// <summary>The act on mentors' material encouragement (положение или приказ о материальном стимулировании наставников).</summary>
    MentorEncouragement = 8,

    /// <summary>The «Наставничество» section of the institution's website.</summary>
    WebsiteSection = 9,
}
