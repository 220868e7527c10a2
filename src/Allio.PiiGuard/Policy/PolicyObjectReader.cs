using System;
using System.Collections.Generic;
using Allio.PiiGuard.Policy.Json;

namespace Allio.PiiGuard.Policy;

/// <summary>
/// Reads the members of one policy object: reports unknown, duplicate and missing keys and values
/// of the wrong type, and hands out only values of the expected type.
/// </summary>
internal sealed class PolicyObjectReader
{
    private readonly JsonObject _object;
    private readonly string _what;
    private readonly List<PolicyProblem> _problems;
    private readonly Dictionary<string, JsonNode> _values = new(StringComparer.Ordinal);

    private PolicyObjectReader(JsonObject @object, string what, List<PolicyProblem> problems)
    {
        _object = @object;
        _what = what;
        _problems = problems;
    }

    /// <summary>
    /// Indexes the members of <paramref name="object"/> and reports keys outside <paramref name="knownKeys"/>;
    /// <paramref name="what"/> names the object in messages ("the policy", "a purpose").
    /// </summary>
    public static PolicyObjectReader Open(JsonObject @object, string[] knownKeys, string what, List<PolicyProblem> problems)
    {
        var reader = new PolicyObjectReader(@object, what, problems);
        foreach (var member in @object.Members)
        {
            var key = member.Name.Value;
            if (Array.IndexOf(knownKeys, key) < 0)
            {
                var suggestion = Suggestions.Closest(key, knownKeys);
                problems.Add(PolicyProblem.At(member.Name.Span, PolicyProblemCodes.UnknownKey, suggestion is null
                    ? $"Unknown key '{key}' in {what}; the known keys are {string.Join(", ", knownKeys)}."
                    : $"Unknown key '{key}' in {what}.{Suggestions.DidYouMean(suggestion)}"));
            }
            else if (reader._values.ContainsKey(key))
            {
                problems.Add(PolicyProblem.At(member.Name.Span, PolicyProblemCodes.DuplicateKey,
                    $"Key '{key}' appears twice in {what}; the first one counts."));
            }
            else
            {
                reader._values.Add(key, member.Value);
            }
        }

        return reader;
    }

    /// <summary>The string under <paramref name="key"/>, or null when it is absent or not a string (both reported as told).</summary>
    public JsonString? GetString(string key, bool required) => Get<JsonString>(key, required, "a string");

    /// <summary>The boolean under <paramref name="key"/>, false when absent or not a boolean.</summary>
    public bool GetBoolean(string key) => Get<JsonBoolean>(key, required: false, "true or false")?.Value ?? false;

    /// <summary>The array under <paramref name="key"/>, or null.</summary>
    public JsonArray? GetArray(string key, bool required) => Get<JsonArray>(key, required, "an array");

    /// <summary>The strings of the array under <paramref name="key"/>; items of another type are reported and left out.</summary>
    public IReadOnlyList<JsonString> GetStrings(string key, bool required)
    {
        var array = GetArray(key, required);
        var strings = new List<JsonString>();
        if (array is null)
        {
            return strings;
        }

        foreach (var item in array.Items)
        {
            if (item is JsonString text)
            {
                strings.Add(text);
            }
            else
            {
                ReportWrongType(key, item, "a string");
            }
        }

        return strings;
    }

    /// <summary>The objects of the array under <paramref name="key"/>; items of another type are reported and left out.</summary>
    public IReadOnlyList<JsonObject> GetObjects(string key)
    {
        var array = GetArray(key, required: false);
        var objects = new List<JsonObject>();
        if (array is null)
        {
            return objects;
        }

        foreach (var item in array.Items)
        {
            if (item is JsonObject entry)
            {
                objects.Add(entry);
            }
            else
            {
                ReportWrongType(key, item, "an object");
            }
        }

        return objects;
    }

    private T? Get<T>(string key, bool required, string expected)
        where T : JsonNode
    {
        if (!_values.TryGetValue(key, out var value))
        {
            if (required)
            {
                _problems.Add(PolicyProblem.At(new JsonSpan(_object.Span.Offset, 1, _object.Span.Line, _object.Span.Column),
                    PolicyProblemCodes.MissingKey, $"Required key '{key}' is missing from {_what}."));
            }

            return null;
        }

        if (value is T typed)
        {
            return typed;
        }

        ReportWrongType(key, value, expected);
        return null;
    }

    private void ReportWrongType(string key, JsonNode value, string expected) =>
        _problems.Add(PolicyProblem.At(value.Span, PolicyProblemCodes.WrongType,
            $"'{key}' in {_what} must be {expected}, not {Article(value.TypeName)}."));

    private static string Article(string typeName) => typeName switch
    {
        "null" => "null",
        "array" or "object" => "an " + typeName,
        _ => "a " + typeName,
    };
}
