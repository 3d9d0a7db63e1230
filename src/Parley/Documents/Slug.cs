using System.Globalization;
using System.Text;

namespace Parley.Documents;

/// <summary>Stable ids from names: "Volodymyr Zelensky" → "volodymyr-zelensky" (lower-case ASCII letters/digits and hyphens).</summary>
public static class Slug
{
    public static string Of(string name)
    {
        var sb = new StringBuilder(name.Length);
        bool dash = false;
        foreach (var ch in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            if (ch is '\'' or '\u2019') continue;
            if (char.IsAsciiLetterOrDigit(ch)) { sb.Append(char.ToLowerInvariant(ch)); dash = false; }
            else if (char.IsLetterOrDigit(ch)) { sb.Append(char.ToLowerInvariant(ch)); dash = false; }
            else if (!dash && sb.Length > 0) { sb.Append('-'); dash = true; }
        }
        while (sb.Length > 0 && sb[^1] == '-') sb.Length--;
        return sb.ToString();
    }
}
