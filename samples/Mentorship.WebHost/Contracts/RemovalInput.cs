using Mentorship.Domain.Banks;
using NodaTime;

namespace Mentorship.WebHost.Contracts;

/// <summary>Takes a person out of a bank for a reason other than a withdrawal of consent; <paramref name="On"/> defaults to today.</summary>
public sealed record RemovalInput(RemovalReason? Reason, LocalDate? On);
