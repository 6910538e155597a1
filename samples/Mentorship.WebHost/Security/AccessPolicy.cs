using static Mentorship.WebHost.Security.Role;
using static Mentorship.WebHost.Security.Scope;

namespace Mentorship.WebHost.Security;

/// <summary>
/// THE access table of the host: every API operation (by its OpenAPI operation id) and every page (by its path) with
/// who may call it and on what. Nothing else grants access: an endpoint or page missing here stops the host at start,
/// and the tests try every operation of the OpenAPI document anonymously and as each role against this table. An
/// entry marked <c>Audited</c> writes each successful call to the audit log (a page's posts as changes).
/// </summary>
public static class AccessPolicy
{
    private const Role Readers = Coordinator | Director;
    private const Role Participants = Mentor | Mentee;
    private const Role Everyone = Municipal | Coordinator | Director | Mentor | Mentee;

    private static readonly Access ReadInOrganization = Access.Of(new Grant(Readers, OwnOrganization));
    private static readonly Access CoordinatorOnly = Access.Of(new Grant(Coordinator, OwnOrganization));

    /// <summary>The API operations by operation id.</summary>
    public static IReadOnlyDictionary<string, Access> Operations { get; } = new Dictionary<string, Access>(StringComparer.Ordinal)
    {
        // Accounts
        ["Login"] = Access.Anonymous,
        ["Logout"] = Access.Anonymous,
        ["ListAuditLog"] = CoordinatorOnly,
        ["GetCurrentAccount"] = Access.Of(new Grant(Everyone, Everywhere)),
        ["CreateAccount"] = Access.Of(new Grant(Municipal | Coordinator, Everywhere)),

        // Organisations: the municipality creates them; staff see their own.
        ["ListOrganizations"] = Access.Of(new Grant(Municipal | Readers, Everywhere)),
        ["GetOrganization"] = Access.Of(new Grant(Municipal, Everywhere), new Grant(Readers, OwnOrganization)),
        ["CreateOrganization"] = Access.Of(new Grant(Municipal, Everywhere)),

        // Banks: personal data; a participant reads and exports their own entry.
        ["GetMenteeBank"] = ReadInOrganization.Audited(AuditAction.Read),
        ["OpenMenteeBank"] = CoordinatorOnly,
        ["AdmitMentee"] = CoordinatorOnly.Audited(AuditAction.Change),
        ["GetMentee"] = Access.Of(new Grant(Readers, OwnOrganization), new Grant(Mentee, OwnEntry)).Audited(AuditAction.Read),
        ["ChangeMenteeRequests"] = CoordinatorOnly.Audited(AuditAction.Change),
        ["ExcludeMentor"] = CoordinatorOnly.Audited(AuditAction.Change),
        ["ExportMenteePersonalData"] = Access.Of(new Grant(Coordinator, OwnOrganization), new Grant(Mentee, OwnEntry)).Audited(AuditAction.Export),
        ["WithdrawMenteeConsent"] = CoordinatorOnly.Audited(AuditAction.Erase),
        ["RemoveMentee"] = CoordinatorOnly.Audited(AuditAction.Erase),
        ["GetMentorBank"] = ReadInOrganization.Audited(AuditAction.Read),
        ["OpenMentorBank"] = CoordinatorOnly,
        ["AdmitMentor"] = CoordinatorOnly.Audited(AuditAction.Change),
        ["GetMentor"] = Access.Of(new Grant(Readers, OwnOrganization), new Grant(Mentor, OwnEntry)).Audited(AuditAction.Read),
        ["ChangeMentorCompetencies"] = CoordinatorOnly.Audited(AuditAction.Change),
        ["ChangeMentorCapacity"] = CoordinatorOnly.Audited(AuditAction.Change),
        ["RecordMentorTraining"] = CoordinatorOnly.Audited(AuditAction.Change),
        ["RecordMentoringConsent"] = CoordinatorOnly.Audited(AuditAction.Change),
        ["ExportMentorPersonalData"] = Access.Of(new Grant(Coordinator, OwnOrganization), new Grant(Mentor, OwnEntry)).Audited(AuditAction.Export),
        ["WithdrawMentorConsent"] = CoordinatorOnly.Audited(AuditAction.Erase),
        ["RemoveMentor"] = CoordinatorOnly.Audited(AuditAction.Erase),

        // Matching
        ["ProposeMatching"] = ReadInOrganization.Audited(AuditAction.Read),
        ["ExplainPair"] = ReadInOrganization,

        // Roadmap
        ["GetRoadmap"] = ReadInOrganization,
        ["ImportRoadmap"] = CoordinatorOnly,
        ["GetAgenda"] = ReadInOrganization,
        ["RecordWorkDone"] = CoordinatorOnly,

        // Pairs and groups: the director signs the fixing order.
        ["GetPairing"] = ReadInOrganization,
        ["ProposePairsFromMatching"] = CoordinatorOnly,
        ["RecordUnitConsents"] = CoordinatorOnly,
        ["ActivateUnit"] = CoordinatorOnly,
        ["GetNoticeRule"] = ReadInOrganization,
        ["GetUnit"] = Access.Of(new Grant(Readers, OwnOrganization), new Grant(Participants, OwnUnit)),
        ["CompleteUnit"] = CoordinatorOnly,
        ["TerminateUnitEarly"] = CoordinatorOnly,
        ["ReplaceMentor"] = CoordinatorOnly,
        ["RegisterExternalMentor"] = CoordinatorOnly,
        ["AddMenteeToGroup"] = CoordinatorOnly,
        ["ReleaseMenteeFromGroup"] = CoordinatorOnly,
        ["MoveMentee"] = CoordinatorOnly,
        ["WithdrawConsentInPairing"] = CoordinatorOnly.Audited(AuditAction.Erase),
        ["GetOrderText"] = ReadInOrganization.Audited(AuditAction.Read),
        ["GetOrderDocx"] = ReadInOrganization.Audited(AuditAction.Read),
        ["IssueFixingOrder"] = Access.Of(new Grant(Readers, OwnOrganization)),

        // Programmes: the director approves; the mentor marks the plan of their own unit.
        ["ListProgrammes"] = ReadInOrganization,
        ["DraftProgramme"] = CoordinatorOnly,
        ["ApproveProgramme"] = Access.Of(new Grant(Readers, OwnOrganization)),
        ["MarkPlanItemDone"] = Access.Of(new Grant(Coordinator, OwnOrganization), new Grant(Mentor, OwnUnit)),
        ["RemovePlanItemDoneMark"] = Access.Of(new Grant(Coordinator, OwnOrganization), new Grant(Mentor, OwnUnit)),
        ["GetProgrammeText"] = Access.Of(new Grant(Readers, OwnOrganization), new Grant(Participants, OwnUnit)).Audited(AuditAction.Read),

        ["GetProgrammeDocx"] = Access.Of(new Grant(Readers, OwnOrganization), new Grant(Participants, OwnUnit)).Audited(AuditAction.Read),

        // Staff list
        ["GetStaffList"] = ReadInOrganization.Audited(AuditAction.Read),
        ["PutStaffMember"] = CoordinatorOnly.Audited(AuditAction.Change),
        ["RemoveStaffMember"] = CoordinatorOnly.Audited(AuditAction.Erase),

        // Monitoring: indicators and reports hold counts, not people; the municipality reads every organisation's.
        ["GetIndicators"] = Access.Of(new Grant(Municipal, Everywhere), new Grant(Readers, OwnOrganization)),
        ["GetMonitoringReport"] = Access.Of(new Grant(Municipal, Everywhere), new Grant(Readers, OwnOrganization)),
        ["GetAnalyticalReport"] = Access.Of(new Grant(Municipal, Everywhere)),
        ["GetMonitoringReportDocx"] = Access.Of(new Grant(Municipal, Everywhere), new Grant(Readers, OwnOrganization)),
        ["GetAnalyticalReportDocx"] = Access.Of(new Grant(Municipal, Everywhere)),
        ["ListQuestionnaireForms"] = Access.Of(new Grant(Everyone, Everywhere)),
        ["ListQuestionnaireResponses"] = ReadInOrganization,
        ["RecordQuestionnaireResponse"] = CoordinatorOnly,
    };

