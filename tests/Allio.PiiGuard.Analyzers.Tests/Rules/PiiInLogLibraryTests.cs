using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>PII001 on the logging libraries' context and enrichment APIs and on log4net, stubbed by metadata name.</summary>
public sealed class PiiInLogLibraryTests
{
    private const string Libraries = """

        namespace Serilog
        {
            public interface ILogger
            {
                void Information(string messageTemplate, params object[] propertyValues);
                ILogger ForContext(string propertyName, object? value, bool destructureObjects = false);
            }
            public sealed class LoggerConfiguration { public Serilog.Configuration.LoggerEnrichmentConfiguration Enrich { get; } = new(); }
        }
        namespace Serilog.Configuration
        {
            public sealed class LoggerEnrichmentConfiguration
            {
                public Serilog.LoggerConfiguration WithProperty(string name, object? value, bool destructureObjects = false) => new();
            }
        }
        namespace Serilog.Context
        {
            public static class LogContext
            {
                public static System.IDisposable PushProperty(string name, object? value, bool destructureObjects = false) => null!;
            }
        }
        namespace NLog
        {
            public class Logger
            {
                public void Info(string message, params object[] args) { }
                public Logger WithProperty(string propertyKey, object? propertyValue) => this;
                public System.IDisposable PushScopeProperty(string propertyName, object? propertyValue) => null!;
                public LogEventBuilder ForInfoEvent() => default;
            }
            public struct LogEventBuilder
            {
                public LogEventBuilder Message(string message, params object?[] args) => this;
                public LogEventBuilder Property<T>(string propertyName, T propertyValue) => this;
                public void Log() { }
            }
            public static class ScopeContext
            {
                public static System.IDisposable PushProperty(string key, object? value) => null!;
                public static System.IDisposable PushNestedState<T>(T nestedState) => null!;
            }
            public static class MappedDiagnosticsLogicalContext { public static void Set(string item, object value) { } }
            public static class NestedDiagnosticsLogicalContext { public static System.IDisposable Push<T>(T value) => null!; }
            public class LogLevel { public static readonly LogLevel Warn = new(); }
            public class LogEventInfo
            {
                public LogEventInfo() { }
                public LogEventInfo(LogLevel level, string loggerName, string message) { }
                public static LogEventInfo Create(LogLevel logLevel, string loggerName, string message) => new();
                public System.Collections.Generic.IDictionary<object, object> Properties { get; } = new System.Collections.Generic.Dictionary<object, object>();
            }
        }
        namespace log4net
        {
            public interface ILog
            {
                void Info(object message);
                void InfoFormat(string format, params object[] args);
                void Debug(object message, System.Exception exception);
                void DebugFormat(string format, params object[] args);
                void Warn(object message);
                void WarnFormat(string format, params object[] args);
                void Error(object message);
                void ErrorFormat(string format, params object[] args);
                void Fatal(object message);
                void FatalFormat(string format, params object[] args);
                bool IsInfoEnabled { get; }
            }
            public static class ThreadContext
            {
                public static log4net.Util.ThreadContextProperties Properties { get; } = new();
                public static log4net.Util.ThreadContextStacks Stacks { get; } = new();
            }
            public static class LogicalThreadContext { public static log4net.Util.LogicalThreadContextStacks Stacks { get; } = new(); }
        }
        namespace log4net.Util
        {
            public abstract class ContextPropertiesBase { public abstract object? this[string key] { get; set; } }
            public sealed class ThreadContextProperties : ContextPropertiesBase { public override object? this[string key] { get => null; set { } } }
            public sealed class ThreadContextStack { public System.IDisposable Push(string message) => null!; }
            public sealed class ThreadContextStacks { public ThreadContextStack this[string key] => new(); }
            public sealed class LogicalThreadContextStack { public System.IDisposable Push(string message) => null!; }
            public sealed class LogicalThreadContextStacks { public LogicalThreadContextStack this[string key] => new(); }
        }
        """;

    private static Task VerifyAsync(string code) => Verify.VerifyAsync(TestModel.With(code) + Libraries);

    [Fact]
    public Task Serilog_context_and_enrichment_warn() => VerifyAsync("""
        class Service
        {
            void Run(Serilog.LoggerConfiguration configuration, Serilog.ILogger logger, User u)
            {
                using var scope = Serilog.Context.LogContext.PushProperty("Email", {|PII001:u.Email|});
                configuration.Enrich.WithProperty("Phone", {|PII001:u.Phone|});
                using var whole = Serilog.Context.LogContext.PushProperty("User", {|PII001:u|}, destructureObjects: true);
                logger.ForContext("User", {|PII001:u|}, true).Information("x");
            }
        }
        """);

