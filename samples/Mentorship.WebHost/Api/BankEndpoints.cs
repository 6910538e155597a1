using Mentorship.Domain.Banks;
using Mentorship.WebHost.Application;
using Mentorship.WebHost.Contracts;

namespace Mentorship.WebHost.Api;

/// <summary>
/// The two banks of a year (roadmap items 2.1–2.3). Every change answers with the bank's new version in
/// <c>ETag</c>, and may send <c>If-Match</c> with the version it was based on.
/// </summary>
internal static class BankEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var mentees = app.MapGroup(YearRoute.Prefix + "/mentee-bank").WithTags("Mentee bank");
        var mentors = app.MapGroup(YearRoute.Prefix + "/mentor-bank").WithTags("Mentor bank");

        mentees.MapGet("/", (string organizationId, int year, BankService s, HttpContext c, CancellationToken ct) =>
                YearRoute.With(c, organizationId, year, async (key, _) => (await s.GetMenteeBankAsync(key, ct)).ToHttp(c)))
            .WithName("GetMenteeBank").Produces<MenteeBankView>().ProducesProblem(404);

        mentees.MapPost("/", (string organizationId, int year, BankOpeningInput? input, BankService s, HttpContext c, CancellationToken ct) =>
                YearRoute.With(c, organizationId, year, async (key, _) =>
                    (await s.OpenMenteeBankAsync(key, input ?? BankOpeningInput.Defaults, ct)).ToHttp(c, _ => YearRoute.Location(key, "mentee-bank"))))
            .WithName("OpenMenteeBank").WithSummary("Opens the year's mentee bank (window, own topics).")
            .Produces<MenteeBankView>(201).ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);

        mentees.MapPost("/entries", (string organizationId, int year, MenteeAdmissionInput input, BankService s, HttpContext c, CancellationToken ct) =>
                YearRoute.With(c, organizationId, year, async (key, version) =>
                    (await s.AdmitMenteeAsync(key, input, version, ct)).ToHttp(c, m => YearRoute.Location(key, $"mentee-bank/entries/{Uri.EscapeDataString(m.Id)}"))))
            .WithName("AdmitMentee").WithSummary("Enters a mentee with their consent and request list; every broken rule is named.")
            .Produces<MenteeView>(201).ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);

        mentees.MapGet("/entries/{id}", (string organizationId, int year, string id, BankService s, HttpContext c, CancellationToken ct) =>
                YearRoute.With(c, organizationId, year, async (key, _) =>
                {
                    var bank = await s.GetMenteeBankAsync(key, ct);
                    var entry = bank.Value?.Entries.FirstOrDefault(e => e.Id == id);
                    return bank.Failure is { } f ? f.ToHttp()
                        : entry is null ? HostFailure.NotFound($"В банке наставляемых {key} нет «{id}».").ToHttp()
                        : HostOutcome<MenteeView>.Ok(entry, bank.Version).ToHttp(c);
                }))
            .WithName("GetMentee").Produces<MenteeView>().ProducesProblem(404);

        mentees.MapPut("/entries/{id}/requests", (string organizationId, int year, string id, RequestsInput input, BankService s, HttpContext c, CancellationToken ct) =>
                YearRoute.With(c, organizationId, year, async (key, version) => (await s.ChangeRequestsAsync(key, id, input, version, ct)).ToHttp(c)))
            .WithName("ChangeMenteeRequests").Produces<MenteeView>().ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);

        mentees.MapPost("/entries/{id}/excluded-mentors", (string organizationId, int year, string id, ExcludedMentorInput input, BankService s, HttpContext c, CancellationToken ct) =>
                YearRoute.With(c, organizationId, year, async (key, version) => (await s.ExcludeMentorAsync(key, id, input, version, ct)).ToHttp(c)))
            .WithName("ExcludeMentor").Produces<MenteeView>().ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);

        MapLeaving(mentees, BankKind.Mentee, "Mentee");

        mentors.MapGet("/", (string organizationId, int year, BankService s, HttpContext c, CancellationToken ct) =>
                YearRoute.With(c, organizationId, year, async (key, _) => (await s.GetMentorBankAsync(key, ct)).ToHttp(c)))
            .WithName("GetMentorBank").Produces<MentorBankView>().ProducesProblem(404);

        mentors.MapPost("/", (string organizationId, int year, BankOpeningInput? input, BankService s, HttpContext c, CancellationToken ct) =>
                YearRoute.With(c, organizationId, year, async (key, _) =>
                    (await s.OpenMentorBankAsync(key, input ?? BankOpeningInput.Defaults, ct)).ToHttp(c, _ => YearRoute.Location(key, "mentor-bank"))))
            .WithName("OpenMentorBank").WithSummary("Opens the year's mentor bank (window, own topics, mentor policy).")
            .Produces<MentorBankView>(201).ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);

        mentors.MapPost("/entries", (string organizationId, int year, MentorAdmissionInput input, BankService s, HttpContext c, CancellationToken ct) =>
                YearRoute.With(c, organizationId, year, async (key, version) =>
                    (await s.AdmitMentorAsync(key, input, version, ct)).ToHttp(c, m => YearRoute.Location(key, $"mentor-bank/entries/{Uri.EscapeDataString(m.Id)}"))))
            .WithName("AdmitMentor").WithSummary("Enters a mentor with their consent, competencies and questionnaire; every broken rule is named.")
            .Produces<MentorView>(201).ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);

        mentors.MapGet("/entries/{id}", (string organizationId, int year, string id, BankService s, HttpContext c, CancellationToken ct) =>
                YearRoute.With(c, organizationId, year, async (key, _) =>
                {
                    var bank = await s.GetMentorBankAsync(key, ct);
                    var entry = bank.Value?.Entries.FirstOrDefault(e => e.Id == id);
                    return bank.Failure is { } f ? f.ToHttp()
                        : entry is null ? HostFailure.NotFound($"В банке наставников {key} нет «{id}».").ToHttp()
                        : HostOutcome<MentorView>.Ok(entry, bank.Version).ToHttp(c);
                }))
            .WithName("GetMentor").Produces<MentorView>().ProducesProblem(404);

        mentors.MapPut("/entries/{id}/competencies", (string organizationId, int year, string id, CompetenciesInput input, BankService s, HttpContext c, CancellationToken ct) =>
                YearRoute.With(c, organizationId, year, async (key, version) => (await s.ChangeCompetenciesAsync(key, id, input, version, ct)).ToHttp(c)))
            .WithName("ChangeMentorCompetencies").Produces<MentorView>().ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);

        mentors.MapPut("/entries/{id}/capacity", (string organizationId, int year, string id, CapacityInput input, BankService s, HttpContext c, CancellationToken ct) =>
                YearRoute.With(c, organizationId, year, async (key, version) => (await s.ChangeCapacityAsync(key, id, input, version, ct)).ToHttp(c)))
            .WithName("ChangeMentorCapacity").Produces<MentorView>().ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);

        mentors.MapPost("/entries/{id}/training", (string organizationId, int year, string id, TrainingInput input, BankService s, HttpContext c, CancellationToken ct) =>
                YearRoute.With(c, organizationId, year, async (key, version) => (await s.RecordTrainingAsync(key, id, input, version, ct)).ToHttp(c)))
            .WithName("RecordMentorTraining").Produces<MentorView>().ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);

        mentors.MapPut("/entries/{id}/mentoring-consent", (string organizationId, int year, string id, MentoringConsentInput input, BankService s, HttpContext c, CancellationToken ct) =>
                YearRoute.With(c, organizationId, year, async (key, version) => (await s.RecordMentoringConsentAsync(key, id, input, version, ct)).ToHttp(c)))
            .WithName("RecordMentoringConsent").WithSummary("Records the mentor's written consent to mentoring duties (Labour Code art. 351.8).")
            .Produces<MentorView>().ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);

        MapLeaving(mentors, BankKind.Mentor, "Mentor");
    }

    private static void MapLeaving(RouteGroupBuilder bank, BankKind kind, string who)
    {
        bank.MapGet("/entries/{id}/personal-data", (string organizationId, int year, string id, BankService s, HttpContext c, CancellationToken ct) =>
                YearRoute.With(c, organizationId, year, async (key, _) => (await s.ExportAsync(kind, key, id, ct)).ToHttp(c)))
            .WithName($"Export{who}PersonalData").WithSummary("Everything the bank stores about the person (a subject-access request).")
            .Produces<PersonalDataExportView>().ProducesProblem(404);

        bank.MapPost("/entries/{id}/consent-withdrawal", (string organizationId, int year, string id, DateInput? input, BankService s, HttpContext c, CancellationToken ct) =>
                YearRoute.With(c, organizationId, year, async (key, version) =>
                    (await s.WithdrawConsentAsync(kind, key, id, input ?? new DateInput(null), version, ct)).ToHttp(c)))
            .WithName($"Withdraw{who}Consent").WithSummary("Records the withdrawal of the consent to personal-data processing: the person's data is erased, anonymous counts stay.")
            .Produces<StatisticsView>().ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);

        bank.MapPost("/entries/{id}/removal", (string organizationId, int year, string id, RemovalInput input, BankService s, HttpContext c, CancellationToken ct) =>
                YearRoute.With(c, organizationId, year, async (key, version) => (await s.RemoveAsync(kind, key, id, input, version, ct)).ToHttp(c)))
            .WithName($"Remove{who}").WithSummary("Takes the person out of the bank (left the organisation, own request, …); anonymous counts stay.")
            .Produces<StatisticsView>().ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);
    }
}
