using System.Security.Cryptography;
using System.Text;

namespace Allio.PiiGuard.Cli.Findings;

/// <summary>
/// Identity of a finding that does not depend on its line number: the file and the text of the line,
/// with whitespace collapsed. Code added above a finding does not make it new; editing the line does.
/// </summary>
public static class FindingFingerprint
{
    /// <summary>The key under SARIF <c>partialFingerprints</c>.</summary>
    public const string SarifKey = "piiguardLineHash/v1";

    /// <summary>Hex SHA-256 (first 16 bytes) of <c>path + '\n' + normalized line text</c>.</summary>
    public static string Compute(string repositoryRelativePath, string lineText)
    {
        var input = repositoryRelativePath + "\n" + Normalize(lineText);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(input));
        return Convert.ToHexStringLower(hash, 0, 16);
    }

    /// <summary>Trims and collapses runs of whitespace, so re-indentation keeps the identity.</summary>
    public static string Normalize(string lineText)
    {
        var builder = new StringBuilder(lineText.Length);
        var pendingSpace = false;
        foreach (var character in lineText.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(character))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(character);
        }

        return builder.ToString();
    }
}
