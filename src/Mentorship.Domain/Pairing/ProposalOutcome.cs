using Mentorship.Domain.Common;
using OneOf;

namespace Mentorship.Domain.Pairing;

/// <summary>
/// The outcome of <see cref="PairingRegister.Propose"/>: the proposed unit; or warnings to acknowledge first; or a
/// <see cref="Rejection"/> naming every broken rule. Only the first case changes the register.
/// </summary>
public sealed class ProposalOutcome : OneOfBase<MentoringUnit, AcknowledgementRequired, Rejection>
{
    private ProposalOutcome(OneOf<MentoringUnit, AcknowledgementRequired, Rejection> value)
        : base(value)
    {
    }

    /// <summary>Whether the unit was proposed.</summary>
    public bool IsProposed => IsT0;

    /// <summary>Whether warnings must be acknowledged first.</summary>
    public bool NeedsAcknowledgement => IsT1;

    /// <summary>Whether rules were broken.</summary>
    public bool IsRejected => IsT2;

    /// <summary>The proposed unit; throws <see cref="System.InvalidOperationException"/> otherwise.</summary>
    public MentoringUnit Unit => AsT0;

    /// <summary>The warnings to acknowledge; throws <see cref="System.InvalidOperationException"/> otherwise.</summary>
    public AcknowledgementRequired Acknowledgement => AsT1;

    /// <summary>The rejection; throws <see cref="System.InvalidOperationException"/> otherwise.</summary>
    public Rejection Rejection => AsT2;

    internal static ProposalOutcome Proposed(MentoringUnit unit) => new(unit);

    internal static ProposalOutcome Warn(AcknowledgementRequired warnings) => new(warnings);

    internal static ProposalOutcome Refused(Rejection rejection) => new(rejection);
}
