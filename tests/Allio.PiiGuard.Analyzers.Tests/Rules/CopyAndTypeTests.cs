using Verify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary><c>with</c> copies that overwrite personal members, and type metadata read from personal values.</summary>
public sealed class CopyAndTypeTests
{
    private const string Member = """

        public sealed record Member(
            [property: Allio.PiiGuard.Pii(Kind = Allio.PiiGuard.PiiKind.Email)] string Email,
            [property: Allio.PiiGuard.Pii(Kind = Allio.PiiGuard.PiiKind.Phone)] string? Phone,
            int Id);
        """;

    [Fact]
    public Task A_copy_overwriting_every_personal_member_is_quiet() => Verify.VerifyAsync(TestModel.With("""
        using System;
        using Microsoft.Extensions.Logging;
        class Service
        {
            void Run(Member m, ILogger logger)
            {
                Console.WriteLine(m with { Email = "", Phone = null });
                Console.WriteLine($"{m with { Email = "hidden", Phone = "hidden" }}");
                logger.LogInformation("{@Member}", m with { Email = "", Phone = null });
                var copy = m with { Email = "", Phone = null };
                Console.WriteLine(copy);
            }
        }
        """ + Member));

    [Fact]
    public Task A_copy_keeping_or_setting_personal_members_is_reported() => Verify.VerifyAsync(TestModel.With("""
        using System;
        using Microsoft.Extensions.Logging;
        class Service
        {
            void Run(Member m, User u, ILogger logger)
            {
                Console.WriteLine({|PII001:m with { Email = "" }|});
                var kept = m with { Phone = null };
                Console.WriteLine({|PII001:kept|});
                Console.WriteLine(m with { Email = "", Phone = {|PII001:u.Phone|} });
                logger.LogInformation("{@Member}", {|PII001:m with { Id = 2 }|});
            }
        }
        """ + Member));

    [Fact]
    public Task Type_metadata_of_personal_values_is_quiet() => Verify.VerifyAsync(TestModel.With("""
        using System;
        class Service
        {
            void Run(User u, Member m)
            {
                Console.WriteLine(u.Email.GetType().Name);
                Console.WriteLine(m.GetType().FullName);
                Console.WriteLine(m.GetType());
                Console.WriteLine(u.GetType().GetProperty("Email"));
                Console.WriteLine(u.Email.GetType().Name + {|PII001:u.Email|});
            }
        }
        """ + Member));
}
