namespace Allio.PiiGuard.Policy;

/// <summary>
/// The stable codes of <see cref="PolicyProblem"/>. Reports and tests rely on them: add codes,
/// never rename one.
/// </summary>
#if PIIGUARD_ANALYZERS
internal
#else
public
#endif
static class PolicyProblemCodes
{
    /// <summary>The text is not valid JSON: unterminated string, bad token, missing comma, trailing text.</summary>
    public const string InvalidJson = "invalid-json";

    /// <summary>The file is empty or holds only whitespace.</summary>
    public const string EmptyFile = "empty-file";

    /// <summary>Arrays and objects are nested deeper than any policy needs.</summary>
    public const string NestingTooDeep = "nesting-too-deep";

    /// <summary>A key the format does not know (a typo, usually; the message suggests the closest known key).</summary>
    public const string UnknownKey = "unknown-key";

    /// <summary>The same key appears twice in one object; the first one counts.</summary>
    public const string DuplicateKey = "duplicate-key";

    /// <summary>A required key is missing.</summary>
    public const string MissingKey = "missing-key";

    /// <summary>A value has the wrong JSON type, such as a number where a string is expected.</summary>
    public const string WrongType = "wrong-type";

    /// <summary>A value is not one of the allowed words (<c>crossBorderTransfers</c>, <c>legalBasis</c>) or is otherwise malformed.</summary>
    public const string InvalidValue = "invalid-value";

    /// <summary>An id is empty or contains whitespace.</summary>
    public const string InvalidId = "invalid-id";

    /// <summary>Two purposes, subjects, recipients or stores share an id.</summary>
    public const string DuplicateId = "duplicate-id";

    /// <summary>A country is not an ISO 3166-1 alpha-2 code.</summary>
    public const string UnknownCountry = "unknown-country";

    /// <summary>A recipient names a data kind that is not a <c>PiiKind</c> member.</summary>
    public const string UnknownKind = "unknown-kind";

    /// <summary>A recipient names a purpose that the policy does not declare.</summary>
    public const string UndeclaredPurpose = "undeclared-purpose";
}
