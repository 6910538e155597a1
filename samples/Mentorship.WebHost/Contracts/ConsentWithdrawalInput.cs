using NodaTime;

namespace Mentorship.WebHost.Contracts;

/// <summary>
/// A person's withdrawal of consent to personal-data processing (152-ФЗ), carried into the year's register, programmes
/// and banks (the person is named in the route): the day (default today) and, when it ends running pairs or groups (art. 351.8), the order on
/// their early termination.
/// </summary>
public sealed record ConsentWithdrawalInput(LocalDate? On, string? OrderNumber, LocalDate? OrderDate);
