using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Allio.PiiGuard.Policy.Json;

/// <summary>
/// A strict RFC 8259 reader that keeps the line and column of every value. It exists because the
/// analyzers run inside the compiler and may not use System.Text.Json; the runtime library uses
/// the same code so that both accept exactly the same files.
/// </summary>
/// <remarks>Stops at the first syntax error: what follows a broken token cannot be trusted.</remarks>
internal sealed class JsonParser
{
    /// <summary>A policy nests four levels; the limit keeps hostile input from exhausting the stack.</summary>
    internal const int MaxDepth = 64;

    private const char ByteOrderMark = '\uFEFF';

    private const string SingleQuotes = "Strings and property names must be in double quotes, not single quotes.";

    private readonly string _text;
    private int _position;
    private int _line = 1;
    private int _lineStart;

    private JsonParser(string text) => _text = text;

    /// <summary>Parses <paramref name="text"/>; on failure adds one problem and returns null. Never throws.</summary>
    public static JsonNode? Parse(string text, ICollection<PolicyProblem> problems)
    {
        var parser = new JsonParser(text);
        try
        {
            return parser.ParseDocument();
        }
        catch (SyntaxError error)
        {
            problems.Add(error.Problem);
            return null;
        }
    }

    private JsonNode ParseDocument()
    {
        if (_text.Length > 0 && _text[0] == ByteOrderMark)
        {
            // Not part of the content: skip it and do not count it as a column.
            _position = 1;
            _lineStart = 1;
        }

        SkipWhitespace();
        if (AtEnd)
        {
            throw Error(PolicyProblemCodes.EmptyFile, "The policy file is empty; it must hold a JSON object.", 0);
        }

        var root = ReadValue(depth: 0);
        SkipWhitespace();
        if (!AtEnd)
        {
            throw Error(PolicyProblemCodes.InvalidJson,
                $"Unexpected {Describe(_text[_position])} after the end of the JSON value; a file holds one value.", 1);
        }

        return root;
    }

    private bool AtEnd => _position >= _text.Length;

    private char Current => _text[_position];

    private JsonNode ReadValue(int depth)
    {
        if (AtEnd)
        {
            throw Error(PolicyProblemCodes.InvalidJson, "Unexpected end of file; a value was expected.", 0);
        }

        var c = Current;
        switch (c)
        {
            case '{':
                return ReadObject(depth + 1);
            case '[':
                return ReadArray(depth + 1);
            case '"':
                return ReadString();
            case '\'':
                throw Error(PolicyProblemCodes.InvalidJson, SingleQuotes, 1);
            default:
                if (c == '-' || (c >= '0' && c <= '9'))
                {
                    return ReadNumber();
                }

                if (IsWordCharacter(c))
                {
                    return ReadLiteral();
                }

                throw Error(PolicyProblemCodes.InvalidJson, $"Unexpected {Describe(c)}; a value was expected.", 1);
        }
    }

    private JsonObject ReadObject(int depth)
    {
        var start = Mark();
        CheckDepth(depth);
        _position++;
        var members = new List<JsonMember>();
        SkipWhitespace();
        if (!AtEnd && Current == '}')
        {
            _position++;
            return new JsonObject(SpanFrom(start), members);
        }

        while (true)
        {
            if (AtEnd)
            {
                throw Unclosed("object", start);
            }

            if (Current != '"')
            {
                throw Error(PolicyProblemCodes.InvalidJson, Current switch
                {
                    '}' => "Trailing comma before '}'; JSON allows none.",
                    '\'' => SingleQuotes,
                    _ => $"Unexpected {Describe(Current)}; a property name in double quotes was expected.",
                }, 1);
            }

            var name = ReadString();
            SkipWhitespace();
            if (AtEnd)
            {
                throw Unclosed("object", start);
            }

            if (Current != ':')
            {
                throw Error(PolicyProblemCodes.InvalidJson, $"Unexpected {Describe(Current)}; ':' was expected after the property name.", 1);
            }

            _position++;
            SkipWhitespace();
            members.Add(new JsonMember(name, ReadValue(depth)));
            SkipWhitespace();
            if (AtEnd)
            {
                throw Unclosed("object", start);
            }

            if (Current == '}')
            {
                _position++;
                return new JsonObject(SpanFrom(start), members);
            }

            if (Current != ',')
            {
                throw Error(PolicyProblemCodes.InvalidJson, $"Unexpected {Describe(Current)}; ',' or '}}' was expected.", 1);
            }

            _position++;
            SkipWhitespace();
        }
    }

