namespace Allio.PiiGuard.Policy.Json;

/// <summary>A stretch of the policy text: 0-based offset and length, 1-based line and column of its start.</summary>
internal readonly struct JsonSpan
{
    public JsonSpan(int offset, int length, int line, int column)
    {
        Offset = offset;
        Length = length;
        Line = line;
        Column = column;
    }

    public int Offset { get; }

    public int Length { get; }

    public int Line { get; }

    public int Column { get; }
}
