using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>PII001: delegates made by <c>LoggerMessage.Define</c> write their value arguments into the log.</summary>
public sealed class LoggerMessageDelegateTests
{
    [Fact]
    public Task Defined_delegates_are_log_sinks() => Verify.VerifyAsync(TestModel.With("""
        using System;
        using Microsoft.Extensions.Logging;
        class Service
        {
            private static readonly Action<ILogger, string, Exception?> SignedIn =
                LoggerMessage.Define<string>(LogLevel.Information, new EventId(1), "Signed in {Contact}");

            private static readonly Action<ILogger, int, Exception?> Counted =
                LoggerMessage.Define<int>(LogLevel.Information, new EventId(2), "Counted {Id}");

            private static readonly Action<ILogger, string, Exception?> Plain = (logger, text, error) => { };

            void Run(User u, ILogger logger)
            {
                SignedIn(logger, {|PII001:u.Email|}, null);
                SignedIn.Invoke(logger, {|PII001:u.Phone|}, null);
                SignedIn(logger, u.Login, null);
                Counted(logger, u.Id, null);
                Plain(logger, u.Email, null);
                var local = LoggerMessage.Define<string>(LogLevel.Warning, new EventId(3), "Failed {Contact}");
                local(logger, {|PII001:u.Email|}, null);
            }
        }
        """));

    [Fact]
    public Task Static_helpers_invoking_defined_delegates_are_wrappers() => Verify.VerifyAsync(TestModel.With("""
        using System;
        using Microsoft.Extensions.Logging;
        static class Log
        {
            private static readonly Action<ILogger, string, Exception?> _userCreated =
                LoggerMessage.Define<string>(LogLevel.Information, new EventId(1), "User created {Email}");

            public static void UserCreated(ILogger logger, string email) => _userCreated(logger, email, null);
            public static void UserMasked(ILogger logger, string email) => _userCreated(logger, Allio.PiiGuard.PiiRedact.Mask(email), null);
            public static void UserFailed(ILogger logger, string email, Exception error) => _userCreated(logger, "someone", error);
        }

        class Service
        {
            void Run(User u, ILogger logger, Exception error)
            {
                Log.UserCreated(logger, {|PII001:u.Email|});
                Log.UserCreated(logger, u.Login);
                Log.UserMasked(logger, u.Email);
                Log.UserFailed(logger, u.Email, error);
            }
        }
        """));
}
