using System.Text;

namespace Allio.PiiGuard.LargeSolution.SourceSet;

/// <summary>A controller-like class: request handling, mapping to transfer objects and JSON serialization.</summary>
internal static class ApiFileWriter
{
    public static GeneratedFile Write(int index)
    {
        var entity = DomainNames.Entity(index);
        var text = new StringBuilder();
        text.Append($$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Text.Json;
            using Allio.PiiGuard;
            using LargeApp.Domain{{index % 10}};
            using LargeApp.Services{{index % 10}};

            namespace LargeApp.Api{{index % 10}};

            public sealed record {{entity}}Summary(Guid Id, string Status, int Score, string MaskedEmail);

            public sealed record {{entity}}Page(IReadOnlyList<{{entity}}Summary> Items, int Total, int Page);

            [ProcessingPurpose("user-inquiries")]
            public sealed class {{entity}}Controller({{entity}}Service service)
            {
                private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

                public string Get(Guid id)
                {
                    var item = service.Find(id);
                    return item is null ? "{}" : JsonSerializer.Serialize(ToSummary(item), Json);
                }

                public string Create(string lastName, string firstName, string email)
                {
                    var item = service.Register(lastName, firstName, email);
                    return JsonSerializer.Serialize(ToSummary(item), Json);
                }

                private static {{entity}}Summary ToSummary({{entity}} item) =>
                    new(item.Id, item.Status, item.Score(), PiiRedact.Mask(item.Email, PiiKind.Email));

            """);
        for (var page = 0; page < 12; page++)
        {
            text.Append($$"""
                    public string Page{{page}}(IEnumerable<{{entity}}> source, int size)
                    {
                        var ordered = source
                            .Where(item => item.Counter{{page}} >= {{page}})
                            .OrderByDescending(item => item.Score())
                            .ThenBy(item => item.Id)
                            .ToList();
                        var items = ordered.Skip({{page}} * size).Take(size).Select(ToSummary).ToList();
                        var result = new {{entity}}Page(items, ordered.Count, {{page}});
                        if (result.Total == 0)
                        {
                            return JsonSerializer.Serialize(new { error = "empty", page = {{page}} }, Json);
                        }

                        return JsonSerializer.Serialize(result, Json);
                    }

                """);
        }

        text.Append($$"""
                public {{entity}}Summary? Parse(string json)
                {
                    try
                    {
                        return JsonSerializer.Deserialize<{{entity}}Summary>(json, Json);
                    }
                    catch (JsonException exception)
                    {
                        throw new ArgumentException("Bad {{entity}} payload at " + exception.Path, exception);
                    }
                }
            }

            """);
        return new GeneratedFile($"Api/{entity}Controller.cs", text.ToString());
    }
}
