using Mentorship.Domain.Pairing;

namespace Mentorship.Domain.Monitoring.Reports;

/// <summary>How many pairs and groups of one form by participants (педагог – педагог, руководитель – педагог…) are counted.</summary>
/// <param name="Form">The form by participants.</param>
/// <param name="Pairs">Pairs.</param>
/// <param name="Groups">Groups.</param>
public sealed record ParticipantsFormCount(ParticipantsForm Form, int Pairs, int Groups);
