using System.Text;

namespace Parley.Ingest.Html;

/// <summary>Text decoded from web bytes, with the charset used and how it was decided (shown to the user).</summary>
public sealed record DecodedText(string Text, string Charset, string How)
{
    public override string ToString() => $"{Charset} ({How})";
}

/// <summary>
/// Decides the charset of HTML and XML bytes the way browsers do, and checks the bytes really read in it:
/// byte order mark, then the HTTP Content-Type charset, then &lt;meta charset&gt; / http-equiv or the XML declaration,
/// then sniffing. A declaration the bytes contradict (a page that says windows-1251 but is valid UTF-8, or says UTF-8
/// but is not) is overridden and the reason is stated; bytes that read as nothing plausible fail with a reason instead
/// of turning into mojibake.
/// </summary>
public static class CharsetDetector
{
    static CharsetDetector() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Single-byte charsets common on news sites, in the order ties are settled.</summary>
    private static readonly string[] SniffOrder =
    [
        "windows-1252", "windows-1251", "koi8-r", "koi8-u", "iso-8859-5", "windows-1250", "iso-8859-2", "windows-1253",
        "windows-1254", "windows-1255", "windows-1256", "windows-1257",
    ];

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    public static Encoding? TryGetEncoding(string label)
    {
        var name = Normalize(label);
        if (name == null) return null;
        try
        {
            return Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException) { return null; }
    }

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="httpCharset"/> is the charset of the HTTP Content-Type, if any.</summary>
    public static DecodedText? Decode(ReadOnlySpan<byte> bytes, string? httpCharset, out string? reason)
    {
        reason = null;
        if (bytes.Length == 0) { reason = "file is empty"; return null; }

        // 1. A byte order mark decides.
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            var enc = bytes[0] == 0xFF ? new UnicodeEncoding(false, true, true) : new UnicodeEncoding(true, true, true);
            try { return Done(enc.GetString(bytes[2..]), bytes[0] == 0xFF ? "utf-16le" : "utf-16be", "byte order mark"); }
            catch (DecoderFallbackException) { reason = "starts with a UTF-16 byte order mark but is not valid UTF-16"; return null; }
        }
        bool bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        if (bom) bytes = bytes[3..];
        if (InputDecoder.LooksBinary(bytes)) { reason = "file is binary, not text"; return null; }

        int invalidAt = Utf8InvalidAt(bytes, out bool ascii);
        if (bom && invalidAt < 0) return Done(StrictUtf8.GetString(bytes), "utf-8", "byte order mark");

        // 2-3. What the server or the page declares.
        string? declared = null, declaredWhere = null;
        if (!string.IsNullOrWhiteSpace(httpCharset)) { declared = httpCharset.Trim(); declaredWhere = "HTTP Content-Type"; }
        else if (FindDeclaredCharset(bytes) is { } d) { declared = d.Label; declaredWhere = d.Where; }
        var declaredEnc = declared != null ? TryGetEncoding(declared) : null;
        bool declaredUtf8 = declaredEnc is UTF8Encoding || (declaredEnc?.CodePage == 65001);

        if (invalidAt < 0 && (ascii || declaredEnc == null || declaredUtf8 || declaredEnc.IsSingleByte))
        {
            var text = StrictUtf8.GetString(bytes);
            if (ascii && declaredEnc != null && !declaredUtf8) return Done(text, declaredEnc.WebName, $"declared in {declaredWhere}; the bytes are plain ASCII");
            if (declaredEnc != null && !declaredUtf8)
                return Done(text, "utf-8", $"{declaredWhere} declares {declared}, but the bytes are valid UTF-8 with multi-byte characters");
            if (declaredEnc != null) return Done(text, "utf-8", $"declared in {declaredWhere}");
            return Done(text, "utf-8", declared != null ? $"unknown charset \"{Short(declared)}\" declared; the bytes are valid UTF-8" : "no charset declared; the bytes are valid UTF-8");
        }

        string why;
        if (declaredEnc != null && !declaredUtf8)
        {
            var text = TryStrict(declaredEnc, bytes, out int badAt);
            if (text != null && (!declaredEnc.IsSingleByte || Plausibility(text) >= 0.5))
                return Done(text, declaredEnc.WebName, $"declared in {declaredWhere}");
            why = text == null
                ? $"{declaredWhere} declares {declared}, but byte {badAt} is not valid in it"
                : $"{declaredWhere} declares {declared}, but the text does not read as it";
        }
        else if (declaredUtf8) why = $"{declaredWhere} declares UTF-8, but byte {invalidAt} is not valid UTF-8";
        else if (declared != null) why = $"unknown charset \"{Short(declared)}\" declared and the bytes are not valid UTF-8 (byte {invalidAt})";
        else why = $"no charset declared and the bytes are not valid UTF-8 (byte {invalidAt})";

