using Allio.PiiGuard.Policy.Json;

namespace Allio.PiiGuard.Policy;

/// <summary>
/// One problem of a policy file, located where it was written so that an editor or the compiler
/// can point at it.
/// </summary>
#if PIIGUARD_ANALYZERS
internal
#else
public
#endif
sealed class PolicyProblem
{
    /// <summary>Creates a problem.</summary>
    /// <param name="code">One of <see cref="PolicyProblemCodes"/>.</param>
    /// <param name="message">A sentence that says what is wrong and, when it can, how to fix it.</param>
    /// <param name="line">1-based line.</param>
    /// <param name="column">1-based column, in UTF-16 code units.</param>
    /// <param name="offset">0-based offset of the problem in the text.</param>
    /// <param name="length">Length of the offending text, 0 when it is a point.</param>
    public PolicyProblem(string code, string message, int line, int column, int offset, int length)
    {
        Code = code;
        Message = message;
        Line = line;
        Column = column;
        Offset = offset;
        Length = length;
    }

    /// <summary>The stable problem code, one of <see cref="PolicyProblemCodes"/>.</summary>
    public string Code { get; }

    /// <summary>What is wrong, in a sentence.</summary>
    public string Message { get; }

    /// <summary>1-based line of the problem.</summary>
    public int Line { get; }

    /// <summary>1-based column of the problem, in UTF-16 code units; a leading byte order mark is not counted.</summary>
    public int Column { get; }

    /// <summary>0-based offset of the problem in the text, for building a source span.</summary>
    public int Offset { get; }

    /// <summary>Length of the offending text, 0 when the problem is a point (such as the end of the file).</summary>
    public int Length { get; }

    /// <summary>The problem as <c>(line,column): code: message</c>.</summary>
    public override string ToString() => $"({Line},{Column}): {Code}: {Message}";

    internal static PolicyProblem At(JsonSpan span, string code, string message) =>
        new(code, message, span.Line, span.Column, span.Offset, span.Length);
}
