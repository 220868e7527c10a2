using Allio.PiiGuard.Analyzers.Rules;
using Microsoft.CodeAnalysis.Testing;
using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>PII001: raising an event whose handler (a method in any file of the compilation, or a lambda) logs its argument.</summary>
public sealed class EventHandlerSinkTests
{
    [Fact]
    public Task Raising_an_event_with_personal_data_reaches_the_logging_handler() => Verify.VerifyAsync(TestModel.With("""
        using System;
        class Profile
        {
            public event EventHandler<string>? Changed;
            public event EventHandler<string>? Counted;

            public void Update(User m)
            {
                Changed?.Invoke(this, {|PII001:m.Email|});
                Changed?.Invoke(this, m.Login);
                Counted?.Invoke(this, m.Email);
            }
        }
        class Audit
        {
            public Audit(Profile profile)
            {
                profile.Changed += OnChanged;
                profile.Counted += OnCounted;
            }

            void OnChanged(object? sender, string value) => Console.WriteLine(value);
            void OnCounted(object? sender, string value) => Console.WriteLine(value.Length);
        }
        """));

    [Fact]
    public Task A_lambda_subscribed_directly_is_followed()
    {
        var test = new Verify.Test();
        test.TestState.Sources.Add(TestModel.With("""
        using System;
        class Profile
        {
            public event EventHandler<string>? Changed;
            public event EventHandler<string>? Counted;

            public Profile()
            {
                Changed += (s, e) => Console.WriteLine(e);
                Counted += (s, e) => Console.WriteLine(e.Length);
            }

            public void Update(User m)
            {
                Changed?.Invoke(this, {|#0:m.Email|});
                Changed?.Invoke(this, m.Login);
                Counted?.Invoke(this, m.Email);
            }
        }
        """));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(PiiInLogAnalyzer.Rule).WithLocation(0)
            .WithArguments("'User.Email'", "Email", "Console.WriteLine' through 'a handler of Profile.Changed"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_handler_subscribed_in_another_file_is_followed()
    {
        var test = new Verify.Test();
        test.TestState.Sources.Add(TestModel.With("""
            using System;
            namespace App
            {
                public class Profile
                {
                    public event EventHandler<string>? Changed;
                    public event EventHandler<string>? Counted;

                    public void Update(User m)
                    {
                        Changed?.Invoke(this, {|PII001:m.Email|});
                        Changed?.Invoke(this, m.Login);
                        Counted?.Invoke(this, m.Email);
                    }
                }
            }
            """));
        test.TestState.Sources.Add("""
            using System;
            namespace App.Audit
            {
                public class Trail
                {
                    public Trail(App.Profile profile)
                    {
                        profile.Changed += OnChanged;
                        profile.Counted += this.OnCounted;
                    }

                    void OnChanged(object? sender, string value) => Console.WriteLine(value);
                    void OnCounted(object? sender, string value) => Console.WriteLine(value.Length);
                }
            }
            """);
        return test.RunAsync();
    }

    [Fact]
    public Task A_lambda_subscribed_in_another_file_is_followed()
    {
        var test = new Verify.Test();
        test.TestState.Sources.Add(TestModel.With("""
            using System;
            namespace App
            {
                public class Profile
                {
                    public event EventHandler<string>? Changed;
                    public event EventHandler<string>? Counted;

                    public void Update(User m)
                    {
                        Changed?.Invoke(this, {|#0:m.Email|});
                        Changed?.Invoke(this, m.Login);
                        Counted?.Invoke(this, m.Email);
                    }
                }
            }
            """));
        test.TestState.Sources.Add("""
            using System;
            namespace App.Audit
            {
                public class Trail
                {
                    public Trail(App.Profile other)
                    {
                        other.Changed += (s, e) => Console.WriteLine("changed: " + e);
                        other.Counted += (sender, text) => Console.WriteLine(text.Length);
                    }
                }
            }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(PiiInLogAnalyzer.Rule).WithLocation(0)
            .WithArguments("'User.Email'", "Email", "Console.WriteLine' through 'a handler of Profile.Changed"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_lambda_of_another_file_logging_its_argument_through_a_captured_logger_is_followed() => Files(
        TestModel.With("""
            using System;
            namespace App
            {
                public class Profile
                {
                    public event EventHandler<string>? Changed;

                    public void Update(User m)
                    {
                        Changed?.Invoke(this, {|PII001:m.Email|});
                        Changed?.Invoke(this, m.Login);
                    }
                }
            }
            """),
        """
            using Microsoft.Extensions.Logging;
            namespace App.Audit
            {
                public class Trail
                {
                    public Trail(App.Profile profile, ILogger<Trail> log)
                    {
                        profile.Changed += (_, value) => log.LogInformation("changed {Value}", value);
                    }
                }
            }
            """);

    [Fact]
    public Task A_lambda_subscribed_to_another_types_event_of_the_same_name_is_not_a_handler() => Files(
        TestModel.With("""
            using System;
            namespace App
            {
                public class Profile
                {
                    public event EventHandler<string>? Changed;

                    public void Update(User m) => Changed?.Invoke(this, m.Email);
                }

                public class Settings
                {
                    public event EventHandler<string>? Changed;
                }
            }
            """),
        """
            using System;
            namespace App.Audit
            {
                public class Trail
                {
                    public Trail(App.Settings settings)
                    {
                        settings.Changed += (s, e) => Console.WriteLine(e);
                        settings.Changed += OnChanged;
                    }

                    void OnChanged(object? sender, string value) => Console.WriteLine(value);
                }
            }
            """);

    private static Task Files(params string[] sources)
    {
        var test = new Verify.Test();
        foreach (var source in sources)
        {
            test.TestState.Sources.Add(source);
        }

        return test.RunAsync();
    }
}
