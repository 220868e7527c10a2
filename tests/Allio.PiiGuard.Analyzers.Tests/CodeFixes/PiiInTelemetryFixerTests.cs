using Allio.PiiGuard.Analyzers.Tests.Rules;
using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.CodeFixVerifier<
    Allio.PiiGuard.Analyzers.Rules.PiiInTelemetryAnalyzer, Allio.PiiGuard.CodeFixes.PiiInTelemetryFixer>;

namespace Allio.PiiGuard.Analyzers.Tests.CodeFixes;

public sealed class PiiInTelemetryFixerTests
{
    [Fact]
    public Task Wraps_tag_value() => Verify.VerifyAsync(TestModel.With("""
        using System.Diagnostics;
        class Service
        {
            void Run(Activity activity, User u)
            {
                activity.SetTag("user.email", {|PII013:u.Email|});
                activity.SetTag("user.diagnosis", {|PII013:u.Diagnosis|});
            }
        }
        """), TestModel.With("""
        using System.Diagnostics;
        using Allio.PiiGuard;
        class Service
        {
            void Run(Activity activity, User u)
            {
                activity.SetTag("user.email", PiiRedact.Mask(u.Email, PiiKind.Email));
                activity.SetTag("user.diagnosis", PiiRedact.Mask(u.Diagnosis));
            }
        }
        """));
}
