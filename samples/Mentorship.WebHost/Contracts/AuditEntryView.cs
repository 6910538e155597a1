using Mentorship.WebHost.Security;
using NodaTime;

namespace Mentorship.WebHost.Contracts;

/// <summary>A line of the audit log: identifiers only.</summary>
/// <param name="At">When.</param>
/// <param name="UserName">Who.</param>
/// <param name="Action">What was done.</param>
/// <param name="Operation">Through which operation or page.</param>
/// <param name="Subject">Whose data: the person's identifier (several separated by spaces), a pair's or group's as <c>unit:…</c>, or <c>*</c> for a list of people.</param>
public sealed record AuditEntryView(Instant At, string UserName, AuditAction Action, string Operation, string Subject);
