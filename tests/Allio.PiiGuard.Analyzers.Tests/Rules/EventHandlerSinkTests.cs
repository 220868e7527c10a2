using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>PII001: raising an event whose handler, subscribed in the same file, logs its argument.</summary>
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
}
