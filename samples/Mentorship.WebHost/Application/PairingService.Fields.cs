using Mentorship.Domain.Banks;
using Mentorship.Domain.Pairing;
using Mentorship.Domain.Pairing.Programmes;

namespace Mentorship.WebHost.Application;

/// <summary>
/// Which form field each of the core's refusals concerns, per command, named by the rules' code constants: a renamed or
/// removed code breaks the build here instead of sending its error to the wrong field. A code not named falls back to
/// <see cref="ViolationFields.Default"/>.
/// </summary>
public sealed partial class PairingService
{
    private static readonly string[] UnitStatusCodes =
    [
        UnitStatusRule.UnknownUnit, UnitStatusRule.NotCollectingConsents, UnitStatusRule.NotAwaitingOrder, UnitStatusRule.NotFixed,
        UnitStatusRule.NotActive, UnitStatusRule.NotRunning, UnitStatusRule.NotCancellable,
    ];

    private static readonly string[] ParticipantsCodes =
    [
        ParticipantsRule.NoMentee, ParticipantsRule.MenteeRepeated, ParticipantsRule.MentorIsMentee, ParticipantsRule.AnonymisedIdentifier,
        ParticipantsRule.VariantWithoutEducatorPair,
    ];

    private static readonly string[] GroupSizeCodes = [GroupSizeRule.GroupTooSmall, GroupSizeRule.GroupTooLarge, GroupSizeRule.IndividualNeedsOneMentee];

    private static readonly string[] OrderNumberCodes = [OrderRule.NumberTaken, OrderRule.NoUnits, OrderRule.UnitRepeated];

    private static readonly string[] MentorAgreementCodes =
    [
        MentorAgreementRule.Missing, MentorAgreementRule.PeriodNotCovered, MentorAgreementRule.FormDiffers, MentorAgreementRule.SignedTooLate,
        MentorAgreementRule.PayNotStated,
    ];

    private static readonly string[] MenteeConsentCodes = [MenteeConsentRule.Missing, MenteeConsentRule.NotAMentee, MenteeConsentRule.SignedTooLate];

    private static readonly string[] ProgramStatusCodes =
        [ProgramStatusRule.NotDraft, ProgramStatusRule.NotApproved, ProgramStatusRule.NotOpen, ProgramStatusRule.UnitNotOpen];

    private static readonly ViolationFields ProposalFields = Fields(
        ("matching", [MenteeSingleUnitRule.AlreadyInUnit, MentorLoadRule.OverCapacity, .. ParticipantsCodes]),
        ("groups", GroupSizeCodes),
        ("periodEnd", [ProgramPeriodRule.OutsideRange]));

    private static readonly ViolationFields ConsentFields = Fields(
        ("signedOn", [.. MentorAgreementCodes, .. MenteeConsentCodes]),
        ("unitId", UnitStatusCodes));

    private static readonly ViolationFields FixingOrderFields = Fields(
        ("number", [OrderRule.NumberTaken]),
        ("date", [OrderRule.DatedBeforeProposal]),
        ("units", [OrderRule.NoUnits, OrderRule.UnitRepeated, .. MentorAgreementCodes, .. MenteeConsentCodes, .. UnitStatusCodes]));

    private static readonly ViolationFields ActivationFields = Fields(
        ("on", [ActivationRule.BeforeOrder, ActivationRule.OutsidePeriod]),
        ("unitId", UnitStatusCodes));

    private static readonly ViolationFields CompletionFields = Fields(
        ("on", [CompletionRule.BeforePeriodEnd, CompletionRule.BeforeLastChange]),
        ("unitId", UnitStatusCodes),
        ("conclusions", ProgramStatusCodes));

    private static readonly ViolationFields EarlyTerminationFields = Fields(
        ("unitId", UnitStatusCodes),
        ("grounds", [EarlyTerminationRule.ReservedGrounds]),
        ("orderDate", [EarlyTerminationRule.OrderAfterEnd, OrderRule.DatedBeforeProposal]),
        ("endsOn", [EarlyTerminationRule.NotEarly, EarlyTerminationRule.BeforeLastChange, NoticePeriodRule.TooShort]),
        ("noticeGivenOn", [NoticePeriodRule.BeforeOrder]),
        ("orderNumber", OrderNumberCodes));

