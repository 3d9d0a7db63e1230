using System.IO.Compression;

namespace Parley.Ingest.Html;

/// <summary>Gzipped inputs (.html.gz): decompressed in a stream that stops at the size cap, so a small bomb cannot fill memory.</summary>
public static class Gzip
{
    public static bool IsGzip(ReadOnlySpan<byte> bytes) => bytes.Length >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B;

    public static byte[]? Decompress(byte[] bytes, long cap, out string? reason)
    {
        reason = null;
        try
        {
            using var gz = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var ms = new MemoryStream();
            var buf = new byte[81920];
            int n;
            while ((n = gz.Read(buf, 0, buf.Length)) > 0)
            {
                ms.Write(buf, 0, n);
                if (ms.Length > cap)
                {
                    reason = $"decompressed content is over the {cap / (1024 * 1024)} MB limit";
                    return null;
                }
            }
            if (ms.Length == 0) { reason = "gzip file is empty"; return null; }
            return ms.ToArray();
        }
        catch (InvalidDataException e) { reason = $"not valid gzip ({e.Message.TrimEnd('.')})"; return null; }
        catch (EndOfStreamException) { reason = "gzip file is truncated"; return null; }
    }
}
