using System.Collections.Immutable;

namespace Allio.PiiGuard.Cli.Workspace;

/// <summary>
/// MSBuild global properties from <c>--property Name=Value</c>, given to the restore and to the workspace as
/// <c>dotnet build -p:Name=Value</c> gives them to the build, so conditional items and references load the same way.
/// </summary>
public sealed class BuildProperties
{
    /// <summary>No property: projects load as a plain <c>dotnet build</c> would.</summary>
    public static readonly BuildProperties None = new(ImmutableDictionary<string, string>.Empty);

    private BuildProperties(ImmutableDictionary<string, string> values) => Values = values;

    /// <summary>Name to value; names compare as MSBuild compares them (case-insensitively), the last one given wins.</summary>
    public ImmutableDictionary<string, string> Values { get; }

    /// <summary>These properties with <paramref name="name"/> set to <paramref name="value"/> (a tool option that implies a property).</summary>
    public BuildProperties With(string name, string value) => new(Values.SetItem(name, value));

    /// <summary>The same properties as <c>dotnet</c> command-line arguments, one <c>-p:Name=Value</c> each, in name order.</summary>
    public IEnumerable<string> ToArguments() =>
        Values.OrderBy(pair => pair.Key, StringComparer.OrdinalIgnoreCase).Select(pair => $"-p:{pair.Key}={pair.Value}");

    /// <summary>
    /// Reads <c>Name=Value</c> tokens; one token may hold several, separated by <c>;</c> as in <c>-p:A=1;B=2</c>. Returns
    /// null and a message naming the bad token when one has no <c>=</c> or no valid MSBuild property name before it.
    /// </summary>
    public static BuildProperties? Parse(IEnumerable<string> tokens, out string? error)
    {
        error = null;
        var values = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var token in tokens)
        {
            if (string.IsNullOrWhiteSpace(token))
            {
                error = "A property is empty: use Name=Value, e.g. --property PiiGuardDemoLeaks=true.";
                return null;
            }

            foreach (var assignment in token.Split(';', StringSplitOptions.RemoveEmptyEntries))
            {
                var equals = assignment.IndexOf('=', StringComparison.Ordinal);
                var name = equals < 0 ? "" : assignment[..equals].Trim();
                if (!IsPropertyName(name))
                {
                    error = $"'{assignment}' is not a property: use Name=Value, e.g. --property PiiGuardDemoLeaks=true "
                            + "(a name starts with a letter or '_' and holds letters, digits, '_' or '-').";
                    return null;
                }

                values[name] = assignment[(equals + 1)..];
            }
        }

        return values.Count == 0 ? None : new BuildProperties(values.ToImmutable());
    }

    /// <summary>MSBuild's rule for property names (error MSB4177 otherwise).</summary>
    private static bool IsPropertyName(string name) =>
        name.Length > 0
        && (char.IsAsciiLetter(name[0]) || name[0] == '_')
        && name.All(character => char.IsAsciiLetterOrDigit(character) || character is '_' or '-');
}
