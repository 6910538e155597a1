namespace Mentorship.Domain.Monitoring.Practices;

/// <summary>What kind of practice enters the collection of practices (методическая копилка).</summary>
public enum PracticeKind
{
    /// <summary>A case from the work of a pair or group (кейс).</summary>
    Case = 1,

    /// <summary>A lesson plan or the plan of an open lesson (конспект, план занятия).</summary>
    LessonPlan = 2,

    /// <summary>A personalized programme worth reusing (программа).</summary>
    Programme = 3,

    /// <summary>A method or technique (методика, приём).</summary>
    Method = 4,
}
