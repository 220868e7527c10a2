using System.Text;
using Allio.PiiGuard.Policy;

namespace Allio.PiiGuard.Tests.Policy;

/// <summary>Whatever the bytes, the loader answers with located problems and never throws.</summary>
public sealed class PolicyLoaderFuzzTests
{
    [Fact]
    public void Every_truncation_of_a_valid_file_is_reported_not_thrown()
    {
        var text = SeedPolicy.Text;
        for (var length = 0; length < text.Length; length++)
        {
            var prefix = text.Substring(0, length);

            var result = LoadWithoutThrowing(prefix);

            // The closing brace is the last character, so every shorter prefix is broken JSON.
            var problem = Assert.Single(result.Problems);
            Assert.Contains(problem.Code, new[] { PolicyProblemCodes.EmptyFile, PolicyProblemCodes.InvalidJson });
            Assert.Null(result.Policy);
        }
    }

    [Fact]
    public void Random_byte_flips_are_reported_not_thrown()
    {
        var original = Encoding.UTF8.GetBytes(SeedPolicy.Text);
        var random = new Random(152);
        var broken = 0;
        for (var round = 0; round < 3000; round++)
        {
            var bytes = (byte[])original.Clone();
            var flips = 1 + random.Next(4);
            for (var i = 0; i < flips; i++)
            {
                bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
            }

            var result = LoadWithoutThrowing(Encoding.UTF8.GetString(bytes));
            if (result.Problems.Count > 0)
            {
                broken++;
            }
        }

        // Most flips land in titles and stay valid; a good share must break keys, ids or syntax.
        Assert.InRange(broken, 300, 3000);
    }

    [Fact]
    public void Random_printable_noise_is_reported_not_thrown()
    {
        const string alphabet = "{}[]:,\"\\ \n\r\t-+.0123456789eEtruefalsnl\u00A0\uFEFF\uD800яx";
        var random = new Random(2006);
        for (var round = 0; round < 2000; round++)
        {
            var noise = new StringBuilder();
            var length = random.Next(60);
            for (var i = 0; i < length; i++)
            {
                noise.Append(alphabet[random.Next(alphabet.Length)]);
            }

            LoadWithoutThrowing(noise.ToString());
        }
    }

    [Fact]
    public void Deeply_nested_values_inside_a_valid_policy_are_reported_not_thrown()
    {
        var depth = 10_000;
        var text = "{ \"jurisdiction\": \"RU\", \"purposes\": " + new string('[', depth) + new string(']', depth) + " }";

        var problem = Assert.Single(LoadWithoutThrowing(text).Problems);

        Assert.Equal(PolicyProblemCodes.NestingTooDeep, problem.Code);
    }

    /// <summary>Loads <paramref name="text"/> and checks every problem points inside it.</summary>
    private static PolicyLoadResult LoadWithoutThrowing(string text)
    {
        var exception = Record.Exception(() => PiiPolicyLoader.Load(text));
        Assert.True(exception is null, $"Load threw {exception} for:\n{text}");

        var result = PiiPolicyLoader.Load(text);
        var lineCount = text.Split('\n').Length + text.Split('\r').Length;
        foreach (var problem in result.Problems)
        {
            Assert.InRange(problem.Line, 1, lineCount);
            Assert.True(problem.Column >= 1, problem.ToString());
            Assert.True(problem.Offset >= 0 && problem.Length >= 0 && problem.Offset + problem.Length <= text.Length, problem.ToString());
            Assert.False(string.IsNullOrEmpty(problem.Message));
        }

        return result;
    }
}
