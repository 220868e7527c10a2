using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Allio.PiiGuard.Analyzers.Model;

/// <summary>
/// Guesses from a method's name, its type's name and its return type whether it masks what it is given: a team's own
/// helper (<c>Masking.MaskEmail</c>, <c>Redact</c>, <c>HashSha256</c>, <c>GetMaskedPhone</c>) in code nobody has marked.
/// Only inference asks (see <see cref="PiiInference.InfersSanitizer"/>): with marks, <c>[PiiSanitizer]</c> is the contract.
/// </summary>
/// <remarks>
/// A name says it masks when it starts with the verb (<c>MaskEmail</c>, <c>Anonymize</c>, <c>Sha256</c>), with a verb
/// such as get, to or compute and then the verb or its participle (<c>GetMaskedEmail</c>, <c>ToRedactedString</c>,
/// <c>ComputeHash</c>), or when its type is named after masking (<c>PiiMasker.Email</c>, <c>RedactionHelper.ForPhone</c>)
/// and it takes an argument, unless its name gives the value back or only reshapes it (<c>Masking.Unmask</c>,
/// <c>Masking.Normalize</c>). The result must be text, characters or bytes: a bool, a count or an object is no mask.
/// A participle and a noun (<c>MaskedEmail</c>) name a value, not an action, unless the method is given the text: it
/// extends it (<c>email.MaskedEmail()</c>) or is a static method of it (<c>NhsNumber.MaskedDisplay(nhs)</c>), while a participle alone that is given the value (<c>s.Redacted()</c>)
/// names its masked form; <c>HashSet</c>, <c>HashCode</c>, <c>HashTable</c> are
/// structures, not hashing.
/// </remarks>
internal static class SanitizerNames
{
    /// <summary>Verbs that take personal data away, as the first word of a method's name; hash algorithms hash.</summary>
    private static readonly HashSet<string> MaskVerbs =
    [
        "mask", "redact", "anonymize", "anonymise", "pseudonymize", "pseudonymise", "obfuscate", "hash", "scrub",
        "sha", "hmac", "obscure",
    ];

    /// <summary>Their participles, after a leading get, to or compute (<c>GetMaskedEmail</c>, <c>ToHashedString</c>).</summary>
    private static readonly HashSet<string> MaskedWords =
    [
        "masked", "redacted", "anonymized", "anonymised", "pseudonymized", "pseudonymised", "obfuscated", "hashed", "scrubbed",
        "obscured",
    ];

    /// <summary>The initials of a name (<c>Initials(fullName)</c>, <c>GetInitials(user)</c>): a form of it that names no one, like a participle.</summary>
    private static readonly HashSet<string> InitialsWords = ["initials", "initial"];

    /// <summary>Verbs that may come before the verb or its participle: <c>GetMaskedEmail</c>, <c>ComputeHash</c>, <c>ApplyMask</c>.</summary>
    private static readonly HashSet<string> LeadVerbs = ["get", "to", "compute", "calculate", "create", "build", "make", "apply"];

    /// <summary>Words after "hash" that make it a data structure or a number, not hashing: <c>HashSet</c>, <c>HashCode</c>.</summary>
    private static readonly HashSet<string> HashStructures = ["set", "sets", "code", "codes", "table", "tables", "map", "maps", "algorithm"];

    /// <summary>Head nouns of a type named after masking: <c>Mask</c>, <c>Masking</c>, <c>PiiMasker</c>, <c>Redactor</c>, <c>EmailAnonymizer</c>.</summary>
    private static readonly HashSet<string> MaskingTypeNouns =
    [
        "mask", "masks", "masking", "masker", "redactor", "redaction", "redacting", "anonymizer", "anonymiser", "anonymization",
        "anonymisation", "pseudonymizer", "pseudonymiser", "pseudonymization", "pseudonymisation", "obfuscator",
        "obfuscation", "hasher", "hashing", "scrubber",
        // The verb itself as a static class's name, like Mask: Redact.Email(e), Anonymize.Phone(p).
        "redact", "anonymize", "anonymise", "obfuscate", "scrub",
    ];

    /// <summary>Words that end a helper type's name without naming what it does: <c>MaskingHelper</c>, <c>RedactionExtensions</c>.</summary>
    private static readonly HashSet<string> HelperWords = ["helper", "helpers", "extensions", "utils", "util", "utility", "utilities", "service", "services"];

    /// <summary>First words of a masking type's methods that give the data back: <c>Masking.Unmask</c>, <c>Anonymizer.Reveal</c>.</summary>
    private static readonly HashSet<string> RevealVerbs =
    [
        "unmask", "unredact", "reveal", "decrypt", "unprotect", "restore", "deanonymize", "deanonymise", "depseudonymize",
        "depseudonymise", "reidentify", "original", "raw", "unhash",
    ];

