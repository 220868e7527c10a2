using System.Collections.Concurrent;
using Allio.PiiGuard;

namespace Allio.Crm.Transfers;

/// <summary>
/// Transfers registration data to the software rights holder (recipient <c>rights-holder</c>, in Russia,
/// on the user's consent: §2.2.5, §3.2.1).
/// </summary>
/// <remarks>
/// The sample makes no network call: <see cref="Send"/> puts the message in an in-process outbox that
/// records exactly what would leave ALLIO, so tests and reviewers can inspect every transfer.
/// A real client would drain the outbox to the rights holder's API.
/// </remarks>
[PiiRecipient("rights-holder")]
public sealed class RightsHolderClient
{
    private readonly ConcurrentQueue<RightsHolderRegistration> _outbox = new();

    /// <summary>Every message handed over for the rights holder, oldest first.</summary>
    public IReadOnlyCollection<RightsHolderRegistration> Outbox => _outbox;

    [PiiRecipient("rights-holder")]
    public void Send(RightsHolderRegistration registration) => _outbox.Enqueue(registration);
}
