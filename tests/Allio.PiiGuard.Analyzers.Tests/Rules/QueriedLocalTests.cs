using LogTest = Allio.PiiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<Allio.PiiGuard.Analyzers.Rules.PiiInLogAnalyzer>.Test;

namespace Allio.PiiGuard.Analyzers.Tests.Rules;

/// <summary>
/// A helper in another file, read from its syntax, whose local is given one element picked from a query or a list
/// (<c>var carer = _carers.Where(…).Single(c => c.Id == id)</c>, EF Core's <c>SingleAsync</c> alike): the local has the
/// query's element type, so what the helper returns of it is known member by member.
/// </summary>
public sealed class QueriedLocalTests
{
    [Fact]
    public Task A_local_picked_from_a_query_in_another_file_has_the_querys_element_type() => new LogTest
    {
        TestState =
        {
            Sources =
            {
                """
                using System;
                public sealed class Carer
                {
                    public Guid Id { get; set; }
                    public string Surname { get; set; } = "";
                    public string Team { get; set; } = "";
                }
                """,
                """
                using System;
                using System.Collections.Generic;
                using System.Linq;
                public sealed class Roster
                {
                    private readonly List<Carer> _carers = new();

                    public string SurnameOf(Guid id)
                    {
                        var carer = _carers.Where(c => c.Team != "").Single(c => c.Id == id);
                        return carer.Surname;
                    }

                    public string TeamOf(Guid id)
                    {
                        var carer = _carers.First(c => c.Id == id);
                        return carer.Team;
                    }
                }
                """,
                """
                using System;
                using Microsoft.Extensions.Logging;
                public sealed class Report(ILogger<Report> logger, Roster roster)
                {
                    public void Write(Guid id)
                    {
                        logger.LogInformation("Carer {Surname}", {|PII001:roster.SurnameOf(id)|});
                        logger.LogInformation("Team {Team}", roster.TeamOf(id));
                    }
                }
                """,
            },
            AnalyzerConfigFiles = { ("/.globalconfig", "is_global = true\nbuild_property.PiiGuardInference = names\n") },
        },
    }.RunAsync();

    [Fact]
    public Task A_materialized_query_and_an_iterators_items_in_another_file_keep_their_element_type() => new LogTest
    {
        TestState =
        {
            Sources =
            {
                """
                using System;
                public sealed class Patient { public string? Name { get; set; } public string? Conditions { get; set; } }
                public sealed class Incident { public string Number { get; set; } = ""; public Patient? Patient { get; set; } public int Triage { get; set; } }
                """,
                """
                using System.Collections.Generic;
                using System.Linq;
                public sealed class Handover
                {
                    private readonly List<Incident> _incidents = new();

                    public IEnumerable<string> Conveyed()
                    {
                        var closed = _incidents.Where(i => i.Triage > 0).ToList();
                        foreach (var incident in closed.Where(i => i.Patient?.Conditions is not null))
                        {
                            yield return $"{incident.Number} {incident.Patient!.Name}";
                        }
                    }

                    public IEnumerable<string> Counts()
                    {
                        var closed = _incidents.Where(i => i.Triage > 0).ToList();
                        foreach (var incident in closed)
                        {
                            yield return incident.Number;
                        }
                    }
                }
                """,
                """
                using Microsoft.Extensions.Logging;
                public sealed class Report(ILogger<Report> logger, Handover handover)
                {
                    public void Write()
                    {
                        foreach (var line in handover.Conveyed()) logger.LogInformation({|PII001:line|});
                        foreach (var line in handover.Counts()) logger.LogInformation(line);
                    }
                }
                """,
            },
            AnalyzerConfigFiles = { ("/.globalconfig", "is_global = true\nbuild_property.PiiGuardInference = names\n") },
        },
    }.RunAsync();
}
