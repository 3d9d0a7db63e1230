using System.Globalization;
using System.Runtime.CompilerServices;

namespace Parley.Text;

/// <summary>Character classes of the normalized view, from one 64K table built once (cheaper than category calls per char).</summary>
internal static class CharClass
{
    public const byte Other = 0, Letter = 1, Digit = 2, Mark = 3, Space = 4, Newline = 5, Ignorable = 6, OtherDigit = 7;

    private static readonly byte[] Table = Build();

    private static byte[] Build()
    {
        var t = new byte[65536];
        for (int i = 0; i < 65536; i++)
        {
            char c = (char)i;
            if (c is >= '0' and <= '9') { t[i] = Digit; continue; }
            if (c == '\n' || c == '\u2028' || c == '\u2029') { t[i] = Newline; continue; }
            if (c == TextNormalizer.Ignorable || TextNormalizer.Fold(c) == TextNormalizer.Ignorable) { t[i] = Ignorable; continue; }
            if (char.IsWhiteSpace(c)) { t[i] = Space; continue; }
            if (char.IsSurrogate(c)) { t[i] = Other; continue; }
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.UppercaseLetter: case UnicodeCategory.LowercaseLetter: case UnicodeCategory.TitlecaseLetter:
                case UnicodeCategory.ModifierLetter: case UnicodeCategory.OtherLetter:
                    t[i] = Letter; break;
                case UnicodeCategory.NonSpacingMark: case UnicodeCategory.SpacingCombiningMark: case UnicodeCategory.EnclosingMark:
                    t[i] = Mark; break;
                case UnicodeCategory.DecimalDigitNumber: case UnicodeCategory.LetterNumber: case UnicodeCategory.OtherNumber:
                    t[i] = OtherDigit; break;
                case UnicodeCategory.Format:
                    t[i] = Ignorable; break;
                default: t[i] = Other; break;
            }
        }
        // The modifier-letter apostrophe is folded to ' by the normalizer; keep it punctuation here too.
        t['\u02BC'] = Other;
        return t;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static byte Of(char c) => Table[c];

    /// <summary>Letters, digits, combining marks and invisible characters: the stuff words are made of.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWord(char c) { var k = Table[c]; return k is Letter or Digit or Mark or Ignorable or OtherDigit; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLetter(char c) { var k = Table[c]; return k is Letter or Mark; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSpace(char c) { var k = Table[c]; return k is Space or Newline or Ignorable; }
}
