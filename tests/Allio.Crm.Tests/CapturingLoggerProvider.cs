using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Allio.Crm.Tests;

/// <summary>
/// Keeps every record the app logs, at every level, with its state and scopes, so tests can prove that
/// personal data reaches the logging pipeline only in redacted form.
/// </summary>
public sealed class CapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<CapturedLog> _records = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyCollection<CapturedLog> Records => _records;

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class CapturingLogger(CapturingLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => provider._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = new Dictionary<string, string?>();
            if (state is IEnumerable<KeyValuePair<string, object?>> pairs)
            {
                foreach (var (key, value) in pairs)
                {
                    values[key] = value?.ToString();
                }
            }

            var scopes = new List<string>();
            provider._scopes.ForEachScope((scope, list) => list.Add(Describe(scope)), scopes);
            provider._records.Enqueue(new CapturedLog(category, eventId.Id, formatter(state, exception), values, scopes, exception?.ToString()));
        }

        private static string Describe(object? scope) => scope is IEnumerable<KeyValuePair<string, object?>> pairs
            ? string.Join("; ", pairs.Select(pair => $"{pair.Key}={pair.Value}"))
            : scope?.ToString() ?? string.Empty;
    }
}