    /// <summary>The pages by their path; a coordinator's page is read-only for the director.</summary>
    public static IReadOnlyDictionary<string, Access> Pages { get; } = new Dictionary<string, Access>(StringComparer.Ordinal)
    {
        ["/Account/Login"] = Access.Anonymous,
        ["/NotFound"] = Access.Anonymous,
        ["/Index"] = Access.Of(new Grant(Everyone, Everywhere)),
        ["/Me"] = Access.Of(new Grant(Participants, Everywhere)).Audited(AuditAction.Read), // the page reads the account's own educator only
        ["/Year"] = StaffPage().Audited(AuditAction.Read), // names of waiting mentees and mentors
        ["/Banks"] = StaffPage().Audited(AuditAction.Read),
        ["/Matching"] = StaffPage().Audited(AuditAction.Read),
        ["/Pairs"] = StaffPage().Audited(AuditAction.Read),
        ["/Unit"] = StaffPage().Audited(AuditAction.Read),
        ["/Programme"] = StaffPage().Audited(AuditAction.Read),
        ["/Agenda"] = StaffPage(),
        ["/Questionnaires"] = StaffPage().Audited(AuditAction.Read),
        ["/Staff"] = StaffPage().Audited(AuditAction.Read),
        ["/Municipality"] = Access.Of(new Grant(Municipal, Everywhere, ReadsOnly: true)), // counts only, no personal data
        ["/Import"] = Access.Of(new Grant(Coordinator, OwnOrganization)).Audited(AuditAction.Change), // changes the banks' entries
        ["/Indicators"] = Access.Of(new Grant(Municipal, Everywhere, ReadsOnly: true), new Grant(Readers, OwnOrganization, ReadsOnly: true)),
    };

    private static Access StaffPage() =>
        Access.Of(new Grant(Coordinator, OwnOrganization), new Grant(Director, OwnOrganization, ReadsOnly: true));
}
