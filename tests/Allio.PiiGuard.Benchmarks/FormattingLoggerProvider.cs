using Microsoft.Extensions.Logging;

namespace Allio.PiiGuard.Benchmarks;

/// <summary>A logger that formats every message and drops it, so the benchmark pays for redaction and formatting, not IO.</summary>
internal sealed class FormattingLoggerProvider : ILoggerProvider
{
    public static string? Last { get; private set; }

    public ILogger CreateLogger(string categoryName) => new FormattingLogger();

    public void Dispose()
    {
    }

    private sealed class FormattingLogger : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            => Last = formatter(state, exception);
    }
}
