using LogVerify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// Under nullable annotations (every new project's default) a tuple's elements are still followed one by one: the
/// field a reference reads and its tuple type's elements are distinct symbols there.
/// </summary>
public sealed class NullableTupleElementTests
{
    [Fact]
    public Task Elements_are_followed_one_by_one_in_a_nullable_context() => LogVerify.VerifyAsync(TestModel.With("""
        #nullable enable
        using System.Collections.Generic;
        using Microsoft.Extensions.Logging;
        class Service
        {
            void Run(ILogger logger, User c, List<Member> members)
            {
                var inferred = (c.Id, c.Email);
                logger.LogInformation("{Id}", inferred.Id);
                logger.LogInformation("{Id}", inferred.Item1);
                logger.LogInformation("{Email}", {|PII001:inferred|}.Email);

                var named = (Subject: $"Re: {c.Id}", Recipient: c.Email);
                logger.LogInformation("{Subject}", named.Subject);
                logger.LogInformation("{Recipient}", {|PII001:named|}.Recipient);

                var pair = (members[0].Key, members[0].Email);
                logger.LogInformation("{Key}", pair.Key);
                logger.LogInformation("{Email}", {|PII001:pair|}.Item2);
            }
        }

        public sealed class Held(ILogger<Held> logger)
        {
            public void Run(List<Member> members)
            {
                var pair = (members[0].Key, members[0].Email);
                logger.LogInformation("{Key}", pair.Key);
                logger.LogInformation("{Email}", {|PII001:pair|}.Email);
            }
        }

        public partial class Member
        {
            public System.Guid Key { get; set; }
            [Allio.PiiGuard.Pii(Kind = Allio.PiiGuard.PiiKind.Email)] public string Email { get; set; } = "";
        }
        """));
}
