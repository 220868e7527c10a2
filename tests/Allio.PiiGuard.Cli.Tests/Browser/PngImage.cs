using System.Buffers.Binary;
using System.IO.Compression;

namespace Allio.PiiGuard.Cli.Tests.Browser;

/// <summary>
/// Just enough of PNG to tell whether a screenshot shows something: decodes 8-bit RGB/RGBA, non-interlaced
/// images (what Chromium writes) and counts distinct colours.
/// </summary>
public sealed class PngImage
{
    private PngImage(int width, int height, byte[] pixels, int bytesPerPixel)
    {
        Width = width;
        Height = height;
        Pixels = pixels;
        BytesPerPixel = bytesPerPixel;
    }

    public int Width { get; }

    public int Height { get; }

    private byte[] Pixels { get; }

    private int BytesPerPixel { get; }

    public static PngImage Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.AsSpan(0, 8).SequenceEqual(new byte[] { 137, 80, 78, 71, 13, 10, 26, 10 }), "not a PNG file");
        int width = 0, height = 0, bytesPerPixel = 0;
        using var compressed = new MemoryStream();
        for (var offset = 8; offset < bytes.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(offset));
            var type = System.Text.Encoding.ASCII.GetString(bytes, offset + 4, 4);
            var data = bytes.AsSpan(offset + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                Assert.Equal(8, data[8]);
                Assert.Equal(0, data[12]);
                bytesPerPixel = data[9] switch { 2 => 3, 6 => 4, var other => throw new NotSupportedException($"PNG colour type {other}") };
            }
            else if (type == "IDAT")
            {
                compressed.Write(data);
            }

            offset += 12 + length;
        }

        compressed.Position = 0;
        using var inflater = new ZLibStream(compressed, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        inflater.CopyTo(raw);
        return new PngImage(width, height, Unfilter(raw.ToArray(), width, height, bytesPerPixel), bytesPerPixel);
    }

    /// <summary>Number of distinct colours, stopping early at <paramref name="enough"/>.</summary>
    public int DistinctColours(int enough)
    {
        var colours = new HashSet<int>();
        for (var index = 0; index < Pixels.Length && colours.Count < enough; index += BytesPerPixel)
        {
            colours.Add(Pixels[index] << 16 | Pixels[index + 1] << 8 | Pixels[index + 2]);
        }

        return colours.Count;
    }

    /// <summary>Pixels of exactly the colour <c>#rrggbb</c>.</summary>
    public int CountColour(int rgb)
    {
        var count = 0;
        for (var index = 0; index < Pixels.Length; index += BytesPerPixel)
        {
            if ((Pixels[index] << 16 | Pixels[index + 1] << 8 | Pixels[index + 2]) == rgb)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Reverses the per-scanline filters of the PNG specification (None, Sub, Up, Average, Paeth).</summary>
    private static byte[] Unfilter(byte[] raw, int width, int height, int bpp)
    {
        var stride = width * bpp;
        var pixels = new byte[stride * height];
        for (var row = 0; row < height; row++)
        {
            var filter = raw[row * (stride + 1)];
            var source = raw.AsSpan(row * (stride + 1) + 1, stride);
            var target = pixels.AsSpan(row * stride, stride);
            var previous = row == 0 ? new byte[stride] : pixels.AsSpan((row - 1) * stride, stride);
            for (var x = 0; x < stride; x++)
            {
                int left = x >= bpp ? target[x - bpp] : 0, up = previous[x], upLeft = x >= bpp ? previous[x - bpp] : 0;
                var predictor = filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new NotSupportedException($"PNG filter {filter}"),
                };
                target[x] = (byte)(source[x] + predictor);
            }
        }

        return pixels;
    }

    private static int Paeth(int left, int up, int upLeft)
    {
        var estimate = left + up - upLeft;
        int toLeft = Math.Abs(estimate - left), toUp = Math.Abs(estimate - up), toUpLeft = Math.Abs(estimate - upLeft);
        return toLeft <= toUp && toLeft <= toUpLeft ? left : toUp <= toUpLeft ? up : upLeft;
    }
}
