namespace Mentorship.Domain.Pairing;

/// <summary>The form of mentorship by its participants (форма наставничества по участникам) of the federal methodology.</summary>
public enum ParticipantsForm
{
    /// <summary>Educator – educator (педагог – педагог), the usual form inside a school.</summary>
    EducatorToEducator = 1,

    /// <summary>Manager – educator (руководитель образовательной организации – педагог).</summary>
    ManagerToEducator = 2,

    /// <summary>Employer – student of a pedagogical university or college (работодатель – студент педагогического вуза/колледжа).</summary>
    EmployerToStudent = 3,

    /// <summary>University or college teacher – young educator (педагог вуза/колледжа – молодой педагог).</summary>
    CollegeTeacherToYoungEducator = 4,
}
