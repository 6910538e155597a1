using Mentorship.Domain.Pairing;
using Mentorship.WebHost.Contracts;
using Mentorship.WebHost.Storage;

namespace Mentorship.WebHost.Application;

/// <summary>
/// A withdrawal of consent to personal-data processing across the year, in one save: the register gives the notice and
/// ends the person's running units by the order (<see cref="PairingRegister.WithdrawPersonalDataConsent"/>), the
/// programmes drop the person's diagnosis, both banks erase the person (their entry and the references to them), and the
/// staff list and the questionnaire book keep the person's entries under the register's pseudonym.
/// </summary>
public sealed partial class PairingService
{
    public async Task<HostOutcome<ConsentWithdrawalView>> WithdrawConsentAsync(YearKey key, string id, ConsentWithdrawalInput input, int? expectedVersion, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var person = Contracts.Ids.Parse(id, errors, "id");
        OrderReference? order = null;
        if (input.OrderNumber is not null || input.OrderDate is not null)
        {
            order = Order(input.OrderNumber, input.OrderDate, errors);
        }

        if (errors.Any)
        {
            return HostFailure.Invalid(errors);
        }

        var on = input.On ?? clock.Today;
        PersonalDataWithdrawal? done = null;
        var target = new Target($"Журнала наставнических пар и групп {key} нет: отзыв согласия человека, который есть только в банке, оформляется в банке.");
        return await ChangeAsync(
            key,
            expectedVersion,
            target,
            async register =>
            {
                var withdrawn = register.WithdrawPersonalDataConsent(person!.Value, on, order);
                if (!withdrawn.IsAccepted)
                {
                    return HostFailure.Rejected(withdrawn.Rejection, WithdrawalFields);
                }

                if (await store.FindAsync(AggregateKinds.MenteeBank, key, cancellationToken) is { } mentees)
                {
                    if (mentees.Aggregate.ErasePerson(person.Value, on) is { IsAccepted: false } refused)
                    {
                        return HostFailure.Rejected(refused.Rejection, WithdrawalFields);
                    }

                    store.Update(mentees);
                }

                if (await store.FindAsync(AggregateKinds.MentorBank, key, cancellationToken) is { } mentors)
                {
                    if (mentors.Aggregate.ErasePerson(person.Value, on) is { IsAccepted: false } refused)
                    {
                        return HostFailure.Rejected(refused.Rejection, WithdrawalFields);
                    }

                    store.Update(mentors);
                }

                if (await store.FindAsync(AggregateKinds.ProgrammeBook, key, cancellationToken) is { } book)
                {
                    foreach (var programme in book.Aggregate.Programmes.Where(p => p.Mentees.Contains(person.Value)))
                    {
                        programme.EraseMentee(person.Value, on);
                    }

                    store.Update(book);
                }

                // No identifier of the person stays in the year's staff list or questionnaire book: the register's
                // pseudonym takes its place, so K10, K6 and K7 still count the entry.
                var pseudonym = withdrawn.Value.Pseudonym?.Value;
                if (await store.FindAsync(AggregateKinds.StaffList, key, cancellationToken) is { } staff && staff.Aggregate.Erase(person.Value.Value, pseudonym))
                {
                    store.Update(staff);
                }

                if (await store.FindAsync(AggregateKinds.QuestionnaireBook, key, cancellationToken) is { } answers && answers.Aggregate.EraseRespondent(person.Value.Value, pseudonym))
                {
                    store.Update(answers);
                }

                done = withdrawn.Value;
                var ended = withdrawn.Value.EndedUnits.Count > 0 ? register.FindOrder(order!.Number) : null;
                return new Applied(null, ended);
            },
            async (register, version, issued) => new ConsentWithdrawalView(
                version,
                done!.EndedUnits.Select(u => u.Value).ToArray(),
                done.CancelledUnits.Select(u => u.Value).ToArray(),
                done.GroupsLeft.Select(u => u.Value).ToArray(),
                done.MenteesWithoutPair.Select(m => m.Value).ToArray(),
                issued is null ? null : OrderView.Of(issued),
                await OrderMarkdownAsync(key, register, issued, cancellationToken)),
            created: false,
            cancellationToken);
    }
}
