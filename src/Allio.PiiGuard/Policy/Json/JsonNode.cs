using System.Collections.Generic;

namespace Allio.PiiGuard.Policy.Json;

/// <summary>A JSON value with where it was written, so that every problem can point at it.</summary>
internal abstract class JsonNode
{
    protected JsonNode(JsonSpan span) => Span = span;

    /// <summary>Where the value starts and how long it is.</summary>
    public JsonSpan Span { get; }

    /// <summary>The JSON type name used in messages: object, array, string, number, boolean, null.</summary>
    public abstract string TypeName { get; }
}

/// <summary>A JSON object; members keep their order and duplicates, the loader reports the latter.</summary>
internal sealed class JsonObject : JsonNode
{
    public JsonObject(JsonSpan span, IReadOnlyList<JsonMember> members) : base(span) => Members = members;

    public IReadOnlyList<JsonMember> Members { get; }

    public override string TypeName => "object";
}

/// <summary>One <c>"name": value</c> pair of an object.</summary>
internal sealed class JsonMember
{
    public JsonMember(JsonString name, JsonNode value)
    {
        Name = name;
        Value = value;
    }

    public JsonString Name { get; }

    public JsonNode Value { get; }
}

internal sealed class JsonArray : JsonNode
{
    public JsonArray(JsonSpan span, IReadOnlyList<JsonNode> items) : base(span) => Items = items;

    public IReadOnlyList<JsonNode> Items { get; }

    public override string TypeName => "array";
}

internal sealed class JsonString : JsonNode
{
    public JsonString(JsonSpan span, string value) : base(span) => Value = value;

    /// <summary>The unescaped value.</summary>
    public string Value { get; }

    public override string TypeName => "string";
}

/// <summary>A number, kept as written: the policy has no numeric keys, only messages need it.</summary>
internal sealed class JsonNumber : JsonNode
{
    public JsonNumber(JsonSpan span, string text) : base(span) => Text = text;

    public string Text { get; }

    public override string TypeName => "number";
}

internal sealed class JsonBoolean : JsonNode
{
    public JsonBoolean(JsonSpan span, bool value) : base(span) => Value = value;

    public bool Value { get; }

    public override string TypeName => "boolean";
}

internal sealed class JsonNull : JsonNode
{
    public JsonNull(JsonSpan span) : base(span)
    {
    }

    public override string TypeName => "null";
}
