using System.Text;
using Microsoft.Extensions.Compliance.Redaction;

namespace Allio.PiiGuard;

/// <summary>
/// Implemented by every type the generator gives hooks: lets a holder redact it recursively
/// (nested members, collections) without knowing its type at compile time.
/// </summary>
public interface IPiiRedactable
{
    /// <summary>
    /// Appends <c>TypeName { Member = value, Email = [redacted:Email] }</c>. With a provider, personal
    /// members are redacted by Microsoft's redactor for their classification; with null, by a marker.
    /// </summary>
    void AppendRedacted(StringBuilder builder, IRedactorProvider? redactorProvider);
}