    private JsonArray ReadArray(int depth)
    {
        var start = Mark();
        CheckDepth(depth);
        _position++;
        var items = new List<JsonNode>();
        SkipWhitespace();
        if (!AtEnd && Current == ']')
        {
            _position++;
            return new JsonArray(SpanFrom(start), items);
        }

        while (true)
        {
            if (AtEnd)
            {
                throw Unclosed("array", start);
            }

            if (Current == ']')
            {
                throw Error(PolicyProblemCodes.InvalidJson, "Trailing comma before ']'; JSON allows none.", 1);
            }

            items.Add(ReadValue(depth));
            SkipWhitespace();
            if (AtEnd)
            {
                throw Unclosed("array", start);
            }

            if (Current == ']')
            {
                _position++;
                return new JsonArray(SpanFrom(start), items);
            }

            if (Current != ',')
            {
                throw Error(PolicyProblemCodes.InvalidJson, $"Unexpected {Describe(Current)}; ',' or ']' was expected.", 1);
            }

            _position++;
            SkipWhitespace();
        }
    }

    private JsonString ReadString()
    {
        var start = Mark();
        _position++;
        StringBuilder? unescaped = null;
        var runStart = _position;
        while (true)
        {
            if (AtEnd || Current == '\n' || Current == '\r')
            {
                throw ErrorAt(start, 1, PolicyProblemCodes.InvalidJson,
                    "Unterminated string: the closing double quote is missing (a string cannot span lines).");
            }

            var c = Current;
            if (c == '"')
            {
                var value = unescaped is null
                    ? _text.Substring(runStart, _position - runStart)
                    : unescaped.Append(_text, runStart, _position - runStart).ToString();
                _position++;
                return new JsonString(SpanFrom(start), value);
            }

            if (c < ' ')
            {
                throw Error(PolicyProblemCodes.InvalidJson, $"{Describe(c)} must be escaped inside a string.", 1);
            }

            if (c == '\\')
            {
                unescaped ??= new StringBuilder();
                unescaped.Append(_text, runStart, _position - runStart);
                unescaped.Append(ReadEscape());
                runStart = _position;
                continue;
            }

            _position++;
        }
    }

