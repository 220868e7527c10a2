namespace Allio.PiiGuard;

/// <summary>Restores the previous ambient purpose when disposed; see <see cref="PiiAudit.BeginPurpose"/>.</summary>
public readonly struct PiiPurposeScope : IDisposable
{
    private readonly string? previous;

    internal PiiPurposeScope(string? previous) => this.previous = previous;

    /// <summary>Ends the scope.</summary>
    public void Dispose() => PiiAudit.RestorePurpose(previous);
}
