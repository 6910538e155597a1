namespace Mentorship.Domain.Pairing;

/// <summary>The variants of the educator – educator form (вариации формы «учитель – учитель») of the federal methodology.</summary>
public enum EducatorPairVariant
{
    /// <summary>Experienced educator – young specialist (опытный педагог – молодой специалист).</summary>
    ExperiencedToYoungSpecialist = 1,

    /// <summary>Experienced class teacher – young specialist (опытный классный руководитель – молодой специалист).</summary>
    ClassTeacherToYoungSpecialist = 2,

    /// <summary>Leader of the teaching community – educator with professional difficulties (лидер педагогического сообщества – педагог, испытывающий затруднения).</summary>
    CommunityLeaderToEducatorWithDifficulties = 3,

    /// <summary>Innovator – conservative educator (педагог-новатор – консервативный педагог).</summary>
    InnovatorToConservative = 4,

    /// <summary>Experienced subject teacher – inexperienced subject teacher (опытный предметник – неопытный предметник).</summary>
    ExperiencedToInexperiencedSubjectTeacher = 5,
}
