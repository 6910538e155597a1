using System.Collections.Generic;

namespace Mentorship.Domain.OpenXml.Excel;

/// <summary>The columns of the two bank sheets, with their English (CSV specification) and Russian headers.</summary>
internal static class BankColumns
{
    public static readonly BankColumn Id = new("id", "ИД", true, "Идентификатор", "Код");

    public static readonly BankColumn Name = new("name", "ФИО", false, "Фамилия, имя, отчество");

    public static readonly BankColumn Organization = new("organization", "Организация", true, "ОО");

    public static readonly BankColumn Competencies = new("competencies", "Компетенции", true);

    public static readonly BankColumn Capacity = new("capacity", "Мест", true, "Свободных мест", "Места");

    public static readonly BankColumn Subjects = new("subjects", "Предметы", false, "Предмет");

    public static readonly BankColumn Requests = new("requests", "Запросы", true, "Запрос");

    public static readonly BankColumn Excluded = new("excluded_mentors", "Исключённые наставники", false);

    public static IReadOnlyList<BankColumn> Mentor { get; } = [Id, Name, Organization, Competencies, Capacity, Subjects];

    public static IReadOnlyList<BankColumn> Mentee { get; } = [Id, Name, Organization, Requests, Subjects, Excluded];
}
