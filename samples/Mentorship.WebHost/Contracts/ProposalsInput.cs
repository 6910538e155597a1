using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.WebHost.Contracts;

/// <summary>
/// Proposes the current matching's pairs (and, with <paramref name="Groups"/>, its groups) for a period of 3 to 12
/// months. <paramref name="MenteeBankVersion"/> and <paramref name="MentorBankVersion"/>, when given, must still be
/// the banks' versions (the proposal the coordinator reviewed); <paramref name="On"/> defaults to today.
/// </summary>
public sealed record ProposalsInput(
    LocalDate? PeriodStart,
    LocalDate? PeriodEnd,
    MentorshipForm? Form,
    bool? Groups,
    int? MenteeBankVersion,
    int? MentorBankVersion,
    LocalDate? On);
