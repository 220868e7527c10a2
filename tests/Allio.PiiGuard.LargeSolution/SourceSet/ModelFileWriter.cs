using System.Text;

namespace Allio.PiiGuard.LargeSolution.SourceSet;

/// <summary>A partial entity with personal data (kinds, purposes, subjects), plain fields and validation code.</summary>
internal static class ModelFileWriter
{
    /// <summary>Each member lists every purpose the generated code reads it for, as a real policy would.</summary>
    private static readonly (string Name, string Type, string Kind, string Purposes)[] PersonalMembers =
    [
        ("LastName", "string", "LastName", "\"identification\", \"software-registration\""),
        ("FirstName", "string", "FirstName", "\"identification\", \"software-registration\""),
        ("MiddleName", "string", "MiddleName", "\"identification\""),
        ("Email", "string", "Email", "\"user-inquiries\", \"identification\", \"software-registration\""),
        ("Phone", "string", "Phone", "\"user-inquiries\", \"identification\""),
        ("City", "string", "City", "\"personalization\", \"identification\""),
        ("PostalAddress", "string", "PostalAddress", "\"contract-performance\""),
        ("Company", "string", "Company", "\"software-registration\""),
    ];

    public static GeneratedFile Write(int index)
    {
        var entity = DomainNames.Entity(index);
        var text = new StringBuilder();
        text.Append($$"""
            using System;
            using System.Collections.Generic;
            using Allio.PiiGuard;

            namespace LargeApp.Domain{{index % 10}};

            /// <summary>A {{entity}} of the business: personal data and bookkeeping fields.</summary>
            public {{(index % 7 == 0 ? "sealed" : "sealed partial")}} class {{entity}}
            {
                public Guid Id { get; init; } = Guid.NewGuid();

            """);
        foreach (var member in PersonalMembers)
        {
            text.Append($$"""
                    /// <summary>{{member.Name}} of the {{entity}}.</summary>
                    [Pii(Kind = PiiKind.{{member.Kind}}, Purposes = [{{member.Purposes}}], Subjects = ["visitor"])]
                    public {{member.Type}} {{member.Name}} { get; set; } = "";

                """);
        }

        if (index % 5 == 0)
        {
            text.Append("""
                    [SensitivePii(Kind = PiiKind.Health, Purposes = ["legal-obligations"], Subjects = ["visitor"])]
                    public string? HealthNote { get; set; }

                """);
        }

        for (var field = 0; field < 20; field++)
        {
            text.Append($"    public int Counter{field} {{ get; set; }}\n");
        }

        text.Append("""
                public DateTimeOffset CreatedAt { get; init; } = DateTimeOffset.UtcNow;
                public string Status { get; set; } = "new";

                public IReadOnlyList<string> Validate()
                {
                    var errors = new List<string>();

            """);
        foreach (var member in PersonalMembers)
        {
            text.Append($$"""
                        if (string.IsNullOrWhiteSpace({{member.Name}}))
                        {
                            errors.Add("{{member.Name}} is required");
                        }

                """);
        }

        for (var field = 0; field < 20; field++)
        {
            text.Append($$"""
                        if (Counter{{field}} < 0)
                        {
                            errors.Add("Counter{{field}} is negative: " + Counter{{field}});
                        }

                """);
        }

        text.Append($$"""
                    return errors;
                }

                public int Score() => {{string.Join(" + ", Enumerable.Range(0, 20).Select(field => $"Counter{field}"))}};

                public bool IsActive => Status == "active" && CreatedAt > DateTimeOffset.UtcNow.AddYears(-3);
            }

            """);
        return new GeneratedFile($"Domain/{entity}.cs", text.ToString());
    }
}
