using System.Globalization;
using Microsoft.AspNetCore.Identity;

namespace Mentorship.WebHost.Security;

/// <summary>Identity's refusals in Russian (the codes stay Identity's own).</summary>
public sealed class RussianIdentityErrors : IdentityErrorDescriber
{
    /// <inheritdoc/>
    public override IdentityError DefaultError() => Error(nameof(DefaultError), "Не удалось выполнить действие с учётной записью.");

    /// <inheritdoc/>
    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), "Учётную запись одновременно изменил другой пользователь; повторите.");

    /// <inheritdoc/>
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "Неверный пароль.");

    /// <inheritdoc/>
    public override IdentityError InvalidUserName(string? userName) =>
        Error(nameof(InvalidUserName), "Имя пользователя состоит из строчных латинских букв, цифр, дефиса, точки и подчёркивания.");

    /// <inheritdoc/>
    public override IdentityError DuplicateUserName(string userName) =>
        Error(nameof(DuplicateUserName), string.Create(CultureInfo.InvariantCulture, $"Имя пользователя «{userName}» уже занято."));

    /// <inheritdoc/>
    public override IdentityError DuplicateRoleName(string role) => Error(nameof(DuplicateRoleName), "Такая роль уже есть.");

    /// <inheritdoc/>
    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), "У учётной записи уже есть эта роль.");

    /// <inheritdoc/>
    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), string.Create(CultureInfo.InvariantCulture, $"Пароль не короче {length} символов."));

    /// <inheritdoc/>
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), string.Create(CultureInfo.InvariantCulture, $"В пароле не меньше {uniqueChars} разных символов."));

    /// <inheritdoc/>
    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "В пароле нужна цифра.");

    /// <inheritdoc/>
    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), "В пароле нужна строчная буква.");

    /// <inheritdoc/>
    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), "В пароле нужна заглавная буква.");

    /// <inheritdoc/>
    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), "В пароле нужен знак, не буква и не цифра.");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