    private static readonly ViolationFields ReplacementFields = Fields(
        ("unitId", UnitStatusCodes),
        ("newMentor", [ReplacementRule.SameMentor, ReplacementRule.NewMentorIsMentee, MentorLoadRule.OverCapacity, ExternalMentorRule.FormNotVirtual, .. ParticipantsCodes]),
        ("orderDate", [ReplacementRule.OrderAfterEffective, OrderRule.DatedBeforeProposal]),
        ("effectiveOn", [ReplacementRule.OutsidePeriod, ReplacementRule.NotAfterLastChange, NoticePeriodRule.TooShort]),
        ("agreementSignedOn", MentorAgreementCodes),
        ("noticeGivenOn", [NoticePeriodRule.BeforeOrder]),
        ("orderNumber", OrderNumberCodes));

    private static readonly ViolationFields ExternalMentorFields = Fields(
        ("organizationId", [ExternalMentorRule.SameOrganization, ExternalMentorRule.FormNotVirtual, ExternalMentorRule.NotRegistered, ExternalMentorRule.OrganizationDiffers]),
        ("mentor", [ExternalMentorRule.AlreadyOwnMentor, .. ParticipantsCodes]),
        ("capacity", [MentorLoadRule.OverCapacity, MentorCapacityRule.BelowOne]));

    private static readonly ViolationFields JoinFields = Fields(
        ("unitId", [GroupMembershipRule.NotAGroup, .. UnitStatusCodes]),
        ("firstDay", [GroupMembershipRule.OutsidePeriod, GroupMembershipRule.BeforeOrder]),
        ("mentee", [GroupMembershipRule.AlreadyMember, MenteeSingleUnitRule.AlreadyInUnit, .. GroupSizeCodes, .. ParticipantsCodes]),
        ("consentSignedOn", MenteeConsentCodes),
        ("orderDate", [OrderRule.DatedBeforeProposal]),
        ("orderNumber", OrderNumberCodes));

    private static readonly ViolationFields ReleaseFields = Fields(
        ("unitId", [GroupMembershipRule.NotAGroup, .. UnitStatusCodes]),
        ("lastDay", [GroupMembershipRule.OutsidePeriod, GroupMembershipRule.BeforeOrder]),
        ("mentee", [GroupMembershipRule.NotAMember, .. GroupSizeCodes]),
        ("orderDate", [OrderRule.DatedBeforeProposal]),
        ("orderNumber", OrderNumberCodes));

    private static readonly ViolationFields MoveFields = Fields(
        ("unitId", [GroupMembershipRule.NotAGroup, .. UnitStatusCodes]),
        ("firstDay", [GroupMembershipRule.OutsidePeriod, GroupMembershipRule.BeforeOrder]),
        ("mentee", [GroupMembershipRule.NotAMember, GroupMembershipRule.AlreadyMember, MenteeSingleUnitRule.AlreadyInUnit, .. GroupSizeCodes, .. ParticipantsCodes]),
        ("consentSignedOn", MenteeConsentCodes),
        ("orderDate", [OrderRule.DatedBeforeProposal]),
        ("orderNumber", OrderNumberCodes));

    private static readonly ViolationFields WithdrawalFields = Fields(
        ("on", [ConsentWithdrawalRule.BeforeLastChange]),
        ("orderNumber", [ConsentWithdrawalRule.OrderRequired, .. OrderNumberCodes]));

    // Each entry names a whole catalogue code, and no code of the catalogue begins another, so an entry matches its own
    // code only (ViolationFields compares beginnings).
    private static ViolationFields Fields(params (string Field, string[] Codes)[] entries) =>
        entries.Aggregate(ViolationFields.Default, (fields, entry) => entry.Codes.Aggregate(fields, (f, code) => f.With(code, entry.Field)));
}
