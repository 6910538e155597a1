using Mentorship.Domain.Common;
using Mentorship.Domain.People;

namespace Mentorship.Domain.Pairing;

/// <summary>
/// A mentor from another organisation (a city's or a network's) may lead a unit of the register only in the virtual
/// (remote) form, and only once the register knows them as such: their organisation and their capacity are entered
/// explicitly (<see cref="PairingRegister.RegisterExternalMentor"/>), since they are not in this organisation's mentor
/// bank. A proposal that states the mentor's organisation must state the one the register knows.
/// </summary>
public static class ExternalMentorRule
{
    /// <summary>Code: the organisation given as "another" is the register's own.</summary>
    public const string SameOrganization = "external-mentor.same-organization";

    /// <summary>Code: a mentor from another organisation in a form other than the virtual one.</summary>
    public const string FormNotVirtual = "external-mentor.form-not-virtual";

    /// <summary>Code: a proposal names a mentor of another organisation the register has not registered (no capacity known).</summary>
    public const string NotRegistered = "external-mentor.not-registered";

    /// <summary>Code: the organisation stated differs from the one the register knows for the mentor.</summary>
    public const string OrganizationDiffers = "external-mentor.organization-differs";

    /// <summary>Code: the person already leads a unit of the register as one of the organisation's own mentors.</summary>
    public const string AlreadyOwnMentor = "external-mentor.already-own-mentor";

    /// <summary>Checks that an external mentor's organisation is not the register's.</summary>
    /// <param name="registerOrganization">The register's organisation.</param>
    /// <param name="mentorOrganization">The mentor's organisation.</param>
    /// <param name="mentor">The mentor.</param>
    /// <returns>The violation, or <see langword="null"/>.</returns>
    public static RuleViolation? CheckOrganization(OrganizationId registerOrganization, OrganizationId mentorOrganization, EducatorId mentor) =>
        registerOrganization == mentorOrganization
            ? RuleViolation.Create(nameof(ExternalMentorRule), SameOrganization, mentor.Value, ViolationArgument.Identifier("organization", mentorOrganization.Value))
            : null;

    /// <summary>Checks the form of a unit led by a mentor from another organisation.</summary>
    /// <param name="form">The unit's form.</param>
    /// <param name="mentor">The mentor.</param>
    /// <returns>The violation, or <see langword="null"/>.</returns>
    public static RuleViolation? CheckForm(MentorshipForm form, EducatorId mentor) =>
        form == MentorshipForm.Virtual
            ? null
            : RuleViolation.Create(
                nameof(ExternalMentorRule), FormNotVirtual, mentor.Value, ViolationArgument.Identifier("mentor", mentor.Value), ViolationArgument.Term("form", form));

    /// <summary>Checks the organisation a proposal states for its mentor against the one the register knows.</summary>
    /// <param name="mentor">The mentor.</param>
    /// <param name="stated">The organisation the proposal states, or <see langword="null"/> for "as the register knows".</param>
    /// <param name="registered">The organisation the register knows the mentor from, or <see langword="null"/> for its own mentor.</param>
    /// <param name="registerOrganization">The register's organisation.</param>
    /// <returns>The violation, or <see langword="null"/>.</returns>
    public static RuleViolation? CheckStated(EducatorId mentor, OrganizationId? stated, OrganizationId? registered, OrganizationId registerOrganization)
    {
        if (stated is not { } s || s == registered || (s == registerOrganization && registered is null))
        {
            return null;
        }

        return registered is null
            ? RuleViolation.Create(
                nameof(ExternalMentorRule), NotRegistered, mentor.Value, ViolationArgument.Identifier("mentor", mentor.Value), ViolationArgument.Identifier("organization", s.Value))
            : RuleViolation.Create(
                nameof(ExternalMentorRule),
                OrganizationDiffers,
                mentor.Value,
                ViolationArgument.Identifier("mentor", mentor.Value),
                ViolationArgument.Identifier("stated", s.Value),
                ViolationArgument.Identifier("registered", registered.Value.Value));
    }
}
