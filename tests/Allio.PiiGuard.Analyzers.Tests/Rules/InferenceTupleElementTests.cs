using Allio.PiiGuard.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using LogTest = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>.Test;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// A method's tuple parameter with elements named like personal data (<c>(string Name, string Phone) contact</c>): each
/// element is a source by its name where the method reads it, as a parameter named <c>phone</c> is; where the method is a
/// helper that the caller's values pass through, the caller's values decide.
/// </summary>
public sealed class InferenceTupleElementTests
{
    [Fact]
    public Task Named_elements_of_a_tuple_parameter_are_sources_by_their_names() => new LogTest
    {
        TestState =
        {
            Sources =
            {
                """
                using Microsoft.Extensions.Logging;
                class Courier
                {
                    void Announce(ILogger logger, (string Name, string Phone) contact, (int Eta, string Window) slot, (string, string) pair)
                    {
                        logger.LogInformation("Texting {Name} on {Phone}", {|#0:contact|}.Name, {|PII001:contact|}.Phone);
                        logger.LogInformation("ETA {Eta} in {Window}", slot.Eta, slot.Window);
                        logger.LogInformation("{A}", pair.Item2);
                    }

                    string Label((int Id, string Email) row) => row.Id + ":" + row.Email;

                    void Run(ILogger logger, int id)
                    {
                        logger.LogInformation("{L}", Label((id, "team@example.org")));
                    }

                    void Reassigned(ILogger logger, (string Name, string Phone) contact)
                    {
                        contact = ("desk", "0000");
                        logger.LogInformation("{P}", contact.Phone);
                    }
                }
                """,
            },
            AnalyzerConfigFiles = { ("/.globalconfig", "is_global = true\nbuild_property.PiiGuardInference = names\n") },
            ExpectedDiagnostics =
            {
                new Microsoft.CodeAnalysis.Testing.DiagnosticResult("PII001", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0)
                    .WithMessage("tuple element 'Name' looks like personal data by its name (FullName) and reaches log sink 'ILogger.LogInformation' unredacted"),
            },
        },
    }.RunAsync();

    [Fact]
    public Task Without_inference_a_tuple_elements_name_is_no_source() => new LogTest
    {
        TestCode = """
            using Microsoft.Extensions.Logging;
            class Courier
            {
                void Announce(ILogger logger, (string Name, string Phone) contact)
                {
                    logger.LogInformation("Texting {Phone}", contact.Phone);
                }
            }
            """,
    }.RunAsync();

    // The signatures of Dapper's query extensions, compiled into a library reference.
    private const string Dapper = """
        namespace Dapper
        {
            using System.Collections.Generic;
            using System.Data;
            using System.Threading.Tasks;

            public static class SqlMapper
            {
                public static Task<IEnumerable<T>> QueryAsync<T>(this IDbConnection connection, string sql) => throw null!;
                public static Task<T> QueryFirstAsync<T>(this IDbConnection connection, string sql) => throw null!;
            }
        }
        """;

    private static readonly Lazy<MetadataReference> DapperReference = new(() => TestReferences.Library(Dapper, "DapperStub"));

    [Fact]
    public Task Named_elements_of_a_library_s_tuple_rows_are_sources_by_their_names()
    {
        var test = new LogTest
        {
            TestCode = """
                using System;
                using System.Data;
                using System.Linq;
                using System.Threading.Tasks;
                using Dapper;
                using Microsoft.Extensions.Logging;
                class NightAudit
                {
                    async Task Run(IDbConnection connection, ILogger logger)
                    {
                        var noShows = (await connection.QueryAsync<(Guid StayId, string Phone, string RoomNumber)>("select")).ToList();
                        foreach (var noShow in noShows)
                        {
                            logger.LogInformation("No-show {Stay} in {Room}", noShow.StayId, noShow.RoomNumber);
                            logger.LogInformation("Call {Phone}", {|PII001:noShow|}.Phone);
                        }

                        var one = await connection.QueryFirstAsync<(int Id, string Email)>("select");
                        logger.LogInformation("{Id} {Email}", one.Id, {|PII001:one|}.Email);
                        var built = (Id: 1, Email: "");
                        logger.LogInformation("{Email}", built.Email);
                    }
                }
                """,
        };
        test.TestState.AdditionalReferences.Add(DapperReference.Value);
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.PiiGuardInference = names\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task Rows_a_helper_of_another_file_reads_as_tuples_hold_what_its_return_type_names_them()
    {
        var test = new LogTest
        {
            TestState =
            {
                Sources =
                {
                    """
                    using System.Collections.Generic;
                    using System.Linq;
                    using System.Threading.Tasks;
                    using Dapper;
                    public sealed class Renewals(System.Data.IDbConnection connection)
                    {
                        public async Task<IReadOnlyList<(int Id, string Email)>> DueAsync()
                        {
                            var rows = await connection.QueryAsync<(int, string)>("select id, email from holders");
                            return rows.ToList();
                        }

                        public List<(string Code, string Email)> Desks(IEnumerable<string> codes) => codes.Select(c => (c, "desk@example.org")).ToList();
                    }
                    """,
                    """
                    using System.Linq;
                    using System.Threading.Tasks;
                    using Microsoft.Extensions.Logging;
                    public sealed class Reminders(Renewals renewals, ILogger<Reminders> logger)
                    {
                        public async Task Send()
                        {
                            var due = await renewals.DueAsync();
                            logger.LogInformation("To {Recipients}", string.Join(";", {|#0:due|}.Select(d => d.Email)));
                            logger.LogInformation("Ids {Ids}", string.Join(";", due.Select(d => d.Id)));
                            logger.LogInformation("Desks {Desks}", string.Join(";", renewals.Desks(new[] { "a" }).Select(d => d.Email)));
                        }
                    }
                    """,
                },
                AnalyzerConfigFiles = { ("/.globalconfig", "is_global = true\nbuild_property.PiiGuardInference = names\n") },
                ExpectedDiagnostics =
                {
                    new Microsoft.CodeAnalysis.Testing.DiagnosticResult("PII001", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0)
                        .WithMessage("tuple element 'Email' looks like personal data by its name (Email) and reaches log sink 'ILogger.LogInformation' unredacted"),
                },
            },
        };
        test.TestState.AdditionalReferences.Add(DapperReference.Value);
        return test.RunAsync();
    }
}