    [Fact]
    public Task Nlog_fluent_events_warn_on_their_arguments_and_properties() => VerifyAsync("""
        class Service
        {
            void Run(NLog.Logger logger, User u)
            {
                logger.ForInfoEvent().Message("Batch ready").Property("Email", {|PII001:u.Email|}).Log();
                logger.ForInfoEvent().Message("Sent to {Phone}", {|PII001:u.Phone|}).Log();
                logger.ForInfoEvent().Message("Batch ready").Property("UserId", u.Id).Log();
                logger.ForInfoEvent().Message("Sent to {UserId}", u.Id).Property("Count", 3).Log();
            }
        }
        """);

    [Fact]
    public Task Nlog_events_made_by_hand_warn_on_their_message() => VerifyAsync("""
        class Service
        {
            void Run(User u)
            {
                var a = NLog.LogEventInfo.Create(NLog.LogLevel.Warn, "members", $"Member {{|PII001:u.Email|}} left");
                var b = new NLog.LogEventInfo(NLog.LogLevel.Warn, "members", "Phone " + {|PII001:u.Phone|});
                var c = NLog.LogEventInfo.Create(NLog.LogLevel.Warn, "members", $"Member {u.Id} left");
            }
        }
        """);

    [Fact]
    public Task Serilog_context_of_ids_and_undestructured_objects_is_clean() => VerifyAsync("""
        class Service
        {
            void Run(Serilog.LoggerConfiguration configuration, Serilog.ILogger logger, User u)
            {
                using var scope = Serilog.Context.LogContext.PushProperty("UserId", u.Id);
                configuration.Enrich.WithProperty("User", u);
                logger.ForContext("User", u).Information("x");
                using var masked = Serilog.Context.LogContext.PushProperty("Email", Allio.PiiGuard.PiiRedact.Mask(u.Email));
            }
        }
        """);

    [Fact]
    public Task Nlog_properties_and_scopes_warn() => VerifyAsync("""
        class Service
        {
            void Run(NLog.Logger logger, User u)
            {
                logger.WithProperty("Email", {|PII001:u.Email|}).Info("Signed in");
                using var a = logger.PushScopeProperty("Phone", {|PII001:u.Phone|});
                using var b = NLog.ScopeContext.PushProperty("Email", {|PII001:u.Email|});
                using var c = NLog.ScopeContext.PushNestedState({|PII001:u.Email|});
                NLog.MappedDiagnosticsLogicalContext.Set("Phone", {|PII001:u.Phone|});
                using var d = NLog.NestedDiagnosticsLogicalContext.Push({|PII001:u.Email|});
                using var e = NLog.NestedDiagnosticsLogicalContext.Push(u.Id);
                logger.Info("Placed {@User}", {|PII001:u|});
                var evt = new NLog.LogEventInfo();
                evt.Properties["Email"] = {|PII001:u.Email|};
                evt.Properties["UserId"] = u.Id;
                var bag = new System.Collections.Generic.Dictionary<object, object>();
                bag["Email"] = u.Email;
            }
        }
        """);

    [Fact]
    public Task Nlog_properties_without_personal_data_are_clean() => VerifyAsync("""
        class Service
        {
            void Run(NLog.Logger logger, User u)
            {
                logger.WithProperty("UserId", u.Id).Info("Signed in {User}", u);
                using var b = NLog.ScopeContext.PushProperty("Login", u.Login);
                using var c = NLog.ScopeContext.PushNestedState(u.Id);
            }
        }
        """);

    [Fact]
    public Task Log4net_levels_format_variants_and_context_warn() => VerifyAsync("""
        class Service
        {
            void Run(log4net.ILog log, User u, System.Exception error)
            {
                log.Info("Signed in " + {|PII001:u.Email|});
                log.InfoFormat("Signed in {0}", {|PII001:u.Email|});
                log.Debug({|PII001:u.Phone|}, error);
                log.DebugFormat("{0}", {|PII001:u.Phone|});
                log.Warn($"{{|PII001:u.Email|}}");
                log.WarnFormat("{0}", {|PII001:u.Email|});
                log.Error({|PII001:u.Diagnosis|});
                log.ErrorFormat("{0}", {|PII001:u.Diagnosis|});
                log.Fatal({|PII001:u.Email|});
                log.FatalFormat("{0} {1}", u.Id, {|PII001:u.Email|});
                log4net.ThreadContext.Properties["email"] = {|PII001:u.Email|};
                using var ndc = log4net.ThreadContext.Stacks["NDC"].Push({|PII001:u.Email|});
                using var logical = log4net.LogicalThreadContext.Stacks["NDC"].Push("guest " + {|PII001:u.Phone|});
                using var id = log4net.LogicalThreadContext.Stacks["NDC"].Push("user " + u.Id);
            }
        }
        """);

    [Fact]
    public Task Log4net_without_personal_data_is_clean() => VerifyAsync("""
        class Service
        {
            void Run(log4net.ILog log, User u)
            {
                log.Info("Signed in " + u.Id);
                log.InfoFormat("Signed in {0} as {1}", u.Id, u.Login);
                log.Warn(u);
                log4net.ThreadContext.Properties["user"] = u.Id;
                if (log.IsInfoEnabled && u.Email.Length > 0) { log.Info("ok"); }
            }
        }
        """);
}
