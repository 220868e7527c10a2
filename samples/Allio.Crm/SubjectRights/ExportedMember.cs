using System.Text.Json.Serialization;
using Allio.PiiGuard;

namespace Allio.Crm.SubjectRights;

/// <summary>
/// One personal member as the access request discloses it (§5.4, 152-FZ art. 14 part 7): the value, and from the
/// generated descriptor what kind of data it is, why it is processed and how long it is kept.
/// </summary>
/// <param name="Value">The subject's own value, in clear; an <see cref="ExportedRecord"/> (or a list of them) for nested entries.</param>
public sealed record ExportedMember(
    string Name,
    [property: JsonConverter(typeof(JsonStringEnumConverter<PiiKind>))] PiiKind Kind,
    IReadOnlyList<string> Purposes,
    string? Retention,
    object? Value);
