using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>A library's mark on a yes/no member (Identity's <c>[PersonalData]</c> on <c>EmailConfirmed</c>) holds no value a log could leak.</summary>
public sealed class ForeignMarkFlagTests
{
    [Fact]
    public Task Yes_no_members_with_a_library_mark_are_no_sources_but_with_a_PiiGuard_mark_they_are() => Verify.VerifyAsync(TestModel.With("""
        using Microsoft.Extensions.Logging;

        namespace Microsoft.AspNetCore.Identity
        {
            public class PersonalDataAttribute : System.Attribute { }
            public class IdentityUser
            {
                [PersonalData] public string? Email { get; set; }
                [PersonalData] public bool EmailConfirmed { get; set; }
                [PersonalData] public bool? TwoFactorEnabled { get; set; }
            }
        }

        public class AppUser : Microsoft.AspNetCore.Identity.IdentityUser
        {
            [Allio.PiiGuard.Pii(Kind = Allio.PiiGuard.PiiKind.Other)] public bool IsPregnant { get; set; }
        }

        class Service
        {
            void Run(ILogger logger, AppUser user)
            {
                logger.LogInformation("{Email}", {|PII001:user.Email|});
                logger.LogInformation("{Confirmed} {TwoFactor}", user.EmailConfirmed, user.TwoFactorEnabled);
                logger.LogInformation("{Flag}", {|PII001:user.IsPregnant|});
            }
        }
        """));
}