    /// <summary>
    /// First words of a masking type's methods that reshape the value and keep it whole: <c>Masking.Normalize</c>,
    /// <c>Anonymizer.Format</c>, <c>Redaction.Trim</c>.
    /// </summary>
    private static readonly HashSet<string> ReshapeVerbs =
    [
        "normalize", "normalise", "canonicalize", "canonicalise", "format", "trim", "parse", "split", "join", "concat",
        "pad", "encode", "decode", "serialize", "serialise", "deserialize", "deserialise", "lower", "upper", "clean",
        "validate", "convert", "copy", "clone",
    ];

    /// <summary>True when <paramref name="method"/>'s name and return type say it returns a mask of what it is given.</summary>
    public static bool SaysItMasks(IMethodSymbol method)
    {
        if (method.MethodKind is not (MethodKind.Ordinary or MethodKind.ReducedExtension or MethodKind.LocalFunction) || !ReturnsText(method.ReturnType))
        {
            return false;
        }

        var words = PiiNameHeuristics.Words(method.Name);
        if (words.Count == 0)
        {
            return false;
        }

        // A participle alone, given the value, names its masked form: s.Redacted(), Masked(email); MaskedEmail names a
        // value, unless it is given the text it masks (email.MaskedEmail(), NhsNumber.MaskedDisplay(nhs)).
        var declared = method.ReducedFrom ?? method;
        return IsMaskVerb(words, 0)
            || (words.Count == 1 && (MaskedWords.Contains(words[0]) || InitialsWords.Contains(words[0])) && declared.Parameters.Length > 0)
            || (words.Count > 1 && MaskedWords.Contains(words[0]) && (declared.IsExtensionMethod || declared.IsStatic) && declared.Parameters.Length > 0
                && declared.Parameters[0].Type.SpecialType == SpecialType.System_String)
            || (words.Count > 1 && LeadVerbs.Contains(words[0]) && (MaskedWords.Contains(words[1]) || IsMaskVerb(words, 1)))
            || (words.Count == 2 && LeadVerbs.Contains(words[0]) && InitialsWords.Contains(words[1]) && declared.Parameters.Length > 0)
            || (IsLastDigits(words) && declared.Parameters.Length > 0)
            || (method.Parameters.Length > 0 && !RevealVerbs.Contains(words[0]) && !ReshapeVerbs.Contains(words[0]) && IsMaskingType(method.ContainingType));
    }

    /// <summary>A name for the last four characters, what a card is shown by: <c>Last4</c>, <c>LastFour</c>, <c>LastFourDigits</c>.</summary>
    private static bool IsLastDigits(List<string> words) =>
        words.Count is 2 or 3 && words[0] == "last" && words[1] is "4" or "four"
        && (words.Count == 2 || words[2] is "digits" or "chars" or "characters");

    /// <summary>The word at <paramref name="index"/> is a masking verb: <c>Mask</c>, <c>Sha</c> of <c>Sha256</c>, not the hash of <c>HashSet</c>.</summary>
    private static bool IsMaskVerb(List<string> words, int index)
    {
        var word = words[index];
        var next = index + 1 < words.Count ? words[index + 1] : null;
        return (MaskVerbs.Contains(word) && !(word == "hash" && next is not null && HashStructures.Contains(next)))
            || (word == "md" && next == "5");
    }

    /// <summary>A type whose name, helper words aside, ends in a masking noun: <c>Masking</c>, <c>PiiMasker</c>, <c>RedactionHelper</c>.</summary>
    private static bool IsMaskingType(INamedTypeSymbol? type)
    {
        if (type is null)
        {
            return false;
        }

        var words = PiiNameHeuristics.Words(type.Name);
        var last = words.Count - 1;
        while (last > 0 && HelperWords.Contains(words[last]))
        {
            last--;
        }

        return last >= 0 && MaskingTypeNouns.Contains(words[last]);
    }

    /// <summary>
    /// Text, characters or bytes, also awaited: <c>string</c>, <c>char[]</c>, <c>byte[]</c>, spans and memories of them,
    /// <c>Task&lt;string&gt;</c>.
    /// </summary>
    private static bool ReturnsText(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { Arity: 1 } generic
            && (SymbolNames.Is(generic.OriginalDefinition, "System.Threading.Tasks.Task`1") || SymbolNames.Is(generic.OriginalDefinition, "System.Threading.Tasks.ValueTask`1")))
        {
            type = generic.TypeArguments[0];
        }

        if (type.SpecialType == SpecialType.System_String)
        {
            return true;
        }

        if (type is IArrayTypeSymbol { Rank: 1 } array)
        {
            return IsCharOrByte(array.ElementType);
        }

        return type is INamedTypeSymbol { Arity: 1 } buffer
            && (SymbolNames.Is(buffer.OriginalDefinition, "System.Span`1") || SymbolNames.Is(buffer.OriginalDefinition, "System.ReadOnlySpan`1")
                || SymbolNames.Is(buffer.OriginalDefinition, "System.Memory`1") || SymbolNames.Is(buffer.OriginalDefinition, "System.ReadOnlyMemory`1"))
            && IsCharOrByte(buffer.TypeArguments[0]);
    }

    private static bool IsCharOrByte(ITypeSymbol type) => type.SpecialType is SpecialType.System_Char or SpecialType.System_Byte;
}