    private char ReadEscape()
    {
        var escapeStart = _position;
        _position++;
        if (AtEnd)
        {
            throw Error(PolicyProblemCodes.InvalidJson, "Unexpected end of file inside an escape sequence.", 0);
        }

        var c = Current;
        _position++;
        switch (c)
        {
            case '"': return '"';
            case '\\': return '\\';
            case '/': return '/';
            case 'b': return '\b';
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'u':
                if (_position + 4 <= _text.Length
                    && int.TryParse(_text.Substring(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                {
                    _position += 4;
                    return (char)code;
                }

                break;
        }

        _position = escapeStart;
        throw Error(PolicyProblemCodes.InvalidJson,
            "Invalid escape sequence; use \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\u followed by four hex digits.", 2);
    }

    private JsonNumber ReadNumber()
    {
        var start = Mark();
        if (Current == '-')
        {
            _position++;
        }

        if (AtEnd || !IsDigit(Current))
        {
            throw InvalidNumber(start);
        }

        // A leading zero stands alone: 012 is not JSON.
        if (Current == '0')
        {
            _position++;
        }
        else
        {
            SkipDigits();
        }

        if (!AtEnd && Current == '.')
        {
            _position++;
            if (AtEnd || !IsDigit(Current))
            {
                throw InvalidNumber(start);
            }

            SkipDigits();
        }

        if (!AtEnd && (Current == 'e' || Current == 'E'))
        {
            _position++;
            if (!AtEnd && (Current == '+' || Current == '-'))
            {
                _position++;
            }

            if (AtEnd || !IsDigit(Current))
            {
                throw InvalidNumber(start);
            }

            SkipDigits();
        }

        var span = SpanFrom(start);
        return new JsonNumber(span, _text.Substring(span.Offset, span.Length));
    }

    private JsonNode ReadLiteral()
    {
        var start = Mark();
        while (!AtEnd && IsWordCharacter(Current))
        {
            _position++;
        }

        var span = SpanFrom(start);
        var word = _text.Substring(span.Offset, span.Length);
        switch (word)
        {
            case "true":
                return new JsonBoolean(span, true);
            case "false":
                return new JsonBoolean(span, false);
            case "null":
                return new JsonNull(span);
            default:
                throw new SyntaxError(PolicyProblem.At(span, PolicyProblemCodes.InvalidJson,
                    $"Unexpected token '{word}'; strings must be in double quotes, and the only bare words are true, false and null."));
        }
    }

    private void SkipWhitespace()
    {
        while (!AtEnd)
        {
            switch (Current)
            {
                case ' ':
                case '\t':
                    _position++;
                    break;
                case '\r':
                    _position++;
                    if (!AtEnd && Current == '\n')
                    {
                        _position++;
                    }

                    NewLine();
                    break;
                case '\n':
                    _position++;
                    NewLine();
                    break;
                default:
                    return;
            }
        }
    }

    private void NewLine()
    {
        _line++;
        _lineStart = _position;
    }

    private void SkipDigits()
    {
        while (!AtEnd && IsDigit(Current))
        {
            _position++;
        }
    }

    private void CheckDepth(int depth)
    {
        if (depth > MaxDepth)
        {
            throw Error(PolicyProblemCodes.NestingTooDeep,
                $"Arrays and objects are nested more than {MaxDepth} levels deep; a policy needs four.", 1);
        }
    }

    private JsonSpan Mark() => new(_position, 0, _line, _position - _lineStart + 1);

    private JsonSpan SpanFrom(JsonSpan start) => new(start.Offset, _position - start.Offset, start.Line, start.Column);

    private SyntaxError Error(string code, string message, int length) =>
        ErrorAt(Mark(), Math.Min(length, _text.Length - _position), code, message);

    private static SyntaxError ErrorAt(JsonSpan at, int length, string code, string message) =>
        new(PolicyProblem.At(new JsonSpan(at.Offset, length, at.Line, at.Column), code, message));

    private SyntaxError Unclosed(string what, JsonSpan start) =>
        Error(PolicyProblemCodes.InvalidJson,
            $"Unexpected end of file: the {what} opened at line {start.Line}, column {start.Column} is not closed.", 0);

    private SyntaxError InvalidNumber(JsonSpan start)
    {
        var length = Math.Max(1, Math.Min(_position - start.Offset + 1, _text.Length - start.Offset));
        return ErrorAt(start, length, PolicyProblemCodes.InvalidJson, "Invalid number.");
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || c == '_';

    /// <summary>A character as a reader can see it: quoted when printable, its code point otherwise.</summary>
    private static string Describe(char c) =>
        char.IsControl(c) || char.IsWhiteSpace(c) || char.IsSurrogate(c) || c == ByteOrderMark
            ? $"character U+{(int)c:X4}"
            : $"'{c}'";

    /// <summary>Unwinds the recursive descent to <see cref="Parse"/>, which turns it into a problem.</summary>
    private sealed class SyntaxError : Exception
    {
        public SyntaxError(PolicyProblem problem) : base(problem.Message) => Problem = problem;

        public PolicyProblem Problem { get; }
    }
}
