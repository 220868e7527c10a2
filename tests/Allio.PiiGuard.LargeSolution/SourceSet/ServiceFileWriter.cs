using System.Text;

namespace Allio.PiiGuard.LargeSolution.SourceSet;

/// <summary>
/// A service that logs, throws and tags telemetry around an entity: mostly compliant code (ids, masked values,
/// [LoggerMessage] with classified parameters) and, in one domain of ten, the leaks PiiGuard exists to catch
/// (one of them reads a member outside its purposes).
/// </summary>
internal static class ServiceFileWriter
{
    public static GeneratedFile Write(int index)
    {
        var entity = DomainNames.Entity(index);
        var leaks = index % 10 == 3;
        var text = new StringBuilder();
        text.Append($$"""
            using System;
            using System.Collections.Generic;
            using System.Diagnostics;
            using System.Linq;
            using System.Text;
            using System.Threading;
            using System.Threading.Tasks;
            using Allio.PiiGuard;
            using LargeApp.Domain{{index % 10}};
            using Microsoft.Extensions.Logging;

            namespace LargeApp.Services{{index % 10}};

            [ProcessingPurpose("identification")]
            public sealed partial class {{entity}}Service(ILogger<{{entity}}Service> logger)
            {
                private static readonly ActivitySource Source = new("LargeApp.{{entity}}");
                private readonly Dictionary<Guid, {{entity}}> items = new();

                public {{entity}} Register(string lastName, string firstName, string email)
                {
                    var item = new {{entity}} { LastName = lastName, FirstName = firstName, Email = email };
                    var errors = item.Validate();
                    if (errors.Count > 0)
                    {
                        throw new ArgumentException("Invalid {{entity}} " + item.Id + ": " + string.Join(", ", errors));
                    }

                    items[item.Id] = item;
                    LogRegistered(logger, item.Id);
                    logger.LogInformation("Registered {{entity}} {Id} with masked email {Email}", item.Id, PiiRedact.Mask(item.Email, PiiKind.Email));
                    return item;
                }

                public {{entity}}? Find(Guid id)
                {
                    using var activity = Source.StartActivity("find");
                    activity?.SetTag("entity.id", id);
                    if (!items.TryGetValue(id, out var item))
                    {
                        logger.LogWarning("{{entity}} {Id} not found", id);
                        return null;
                    }

                    return item;
                }

            """);
        for (var method = 0; method < 10; method++)
        {
            text.Append($$"""
                    public async Task<int> Process{{method}}Async(Guid id, CancellationToken cancellationToken)
                    {
                        var item = Find(id) ?? throw new InvalidOperationException("Unknown {{entity}} " + id);
                        await Task.Delay(1, cancellationToken).ConfigureAwait(false);
                        var summary = new StringBuilder();
                        summary.Append(item.Id).Append(':').Append(item.Status).Append(':').Append(item.Counter{{method}});
                        var total = items.Values.Where(other => other.IsActive).Sum(other => other.Counter{{method}});
                        logger.LogDebug("Step {{method}} for {Id}: {Summary}, total {Total}", item.Id, summary.ToString(), total);
                        if (item.Counter{{method}} > 100)
                        {
                            logger.LogInformation("Large counter for {Id} in {City}", item.Id, PiiRedact.Mask(item.City, PiiKind.City));
                        }

                        return total + item.Score();
                    }

                """);
        }

        if (leaks)
        {
            text.Append($$"""
                    public void Leak({{entity}} item)
                    {
                        logger.LogInformation("Contact {Email} by phone {Phone}", item.Email, item.Phone);
                        var message = $"Cannot reach {item.LastName} {item.FirstName} at {item.PostalAddress}";
                        Activity.Current?.SetTag("user.email", item.Email);
                        throw new InvalidOperationException(message);
                    }

                """);
        }

        text.Append($$"""
                public IEnumerable<string> Report()
                {
                    foreach (var item in items.Values.OrderBy(item => item.CreatedAt))
                    {
                        yield return $"{item.Id};{item.Status};{item.Score()};{item.CreatedAt:O}";
                    }
                }

                [LoggerMessage(EventId = {{index}}, Level = LogLevel.Information, Message = "{{entity}} {Id} registered")]
                private static partial void LogRegistered(ILogger logger, Guid id);
            }

            """);
        return new GeneratedFile($"Services/{entity}Service.cs", text.ToString());
    }
}
