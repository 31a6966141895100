package org.evidencepress.evidence.render;

import java.util.function.Function;

/**
 * The words the evidence sections write (box titles, headings, legends, judgements), looked
 * up by label key in the page's language. Texts may hold {@code {name}} placeholders.
 */
public final class EvidenceWords {
    private final Function<String, String> lookup;

    /** @param lookup a label's text by its key; every key of the shipped English labels is known */
    public EvidenceWords(Function<String, String> lookup) {
        this.lookup = lookup;
    }

    String text(String key) {
        return lookup.apply(key);
    }

    /** The label with each {@code {name}} replaced: arguments come in pairs, name then value. */
    String fill(String key, Object... namesAndValues) {
        String out = text(key);
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            out = out.replace("{" + namesAndValues[i] + "}", String.valueOf(namesAndValues[i + 1]));
        }
        return out;
    }

    /** The first letter in upper case, for a word that starts a cell or a note. */
    static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, s.offsetByCodePoints(0, 1)).toUpperCase(java.util.Locale.ROOT)
                + s.substring(s.offsetByCodePoints(0, 1));
    }
}
