using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// A library's mark on a yes/no member (Identity's <c>[PersonalData]</c> on <c>EmailConfirmed</c>) holds no value a log could
/// leak; nor does Identity's mark on a user's key (<c>IdentityUser&lt;TKey&gt;.Id</c>), a row's key like any other.
/// </summary>
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

    [Fact]
    public Task An_identity_user_s_key_with_the_library_mark_is_no_source_but_with_a_PiiGuard_mark_it_is() => Verify.VerifyAsync(TestModel.With("""
        using Microsoft.Extensions.Logging;

        namespace Microsoft.AspNetCore.Identity
        {
            public class PersonalDataAttribute : System.Attribute { }
            public class IdentityUser<TKey>
            {
                [PersonalData] public virtual TKey Id { get; set; } = default!;
                [PersonalData] public virtual string? UserName { get; set; }
            }
        }

        public class AppUser : Microsoft.AspNetCore.Identity.IdentityUser<int> { }

        public class Member
        {
            [Allio.PiiGuard.Pii(Kind = Allio.PiiGuard.PiiKind.OnlineIdentifier)] public int Id { get; set; }
        }

        class Service
        {
            void Run(ILogger logger, AppUser user, Member member)
            {
                logger.LogInformation("{UserId}", user.Id);
                logger.LogInformation("{UserName}", {|PII001:user.UserName|});
                logger.LogInformation("{MemberId}", {|PII001:member.Id|});
            }
        }
        """));
}
