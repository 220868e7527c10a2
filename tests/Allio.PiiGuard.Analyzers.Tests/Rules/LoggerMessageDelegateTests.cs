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

    [Fact]
    public Task Helpers_in_another_file_invoking_defined_delegates_are_wrappers()
    {
        var test = new Verify.Test();
        test.TestState.Sources.Add(TestModel.With("""
            using Microsoft.Extensions.Logging;
            class Service
            {
                void Run(User u, ILogger logger)
                {
                    logger.UserCreated({|PII001:u.Email|});
                    Log.UserUpdated(logger, {|PII001:u.Phone|}, 3);
                    Log.UserUpdated(logger, u.Login, u.Id);
                    logger.UserCreated(u.Login);
                    Log.UserMasked(logger, u.Email);
                    Log.UserFailed(logger, u.Email, null!);
                    Log.Plain(logger, u.Email);
                }
            }
            """));
        test.TestState.Sources.Add("""
            using System;
            using Microsoft.Extensions.Logging;
            static class Log
            {
                private static readonly Action<ILogger, string, Exception?> _userCreated =
                    LoggerMessage.Define<string>(LogLevel.Information, new EventId(1), "User created {Email}");
                private static Action<ILogger, string, int, Exception?> UserUpdatedMessage { get; } =
                    LoggerMessage.Define<string, int>(LogLevel.Information, new EventId(2), "User {Contact} updated {Count}");
                private static readonly Action<ILogger, string, Exception?> _plain = (logger, text, error) => { };

                public static void UserCreated(this ILogger logger, string email) => _userCreated(logger, email, null);
                public static void UserUpdated(ILogger logger, string contact, int count) => UserUpdatedMessage.Invoke(logger, contact, count, null);
                public static void UserMasked(ILogger logger, string email) => _userCreated(logger, Allio.PiiGuard.PiiRedact.Mask(email), null);
                public static void UserFailed(ILogger logger, string email, Exception error) => _userCreated(logger, "someone", error);
                public static void Plain(ILogger logger, string email) => _plain(logger, email, null);
            }
            """);
        return test.RunAsync();
    }
}
