using System.Text;
using Mentorship.Domain.Monitoring.Questionnaires;
using Mentorship.Domain.Tests.TestHelpers;

namespace Mentorship.Domain.Tests.Monitoring.Questionnaires;

/// <summary>
/// The built-in Russian forms word for word (<c>Monitoring/Golden/instruments.txt</c>): each form's code, title, role,
/// wave and instruction, and each question's code, kind, whether it must be answered and its wording; then which form
/// the set gives for every role and wave. A methodologist reads these texts on paper; a changed word is a changed form.
/// </summary>
public class RussianInstrumentsGoldenTests
{
    [Fact]
    public void DefaultSet_EveryFormAndQuestion_IsApproved()
    {
        var text = new StringBuilder();
        var set = RussianInstruments.Default;
        foreach (var instrument in set.Instruments)
        {
            text.Append($"{instrument}\n{instrument.Code} | {instrument.Title} | {instrument.Role} | {instrument.Wave}\n{instrument.Instruction}\n");
            foreach (var item in instrument.Items)
            {
                text.Append($"  {item} required={item.Required}: {item.Text}\n");
                instrument.FindItem(item.Code).Should().BeSameAs(item);
            }

            set.Find(instrument.Code).Should().BeSameAs(instrument);
        }

        foreach (var role in Enum.GetValues<RespondentRole>())
        {
            foreach (var wave in Enum.GetValues<SurveyWave>())
            {
                text.Append($"{role} {wave}: {set.Find(role, wave)?.Code ?? "-"}\n");
            }
        }

        Golden.Check("Monitoring", "instruments.txt", text.ToString());
    }
}
