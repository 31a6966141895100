package org.evidencepress.text;

import java.util.Locale;
import java.util.Set;

/**
 * Which form a count takes in a language: its "one" form ("1 study") or its "other" form
 * ("2 studies"), after the whole-number cases of the Unicode CLDR plural rules. Labels come
 * in these two forms only; languages with more (Russian, Polish) get "one" where CLDR says so.
 */
public final class Plurals {
    /** "one" for 0 and 1: "0 étude", "1 étude", "2 études". */
    private static final Set<String> ZERO_AND_ONE = Set.of("fr", "pt", "hi", "bn", "fa", "hy", "kab", "ff", "am",
            "zu", "gu", "kn", "mr", "as");
    /** No "one" form: counts do not change the noun. */
    private static final Set<String> NO_ONE = Set.of("ja", "zh", "ko", "vi", "th", "id", "ms", "lo", "my", "km");
    /** "one" for 1, 21, 31, ... but not 11. */
    private static final Set<String> ENDING_IN_ONE = Set.of("ru", "uk", "be", "hr", "sr", "bs");

    private Plurals() {
    }

    /** Whether {@code n} takes the "one" form in {@code language}, a tag such as {@code fr} or {@code pt-PT}. */
    public static boolean isOne(String language, long n) {
        Locale locale = Locale.forLanguageTag(language);
        String base = locale.getLanguage();
        if (base.equals("pt") && locale.getCountry().equals("PT")) {
            return n == 1;
        }
        if (ZERO_AND_ONE.contains(base)) {
            return n == 0 || n == 1;
        }
        if (NO_ONE.contains(base)) {
            return false;
        }
        if (ENDING_IN_ONE.contains(base)) {
            return n % 10 == 1 && n % 100 != 11;
        }
        return n == 1;
    }

    /**
     * The key of the label for a count: {@code key_one} where {@code n} takes the "one" form and
     * the language has that label; otherwise {@code key_other} if it has that, else {@code key}.
     */
    public static String key(String key, String language, long n, java.util.function.Predicate<String> known) {
        if (isOne(language, n) && known.test(key + "_one")) {
            return key + "_one";
        }
        return known.test(key + "_other") ? key + "_other" : key;
    }
}
