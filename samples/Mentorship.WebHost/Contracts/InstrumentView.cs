
using Mentorship.Domain.Monitoring.Questionnaires;

namespace Mentorship.WebHost.Contracts;

/// <summary>A questionnaire form: who answers it in which wave, the instruction, the items.</summary>
public sealed record InstrumentView(string Code, string Title, RespondentRole Role, SurveyWave Wave, string Instruction, IReadOnlyList<InstrumentItemView> Items)
{
    internal static InstrumentView Of(QuestionnaireInstrument i) =>
        new(i.Code, i.Title, i.Role, i.Wave, i.Instruction, i.Items.Select(x => new InstrumentItemView(x.Code, x.Text, x.Kind, x.Required)).ToArray());
}
