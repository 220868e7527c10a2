using System.Text.Json;

namespace Allio.Crm.Tests;

/// <summary>Reads the access request's answer: records of one type, and a member's value by its C# name.</summary>
internal static class AccessAnswerExtensions
{
    public static IEnumerable<JsonElement> Records(this JsonElement answer, string type) =>
        answer.GetProperty("records").EnumerateArray().Where(record => record.GetProperty("type").GetString() == type);

    public static JsonElement Member(this JsonElement record, string name) =>
        record.GetProperty("members").EnumerateArray().Single(member => member.GetProperty("name").GetString() == name).GetProperty("value");
}
