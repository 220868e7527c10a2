using Microsoft.Extensions.Logging;

namespace Allio.PiiGuard.Benchmarks;

/// <summary>Microsoft's logging redaction path: [LoggerMessage] with classified parameters, redacted by the extended logger.</summary>
internal static partial class CustomerLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Customer {Id} {Name} {Email} {Phone}")]
    public static partial void CustomerSeen(ILogger logger, int id, [Pii] string name, [Pii] string email, [Pii] string phone);
}
