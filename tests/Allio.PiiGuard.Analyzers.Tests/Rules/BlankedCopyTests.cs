using LogVerify = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>A marked member read from a local that only holds copies or new objects setting that member to a constant.</summary>
public sealed class BlankedCopyTests
{
    private const string Employee = """

        public sealed record Employee
        {
            [Allio.PiiGuard.Pii(Kind = Allio.PiiGuard.PiiKind.FullName)] public string FullName { get; init; } = "";
            public string Department { get; init; } = "";
        }

        public sealed class Badge
        {
            private string _name = "";
            [Allio.PiiGuard.Pii(Kind = Allio.PiiGuard.PiiKind.FullName)] public string Holder { get => _name; set => _name = value.Trim(); }
            [Allio.PiiGuard.Pii(Kind = Allio.PiiGuard.PiiKind.FullName)] public string Name { get; set; } = "";
        }
        """;

    [Fact]
    public Task A_copy_that_blanks_the_member_is_quiet_for_that_member() => LogVerify.VerifyAsync("""
        using Microsoft.Extensions.Logging;
        class Service
        {
            void Run(ILogger logger, Employee e)
            {
                var renamed = e with { FullName = "REDACTED" };
                logger.LogInformation("{Name}", renamed.FullName);
                var blank = new Badge { Name = "" };
                logger.LogInformation("{Name}", blank.Name);
            }
        }
        """ + Employee);

    [Fact]
    public Task Other_copies_and_escaping_locals_stay_reported() => LogVerify.VerifyAsync("""
        using Microsoft.Extensions.Logging;
        class Service
        {
            void Touch(Employee e) { }

            void Run(ILogger logger, Employee e, bool flag)
            {
                var promoted = e with { Department = "X" };
                logger.LogInformation("{Name}", {|PII001:promoted.FullName|});

                var maybe = flag ? e : e with { FullName = "" };
                logger.LogInformation("{Name}", {|PII001:maybe.FullName|});

                var either = e with { FullName = "" };
                if (flag) either = e;
                logger.LogInformation("{Name}", {|PII001:either.FullName|});

                var passed = e with { FullName = "" };
                Touch(passed);
                logger.LogInformation("{Name}", {|PII001:passed.FullName|});

                var copied = e with { FullName = e.Department };
                logger.LogInformation("{Name}", {|PII001:copied.FullName|});

                var custom = new Badge { Holder = "" };
                logger.LogInformation("{Name}", {|PII001:custom.Holder|});

                var sample = new Badge { Name = "Anna Petrova" };
                logger.LogInformation("{Name}", {|PII001:sample.Name|});

                var assigned = new Badge { Name = "" };
                assigned.Name = e.FullName;
                logger.LogInformation("{Name}", {|PII001:assigned.Name|});
            }
        }
        """ + Employee);
}
