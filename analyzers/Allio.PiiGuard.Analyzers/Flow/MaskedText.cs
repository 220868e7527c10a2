using Allio.PiiGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Allio.PiiGuard.Analyzers.Flow;

/// <summary>
/// Text masked in place by a regular expression whose replacement is a mask (<c>Regex.Replace(email,
/// @"(?&lt;=^.)[^@]*(?=@)", "***")</c>, <c>Digits().Replace(phone, "#")</c>): what such a call returns is read like a
/// sanitizer's result. A replacement that writes any other text (<c>"$1"</c>, <c>" "</c>) reshapes the value and carries it.
/// </summary>
internal static class MaskedText
{
    /// <summary>True when <paramref name="call"/> is <c>Regex.Replace</c> with a constant mask as its replacement.</summary>
    public static bool Masks(IInvocationOperation call)
    {
        if (call.TargetMethod is not { Name: "Replace" } method || !SymbolNames.Is(method.ContainingType, "System.Text.RegularExpressions.Regex"))
        {
            return false;
        }

        foreach (var argument in call.Arguments)
        {
            if (argument.Parameter?.Name == "replacement")
            {
                return argument.Value.ConstantValue is { HasValue: true, Value: string replacement } && IsMask(replacement);
            }
        }

        return false;
    }

    /// <summary>
    /// The same call read from syntax in another file, its receiver known to be <c>Regex</c>: the static
    /// <c>Regex.Replace(value, pattern, "***")</c>, or an instance's <c>Replace(value, "***")</c>.
    /// </summary>
    public static bool Masks(ArgumentListSyntax arguments, bool onInstance)
    {
        var at = onInstance ? 1 : 2;
        return arguments.Arguments.Count > at && arguments.Arguments[at].Expression is LiteralExpressionSyntax { Token.Value: string replacement }
            && IsMask(replacement);
    }

    /// <summary>Stars, crosses, hashes or bullets only (<c>"***"</c>, <c>"xxxx"</c>, <c>"•"</c>), or a mask's word (<c>"[redacted]"</c>).</summary>
    public static bool IsMask(string replacement)
    {
        var trimmed = replacement.Trim('[', ']', '<', '>', '(', ')', ' ');
        if (trimmed.Length == 0)
        {
            return false;
        }

        var onlyMarks = true;
        foreach (var character in trimmed)
        {
            onlyMarks &= character is '*' or 'x' or 'X' or '#' or '•' or '·' or '█';
        }

        return onlyMarks || trimmed.ToLowerInvariant() is "redacted" or "masked" or "hidden" or "removed";
    }
}
