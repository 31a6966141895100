package org.evidencepress.export;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Readable citation keys, {@code miller2016}, {@code miller2016a}, ...: the first author's
 * family name folded to ASCII letters and the year, unique within one set.
 */
public final class CiteKeys {
    /** What a BibTeX key cannot hold: ASCII white space, separators, braces, quotes. */
    private static final String DROPPED = " \t\n\u000B\f\r,{}()\"'#%=~\\";
    /** The keys taken, in lower case. */
    private final Set<String> taken = new HashSet<>();

    public CiteKeys() {
    }

    /** A set that already holds {@code existing} keys. */
    public CiteKeys(Iterable<String> existing) {
        existing.forEach(key -> taken.add(key.toLowerCase(Locale.ROOT)));
    }

    /** {@code family + year}; "anon" without an author, no year part without a year. */
    public static String base(Name first, Integer year) {
        // The particle is part of the key, as Better BibTeX writes it: "vangogh1888".
        String family = first == null ? null : first.family() != null ? first.fullFamily() : first.literal();
        String letters = family == null ? "" : Normalizer.normalize(family, Normalizer.Form.NFD)
                .replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
        return (letters.isEmpty() ? "anon" : letters) + (year == null ? "" : year.toString());
    }

    /** An author's citation id made safe as a BibTeX key (no spaces, braces, commas, quotes, ...). */
    static String clean(String id) {
        // A loop, not a regular expression: every source of every review passes here.
        StringBuilder key = new StringBuilder(id.length());
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (DROPPED.indexOf(c) < 0) {
                key.append(c);
            }
        }
        return key.isEmpty() ? "ref" : key.toString();
    }

    /**
     * {@code base}, or base + a, b, ..., z, aa, ... when taken; the result is taken from now on.
     * BibTeX and its readers take Madsen2002 and madsen2002 for one key, so keys are taken
     * whatever their case.
     */
    public String unique(String base) {
        String key = base;
        for (int n = 0; !taken.add(key.toLowerCase(Locale.ROOT)); n++) {
            key = base + suffix(n);
        }
        return key;
    }

    private static String suffix(int n) {
        StringBuilder s = new StringBuilder();
        int i = n;
        do {
            s.insert(0, (char) ('a' + i % 26));
            i = i / 26 - 1;
        } while (i >= 0);
        return s.toString();
    }
}
