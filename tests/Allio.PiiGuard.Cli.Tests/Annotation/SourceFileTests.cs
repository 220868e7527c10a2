using Allio.PiiGuard.Cli.Annotation;

namespace Allio.PiiGuard.Cli.Tests.Annotation;

public sealed class SourceFileTests
{
    [Theory]
    [InlineData("a\r\nb\r\n", "a\nx\nb\n", "a\r\nx\r\nb\r\n")]
    [InlineData("a\nb\n", "a\r\nx\nb\n", "a\nx\nb\n")]
    [InlineData("a\r\nb\n", "a\nx\r\nb\n", "a\nx\r\nb\n")]
    public void New_lines_take_the_line_end_the_file_uses_throughout(string original, string changed, string expected) =>
        Assert.Equal(expected, SourceFile.WithLineEndingsOf(original, changed));

    [Fact]
    public void An_unchanged_text_is_not_written()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "class C\r\n{\r\n}\r\n");
            var stamp = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            File.SetLastWriteTimeUtc(path, stamp);

            // Same text with other line ends: the file's own ends win, so nothing changes.
            Assert.False(SourceFile.WriteIfChanged(path, "class C\n{\n}\n"));
            Assert.Equal(stamp, File.GetLastWriteTimeUtc(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_file_without_a_byte_order_mark_is_written_without_one()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, "class C {}\n"u8.ToArray());

            Assert.True(SourceFile.WriteIfChanged(path, "class Д {}\n"));
            Assert.Equal("class Д {}\n"u8.ToArray(), File.ReadAllBytes(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
