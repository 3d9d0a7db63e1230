namespace Parley.Text;

/// <summary>
/// English spelling rules for regular inflection (to generate the forms of listed verbs) and their inverse (to guess
/// the lemma of a form the lexicon does not list). The inverse is a heuristic: the lexicon lists the frequent verbs,
/// so these rules only meet the long tail.
/// </summary>
public static class Morphology
{
    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
    private static bool IsConsonant(char c) => c is >= 'a' and <= 'z' && !IsVowel(c);

    /// <summary>Third person singular present: go→goes, watch→watches, deny→denies, say→says.</summary>
    public static string Present3(string lemma)
    {
        if (lemma.EndsWith("s", StringComparison.Ordinal) || lemma.EndsWith("x", StringComparison.Ordinal) || lemma.EndsWith("z", StringComparison.Ordinal) || lemma.EndsWith("ch", StringComparison.Ordinal) || lemma.EndsWith("sh", StringComparison.Ordinal))
            return lemma + "es";
        if (lemma.Length > 1 && lemma[^1] == 'o' && IsConsonant(lemma[^2])) return lemma + "es";
        if (lemma.Length > 1 && lemma[^1] == 'y' && IsConsonant(lemma[^2])) return lemma[..^1] + "ies";
        return lemma + "s";
    }

    /// <summary>Regular past: agree→agreed, deny→denied, plan→planned (when the consonant doubles), ask→asked.</summary>
    public static string Past(string lemma, bool doubles)
    {
        if (lemma.EndsWith('e')) return lemma + "d";
        if (lemma.Length > 1 && lemma[^1] == 'y' && IsConsonant(lemma[^2])) return lemma[..^1] + "ied";
        if (doubles) return lemma + lemma[^1] + "ed";
        return lemma + "ed";
    }

    /// <summary>Gerund / present participle: die→dying, make→making, see→seeing, plan→planning.</summary>
    public static string Gerund(string lemma, bool doubles)
    {
        if (lemma.EndsWith("ie", StringComparison.Ordinal)) return lemma[..^2] + "ying";
        if (lemma.Length > 2 && lemma.EndsWith('e') && !lemma.EndsWith("ee", StringComparison.Ordinal) && !lemma.EndsWith("ye", StringComparison.Ordinal) && !lemma.EndsWith("oe", StringComparison.Ordinal))
            return lemma[..^1] + "ing";
        if (doubles) return lemma + lemma[^1] + "ing";
        return lemma + "ing";
    }

    /// <summary>Guesses the lemma of an unlisted -ed / -ing / -s verb form (lower-case input).</summary>
    public static string VerbLemma(string form)
    {
        if (form.Length > 4 && form.EndsWith("ied", StringComparison.Ordinal)) return form[..^3] + "y";
        if (form.Length > 4 && form.EndsWith("ed", StringComparison.Ordinal)) return RestoreStem(form[..^2]);
        if (form.Length > 5 && form.EndsWith("ing", StringComparison.Ordinal))
        {
            var stem = form[..^3];
            if (stem.Length <= 2 && stem.EndsWith('y')) return stem[..^1] + "ie";   // dying, lying, tying
            return RestoreStem(stem);
        }
        if (form.Length > 3 && form.EndsWith('s') && !form.EndsWith("ss", StringComparison.Ordinal)) return Singular(form);
        return form;
    }

    /// <summary>Guesses the singular of a plural common noun (lower-case input): countries→country, taxes→tax, talks→talk.</summary>
    public static string Singular(string form)
    {
        if (form.Length <= 3 || !form.EndsWith('s')) return form;
        if (form.EndsWith("ss", StringComparison.Ordinal) || form.EndsWith("us", StringComparison.Ordinal) || form.EndsWith("is", StringComparison.Ordinal)) return form;   // press, status, crisis
        if (form.EndsWith("ies", StringComparison.Ordinal) && form.Length > 4) return form[..^3] + "y";
        if (form.EndsWith("sses", StringComparison.Ordinal) || form.EndsWith("shes", StringComparison.Ordinal) || form.EndsWith("ches", StringComparison.Ordinal) || form.EndsWith("xes", StringComparison.Ordinal) || form.EndsWith("zzes", StringComparison.Ordinal))
            return form[..^2];
        if (form.EndsWith("oes", StringComparison.Ordinal) && form.Length > 5) return form[..^2];                       // vetoes, heroes
        return form[..^1];
    }

    // After stripping -ed/-ing: undo consonant doubling (planned→plan) or put back a silent e (negotiated→negotiate).
    private static string RestoreStem(string stem)
    {
        int n = stem.Length;
        if (n < 2) return stem;
        char last = stem[n - 1], prev = stem[n - 2];
        if (last == prev && IsConsonant(last) && last is not ('l' or 's' or 'z' or 'f')) return stem[..^1];
        // British doubling of a final l after an unstressed vowel: cancelled, travelled, controlled, compelled
        if (last == 'l' && prev == 'l' && ((n >= 6 && stem[n - 3] == 'e') || (n >= 7 && stem[n - 3] == 'o'))) return stem[..^1];
        if (NeedsE(stem)) return stem + "e";
        return stem;
    }

    private static bool NeedsE(string s)
    {
        int n = s.Length;
        char last = s[n - 1], prev = s[n - 2];
        char before = n >= 3 ? s[n - 3] : ' ';
        switch (last)
        {
            case 'v': case 'c': return true;                                   // moved, produced
            case 'z': return prev != 'z';                                      // seized, recognized
            case 'g': return prev is 'r' or 'd' || (prev == 'n' && before is 'a' or 'e' or 'i' or 'u') || (prev == 'a' && IsConsonant(before)); // urged, pledged, changed, engaged
            case 's':
                if (prev == 's') return false;                                 // passed, stressed
                if (IsConsonant(prev)) return true;                            // collapsed, endorsed
                return IsVowel(prev) && IsVowel(before);                       // caused, raised, released
            case 'l': return IsConsonant(prev) && prev != 'l' && prev != 'r' && prev != 'w';     // enabled, settled
            case 't':
                if (prev == 'a') return before is not ('e' or 'o' or 'a');     // negotiated, evacuated (not treated)
                if (prev == 'u') return IsConsonant(before);                   // executed, disputed
                if (prev == 'o') return IsConsonant(before) && n <= 6;         // voted, noted, quoted (not "pivoted")
                return false;
            case 'd': return (prev is 'i' or 'u' or 'o' && IsConsonant(before)) || (prev == 'i' && before == 'u'); // decided, included, exploded, guided
            case 'k': return prev is 'o' or 'a' or 'i' && IsConsonant(before); // provoked, invoked
            case 'n': return prev == 'i' && IsConsonant(before) && before != 'a';               // determined, examined
            case 'r': return prev is 'a' or 'i' or 'u' or 'o' && IsConsonant(before) && n <= 8 && !s.EndsWith("itor", StringComparison.Ordinal); // declared, acquired, secured, ignored
            case 'm': return prev is 'a' or 'u' or 'o' or 'i' && IsConsonant(before);         // framed, assumed, welcomed
            case 'p': return prev is 'a' or 'i' or 'u' && IsConsonant(before);                // escaped
            case 'b': return prev is 'i' or 'u' or 'o' && IsConsonant(before);                // bribed
            default: return false;
        }
    }
}
