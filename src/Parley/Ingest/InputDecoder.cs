using System.Text;

namespace Parley.Ingest;

/// <summary>Turns input bytes into text, refusing what is not text: empty, binary, invalid UTF-8, too large.</summary>
public static class InputDecoder
{
    public const long MaxBytes = 10L * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Returns the decoded text, or null with a reason.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, out string? reason)
    {
        reason = null;
        if (bytes.Length > MaxBytes) { reason = $"file is {bytes.Length / (1024.0 * 1024):0.0} MB, over the {MaxBytes / (1024 * 1024)} MB limit"; return null; }
        if (bytes.Length == 0) { reason = "file is empty"; return null; }
        if (LooksBinary(bytes)) { reason = "file is binary, not text"; return null; }
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) bytes = bytes[3..];
        string text;
        try { text = StrictUtf8.GetString(bytes); }
        catch (DecoderFallbackException e)
        {
            int at = e.Index;
            reason = at >= 0 ? $"invalid UTF-8 at byte {at}" : "invalid UTF-8";
            return null;
        }
        text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        if (string.IsNullOrWhiteSpace(text)) { reason = "file has no text (only whitespace)"; return null; }
        return text;
    }

    /// <summary>NUL bytes, or many C0 control bytes in the first 8 KB, mean binary.</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 8192)];
        int control = 0;
        foreach (var b in head)
        {
            if (b == 0) return true;
            if (b < 0x20 && b != (byte)'\n' && b != (byte)'\r' && b != (byte)'\t' && b != 0x0C) control++;
        }
        return control > head.Length / 20 + 1;
    }
}
