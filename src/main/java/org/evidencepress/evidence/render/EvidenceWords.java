package org.evidencepress.evidence.render;

import org.evidencepress.text.Plurals;

import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.Function;

/**
 * The words the evidence sections write (box titles, headings, legends, judgements), looked
 * up by label key in the page's language, and its way of writing numbers: "1,537" and
 * "0.49 [0.34, 0.70]" in English, "1.537" and "0,49 [0,34; 0,70]" in German. Texts may hold
 * {@code {name}} placeholders.
 */
public final class EvidenceWords {
    private final Function<String, String> lookup;
    private final String language;
    private final char decimal;
    private final char group;
    /** What comes before and after the digits of a percentage: "", "%" in English; "", " %" in French and German. */
    private final String percentBefore;
    private final String percentAfter;

    /**
     * @param lookup a label's text by its key, null for a key there is no label for; every key
     *               of the shipped English labels is known
     * @param locale the page's language, whose decimal and grouping marks the numbers take
     */
    public EvidenceWords(Function<String, String> lookup, Locale locale) {
        this.lookup = lookup;
        this.language = locale.toLanguageTag();
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        this.decimal = symbols.getDecimalSeparator();
        this.group = symbols.getGroupingSeparator();
        String sample = NumberFormat.getPercentInstance(locale).format(0.5);
        int digits = sample.indexOf("50");
        this.percentBefore = digits < 0 ? "" : sample.substring(0, digits);
        this.percentAfter = digits < 0 ? "%" : sample.substring(digits + 2);
    }

    /** A number written with "," grouping and "." decimals, in the page's marks. */
    String number(String written) {
        if (decimal == '.' && group == ',') {
            return written;
        }
        StringBuilder out = new StringBuilder(written.length());
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            out.append(c == ',' ? group : c == '.' ? decimal : c);
        }
        return out.toString();
    }

    /** A share in percent as the page's readers write it: "5.03%", "5,03 %" (a no-break space), "%5,03". */
    String percent(double share) {
        String written = Text.percent(share);
        if (!written.endsWith("%")) {
            return written;
        }
        // A bound's sign stands before the percentage: "< 0.0001%", "< %0,0001".
        String bound = written.startsWith("< ") ? "< " : "";
        return bound + percentBefore + number(written.substring(bound.length(), written.length() - 1)) + percentAfter;
    }

    /** The whole, a pooled result's weight: "100%", "100 %". */
    String hundredPercent() {
        return percentBefore + "100" + percentAfter;
    }

    /** A count as the page's readers write it: "1,537", "1.537". */
    String count(long n) {
        return number(Text.count(n));
    }

    /** What separates the two bounds of an interval: ", ", or "; " where the comma is the decimal mark (French " ; "). */
    String boundSeparator() {
        return decimal == ',' ? semicolon() : ", ";
    }

    /** What separates statistics and listed reasons: "; ", with a no-break space before it in French. */
    String semicolon() {
        return text("semicolon") + " ";
    }

    String text(String key) {
        String text = lookup.apply(key);
        if (text == null) {
            throw new IllegalArgumentException("no label key '" + key + "'");
        }
        return text;
    }

    /**
     * The label for a count, its {@code {n}} filled with the count and its other placeholders as
     * in {@link #fill}: {@code key_one} ("{n} study") where the language writes the count with its
     * singular, else {@code key_other} or {@code key}.
     */
    String counted(String key, long n, Object... namesAndValues) {
        Object[] all = java.util.Arrays.copyOf(namesAndValues, namesAndValues.length + 2);
        all[namesAndValues.length] = "n";
        all[namesAndValues.length + 1] = count(n);
        return fill(Plurals.key(key, language, n, k -> lookup.apply(k) != null), all);
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