        // 4. Sniff: the single-byte charset whose reading looks most like text.
        string? bestText = null, bestName = null; double bestScore = double.MinValue;
        foreach (var name in SniffOrder)
        {
            var enc = TryGetEncoding(name);
            if (enc == null || enc.CodePage == declaredEnc?.CodePage) continue;
            var text = TryStrict(enc, bytes, out _);
            if (text == null) continue;
            double s = Plausibility(text);
            if (s > bestScore + 1e-9) { bestScore = s; bestText = text; bestName = enc.WebName; }
        }
        if (bestText != null && bestScore >= 0.5) return Done(bestText, bestName!, $"{why}; sniffed as {bestName}");
        reason = $"cannot decode: {why}, and it reads as none of {string.Join(", ", SniffOrder)}";
        return null;
    }

    private static DecodedText Done(string text, string charset, string how)
        => new(text.Replace("\r\n", "\n").Replace('\r', '\n'), charset, how);

    private static string Short(string s) => s.Length > 30 ? s[..30] + "…" : s;

    private static string? TryStrict(Encoding enc, ReadOnlySpan<byte> bytes, out int badAt)
    {
        badAt = -1;
        try { return enc.GetString(bytes); }
        catch (DecoderFallbackException e) { badAt = e.Index; return null; }
    }

    /// <summary>Index of the first byte that breaks UTF-8, or -1; <paramref name="ascii"/> when every byte is below 0x80.</summary>
    public static int Utf8InvalidAt(ReadOnlySpan<byte> bytes, out bool ascii)
    {
        ascii = System.Text.Ascii.IsValid(bytes);
        if (ascii) return -1;
        int offset = 0;
        var buffer = new char[1 << 16];
        while (true)
        {
            var status = System.Text.Unicode.Utf8.ToUtf16(bytes[offset..], buffer, out int read, out _, replaceInvalidSequences: false, isFinalBlock: true);
            if (status == System.Buffers.OperationStatus.Done) return -1;
            if (status == System.Buffers.OperationStatus.DestinationTooSmall) { offset += read; continue; }
            return offset + read;
        }
    }

    /// <summary>
    /// How much decoded text looks like writing: of its non-ASCII letters and stray characters, the share that are letters sitting in words
    /// of one script with a normal case pattern, less those that are control or stray symbol characters, plus a small prior
    /// for lower case (wrongly decoded Cyrillic comes out mostly in capitals).
    /// </summary>
    public static double Plausibility(string text)
    {
        int good = 0, bad = 0, lower = 0, upper = 0, cyrillic = 0, commonCyrillic = 0;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (!char.IsLetter(c))
            {
                if (c >= 0x80)
                {
                    if (char.IsControl(c) || c == '\uFFFD') bad += 2;
                    else if (!IsCommonSymbol(c)) bad++;
                }
                i++;
                continue;
            }
            int start = i;
            while (i < text.Length && char.IsLetter(text[i])) i++;
            var word = text.AsSpan(start, i - start);
            int wordNonAscii = 0;
            foreach (var ch in word) if (ch >= 0x80) wordNonAscii++;
            if (wordNonAscii == 0) continue;
            bool ok = OneScript(word) && NormalCase(word);
            if (ok) good += wordNonAscii; else bad += wordNonAscii;
            foreach (var ch in word)
            {
                if (ch < 0x80) continue;
                if (char.IsLower(ch)) lower++; else if (char.IsUpper(ch)) upper++;
                if (Script(ch) == 3)
                {
                    cyrillic++;
                    if (CommonCyrillic.Contains(char.ToLowerInvariant(ch))) commonCyrillic++;
                }
            }
        }
        // Only typographic symbols outside ASCII: every single-byte reading agrees, so any is plausible.
        if (good + bad == 0) return 1;
        double caseShare = lower + upper == 0 ? 0.5 : (double)lower / (lower + upper);
        double score = (good - bad) / (double)(good + bad) + 0.2 * caseShare;
        // Cyrillic code pages all map high bytes to Cyrillic letters; the wrong one swaps frequent letters for rare ones.
        if (cyrillic > 0) score += 0.5 * ((double)commonCyrillic / cyrillic - 0.5);
        return score;
    }

    // The most frequent letters of Russian, Ukrainian and Bulgarian prose (together about four in five letters written).
    private const string CommonCyrillic = "оеаинтсрвлкмдпуяіыгз";

    // Typographic characters real pages use next to text.
    private static bool IsCommonSymbol(char c) => c is '\u00A0' or '«' or '»' or '–' or '—' or '‘' or '’' or '“' or '”' or '„' or '…'
        or '•' or '©' or '®' or '°' or '№' or '€' or '£' or '·' or '§' or '×' or '‹' or '›' or '™' or '±' or '½' or '¼' or '¾' or '‚' or '¶';

    private static int Script(char c) => c switch
    {
        < '\u0250' => 1,                              // Latin
        >= '\u0370' and < '\u0400' => 2,              // Greek
        >= '\u0400' and < '\u0530' => 3,              // Cyrillic
        >= '\u0590' and < '\u0600' => 4,              // Hebrew
        >= '\u0600' and < '\u0780' => 5,              // Arabic
        _ => 6,
    };

    private static bool OneScript(ReadOnlySpan<char> word)
    {
        int s = Script(word[0]);
        foreach (var c in word) if (Script(c) != s) return false;
        return true;
    }

    /// <summary>lower, Capitalized or UPPER; "пРИВЕТ" and "ПрИвЕт" are what a wrong Cyrillic code page makes.</summary>
    private static bool NormalCase(ReadOnlySpan<char> word)
    {
        if (word.Length < 2) return true;
        bool restLower = true, restUpper = true;
        for (int k = 1; k < word.Length; k++)
        {
            if (char.IsUpper(word[k])) restLower = false;
            if (char.IsLower(word[k])) restUpper = false;
        }
        if (restLower) return true;
        return restUpper && char.IsUpper(word[0]);
    }

    /// <summary>WHATWG-style label normalisation for the labels pages actually use.</summary>
    public static string? Normalize(string label)
    {
        var l = label.Trim().Trim('"', '\'').ToLowerInvariant();
        if (l.Length == 0 || l.Length > 40) return null;
        return l switch
        {
            "utf8" or "unicode-1-1-utf-8" or "x-unicode20utf8" => "utf-8",
            // HTML reads a page that claims UTF-16 but was found by a byte scan as UTF-8.
            "utf-16" or "utf-16le" or "utf-16be" or "unicode" => "utf-8",
            "iso-8859-1" or "iso8859-1" or "latin1" or "latin-1" or "l1" or "ascii" or "us-ascii" or "iso_8859-1" or "cp1252"
                or "x-cp1252" or "cp819" or "ibm819" => "windows-1252",
            "cp1251" or "x-cp1251" or "win-1251" or "windows1251" or "win1251" => "windows-1251",
            "cp1250" or "x-cp1250" or "windows1250" => "windows-1250",
            "koi8r" or "koi" or "koi8" or "cskoi8r" => "koi8-r",
            "koi8u" => "koi8-u",
            "iso-8859-9" or "latin5" => "windows-1254",
            "gb2312" or "gbk" or "x-gbk" or "chinese" => "gb18030",
            "shift-jis" or "sjis" or "x-sjis" or "ms_kanji" or "windows-31j" => "shift_jis",
            "tis-620" or "iso-8859-11" => "windows-874",
            _ => l,
        };
    }

    /// <summary>The charset a page or feed declares in its first 4 KB: &lt;meta charset&gt;, http-equiv content, or the XML declaration.</summary>
    public static (string Label, string Where)? FindDeclaredCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        if (head.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase))
        {
            int end = head.IndexOf("?>", StringComparison.Ordinal);
            var decl = end > 0 ? head[..end] : head;
            var enc = AttributeValue(decl, "encoding");
            if (enc != null) return (enc, "the XML declaration");
        }
        int at = 0;
        while ((at = head.IndexOf("<meta", at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            int end = head.IndexOf('>', at);
            if (end < 0) break;
            var tag = head[at..end];
            at = end;
            // http-equiv first: its content="...; charset=X" would otherwise be read as a charset attribute.
            var equiv = AttributeValue(tag, "http-equiv");
            if (equiv != null && equiv.Equals("content-type", StringComparison.OrdinalIgnoreCase) && AttributeValue(tag, "content") is { } content)
            {
                var fromContent = CharsetParameter(content);
                if (fromContent != null) return (fromContent, "<meta http-equiv=Content-Type>");
            }
            var cs = AttributeValue(tag, "charset");
            if (cs != null) return (cs, "<meta charset>");
        }
        return null;
    }

    /// <summary>charset=X in a Content-Type value ("text/html; charset=windows-1251").</summary>
    public static string? CharsetParameter(string contentType)
    {
        int i = contentType.IndexOf("charset", StringComparison.OrdinalIgnoreCase);
        if (i < 0) return null;
        i += 7;
        while (i < contentType.Length && contentType[i] == ' ') i++;
        if (i >= contentType.Length || contentType[i] != '=') return null;
        i++;
        while (i < contentType.Length && contentType[i] is ' ' or '"' or '\'') i++;
        int start = i;
        while (i < contentType.Length && contentType[i] is not (';' or ' ' or '"' or '\'' or ',')) i++;
        return i > start ? contentType[start..i] : null;
    }

    private static string? AttributeValue(string tag, string name)
    {
        int at = 0;
        while ((at = tag.IndexOf(name, at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            bool boundary = at == 0 || !char.IsAsciiLetterOrDigit(tag[at - 1]) && tag[at - 1] != '-';
            int i = at + name.Length;
            at = i;
            if (!boundary) continue;
            while (i < tag.Length && char.IsWhiteSpace(tag[i])) i++;
            if (i >= tag.Length || tag[i] != '=') continue;
            i++;
            while (i < tag.Length && char.IsWhiteSpace(tag[i])) i++;
            if (i >= tag.Length) return null;
            char q = tag[i];
            if (q is '"' or '\'')
            {
                int end = tag.IndexOf(q, i + 1);
                return end > i ? tag[(i + 1)..end].Trim() : null;
            }
            int s = i;
            while (i < tag.Length && !char.IsWhiteSpace(tag[i]) && tag[i] is not ('>' or '/' or ';')) i++;
            return i > s ? tag[s..i] : null;
        }
        return null;
    }
}
