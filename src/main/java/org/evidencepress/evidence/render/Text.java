package org.evidencepress.evidence.render;

import org.evidencepress.html.HtmlText;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Escaping, number formatting and line wrapping shared by the evidence renderers. */
final class Text {
    private Text() {
    }

    static String escape(String s) {
        return HtmlText.escape(s);
    }

    /** A count as readers write it: 1,560. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A row's numbers never take more decimals: a millionth of a ratio or a difference is nothing to read. */
    private static final int MAX_ROW_DECIMALS = 6;

    /**
     * An estimate and its CI bounds with one number of decimals, as RevMan and metafor's
     * forest plots print a row: the decimals that give the estimate three significant digits,
     * at least two and at most six less the largest number's whole digits ("21.00 [0.97, 453.91]",
     * "0.140 [0.007, 2.749]", not "21.00 [0.972, 453.91]"). On a difference's scale the
     * largest number needs its three digits too, and an estimate near zero beside it none of
     * its own ("0.00 [−1.20, 1.21]", not six decimals for an estimate of 0.00312). A ratio
     * those decimals would round to zero gets its own three digits instead: {@link #tinyRatio}.
     */
    static List<String> effects(boolean difference, double estimate, double lower, double upper) {
        double largest = 0;
        for (double x : new double[] {estimate, lower, upper}) {
            if (Double.isFinite(x)) {
                largest = Math.max(largest, Math.abs(x));
            }
        }
        int decimals = Math.max(2, difference ? decimalsFor(largest) : 0);
        double size = Math.abs(estimate);
        // A ratio too small for six decimals is written as a power of ten, and gives its bounds no decimals.
        boolean tiny = !difference && decimalsFor(size) > MAX_ROW_DECIMALS;
        if (!(difference && size < largest / 10) && !tiny) {
            decimals = Math.max(decimals, decimalsFor(size));
        }
        // A bound in the thousands leaves room for fewer decimals: "0.05 [0.01, 9,340.50]", as RevMan
        // prints an interval that wide, not "0.0500 [0.0100, 9,340.4984]".
        int whole = largest < 1 ? 0 : (int) Math.floor(Math.log10(largest)) + 1;
        return fixed(!difference, Math.min(decimals, Math.max(2, MAX_ROW_DECIMALS - whole)), estimate, lower, upper);
    }

    /** The decimals that give a number three significant digits; 0 for zero or a number not finite. */
    private static int decimalsFor(double size) {
        return Double.isFinite(size) && size != 0 ? 2 - (int) Math.floor(Math.log10(size)) : 0;
    }

    /**
     * Numbers the author gave (a GRADE effect and its CI) each with the decimals the author
     * wrote, at least two and at most six, as GRADEpro keeps an entered effect: 21 [0.972,
     * 453.91] reads "21.00 (0.972 to 453.91)" and 0.7 reads 0.70, never a zero added to a
     * number the author wrote with fewer digits than its neighbour; a ratio too small for six
     * decimals as {@link #tinyRatio}.
     */
    static List<String> givenRow(boolean ratio, double... xs) {
        List<String> out = new ArrayList<>(xs.length);
        for (double x : xs) {
            int decimals = Double.isFinite(x) ? BigDecimal.valueOf(x).stripTrailingZeros().scale() : 0;
            out.addAll(fixed(ratio, Math.min(Math.max(2, decimals), MAX_ROW_DECIMALS), x));
        }
        return out;
    }

    private static List<String> fixed(boolean ratio, int decimals, double... xs) {
        List<String> out = new ArrayList<>(xs.length);
        for (double x : xs) {
            if (!Double.isFinite(x)) {
                out.add("not estimable");
                continue;
            }
            // The exact binary value rounded half to even, as C's printf (and so R) rounds.
            BigDecimal rounded = new BigDecimal(x).setScale(decimals, RoundingMode.HALF_EVEN);
            out.add(ratio && x > 0 && rounded.signum() == 0 ? tinyRatio(x) : typographic(rounded.toPlainString()));
        }
        return out;
    }

    /**
     * A positive ratio that a row's decimals would print as zero, which no ratio is ("OR
     * 0.000000" told a reader nothing): its three significant digits, plain up to six decimals
     * ("0.000331"), past them as a power of ten ("1.00 × 10⁻¹⁰", no-break spaces around the sign).
     */
    static String tinyRatio(double x) {
        int decimals = decimalsFor(x);
        if (decimals <= MAX_ROW_DECIMALS) {
            return new BigDecimal(x).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
        }
        BigDecimal digits = new BigDecimal(x).round(new MathContext(3, RoundingMode.HALF_EVEN));
        // Taken after rounding: 9.996e-8 rounds to 1.00 × 10⁻⁷, not 10.0 × 10⁻⁸.
        int exponent = digits.precision() - digits.scale() - 1;
        String mantissa = digits.scaleByPowerOfTen(-exponent).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
        StringBuilder power = new StringBuilder();
        for (char c : Integer.toString(exponent).toCharArray()) {
            power.append(c == '-' ? '⁻' : SUPERSCRIPT_DIGITS.charAt(c - '0'));
        }
        return mantissa + "\u00a0×\u00a010" + power;
    }

    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /**
     * A number with at least three significant digits and at least {@code minDecimals}
     * decimals, always plain, as numbers on a page are (metafor prints τ² as 0.0000, RevMan
     * 0.00, neither 1.23e-05): from a million up grouped ("3,060,000.00"), and a positive
     * number below 0.0001 as that bound ("< 0.0001"), as p-values are. "not estimable" when
     * not finite.
     */
    static String significant(double x, int minDecimals) {
        if (!Double.isFinite(x)) {
            return "not estimable";
        }
        double size = Math.abs(x);
        if (x > 0 && size < SMALLEST) {
            return "< " + new BigDecimal(SMALLEST).setScale(4, RoundingMode.HALF_EVEN).toPlainString();
        }
        int decimals = size == 0 ? minDecimals : Math.max(minDecimals, 2 - (int) Math.floor(Math.log10(size)));
        // The exact binary value rounded half to even, as C's printf (and so R) rounds.
        return typographic(new BigDecimal(x).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString());
    }

    /** Below this a statistic or a share is written as a bound: its digits say nothing to a reader. */
    private static final double SMALLEST = 0.0001;

    /** A statistic as the right side of "τ² = 0.0123" or "τ² < 0.0001": its relation sign, a space and the number. */
    static String is(String written) {
        return written.startsWith("<") ? written : "= " + written;
    }

    /** A written number with the typographic minus sign, no sign at all on a zero, and its thousands grouped. */
    private static String typographic(String number) {
        return grouped((number.matches("-0(\\.0+)?") ? number.substring(1) : number).replace('-', '−'));
    }

    /**
     * A plain number with its whole part grouped in thousands, "41,000.00", as counts are
     * ("1,537"): a cost difference of 41000.00 was the one number on a page left ungrouped.
     * {@link EvidenceWords#number} then gives it the page's marks ("41.000,00").
     */
    static String grouped(String plain) {
        int start = plain.startsWith("−") || plain.startsWith("-") ? 1 : 0;
        int end = start;
        while (end < plain.length() && Character.isDigit(plain.charAt(end))) {
            end++;
        }
        if (end - start < 4 || end < plain.length() && plain.charAt(end) != '.') {
            return plain;
        }
        StringBuilder out = new StringBuilder(plain.length() + (end - start) / 3).append(plain, 0, start);
        for (int i = start; i < end; i++) {
            if (i > start && (end - i) % 3 == 0) {
                out.append(',');
            }
            out.append(plain.charAt(i));
        }
        return out.append(plain, end, plain.length()).toString();
    }

    /**
     * A share in percent (a weight, I²) with three significant digits and at least one
     * decimal, as metafor's are compared: 97.8%, 1.26%, 0.895% (a weight of 0.00655% is
     * not 0.0%); a dash when there is none to give.
     */
    static String percent(double x) {
        if (!Double.isFinite(x)) {
            return "—";
        }
        String written = significant(x, 1);
        // A single study's weight is the whole, written as the total row writes it.
        return (written.equals("100.0") ? "100" : written) + "%";
    }

    /** A p-value with three significant digits (0.0148, 0.500); below 0.0001 as metafor prints it, a bound. */
    static String pValue(double p) {
        if (Double.isNaN(p)) {
            return "not applicable";
        }
        return p < 0.0001 ? "< 0.0001" : "= " + significant(p, 2);
    }

    static String decimal(double x, int places) {
        return String.format(Locale.ROOT, "%." + places + "f", x).replace('-', '−');
    }

    /** An SVG coordinate; never "NaN" or "Infinity" (inputs are checked; this is the last guard). */
    static String px(double x) {
        if (!Double.isFinite(x)) {
            x = 0;
        }
        String s = String.format(Locale.ROOT, "%.1f", x);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    /**
     * About how wide a text is at {@code size} px, measured on the widest common sans-serif
     * (DejaVu Sans, Linux's system-ui), bold a tenth more. Narrower fonts only leave more room.
     * Each printable ASCII character has its own width: "<", "=" and "%" are as wide as
     * "W" nearly, and labels of them ran out of their place. A letter with a mark is as wide
     * as its letter; East Asian characters a full em; any other character the width of "<".
     */
    static double width(String text, double size, boolean bold) {
        double width = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            width += width(c);
        }
        return width * size / 12 * (bold ? 1.1 : 1);
    }

    /** A character's width at 12 px. */
    private static double width(int c) {
        if (c >= ' ' && c <= '~') {
            return ASCII_WIDTHS[c - ' '];
        }
        if (c == '\u00a0' || c == '\u202f') {
            return ASCII_WIDTHS[0];
        }
        if (Character.getType(c) == Character.NON_SPACING_MARK) {
            return 0;
        }
        String base = Normalizer.normalize(Character.toString(c), Normalizer.Form.NFD);
        if (base.charAt(0) != c && base.charAt(0) >= ' ' && base.charAt(0) <= '~') {
            return ASCII_WIDTHS[base.charAt(0) - ' '];
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || c == '…' || c == '—' ? 12 : 10.05;
    }

    /** DejaVu Sans at 12 px, from ' ' to '~', as a browser lays them out. */
    private static final double[] ASCII_WIDTHS = {
            3.81, 4.81, 5.52, 10.05, 7.63, 11.40, 9.36, 3.30, 4.68, 4.68, 6.00, 10.05, 3.81, 4.33, 3.81, 4.04,
            7.63, 7.63, 7.63, 7.63, 7.63, 7.63, 7.63, 7.63, 7.63, 7.63, 4.04, 4.04, 10.05, 10.05, 10.05, 6.37,
            12.00, 8.53, 8.23, 8.38, 9.24, 7.58, 6.90, 9.30, 9.02, 3.54, 3.54, 7.87, 6.69, 10.35, 8.98, 9.45,
            7.24, 9.45, 8.34, 7.62, 7.13, 8.78, 8.21, 11.86, 8.22, 7.33, 8.22, 4.68, 4.04, 4.68, 10.05, 6.00,
            6.00, 7.35, 7.62, 6.60, 7.62, 7.38, 4.13, 7.62, 7.61, 3.33, 3.33, 6.95, 3.33, 11.69, 7.61, 7.34,
            7.62, 7.62, 4.73, 6.25, 4.70, 7.61, 7.10, 9.81, 7.10, 7.10, 6.30, 7.63, 4.04, 7.63, 10.05
    };


    /**
     * Splits text into lines no wider than {@code room} px at {@code size} px, breaking only a
     * word too wide for a line of its own.
     */
    static List<String> wrap(String text, double room, double size, boolean bold) {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : text.split("\\s+")) {
            while (width(word, size, bold) > room) {
                if (!line.isEmpty()) {
                    lines.add(line);
                    line = "";
                }
                int end = word.offsetByCodePoints(0, 1);
                while (end < word.length()
                        && width(word.substring(0, word.offsetByCodePoints(end, 1)), size, bold) <= room) {
                    end = word.offsetByCodePoints(end, 1);
                }
                lines.add(word.substring(0, end));
                word = word.substring(end);
            }
            if (!line.isEmpty() && width(line + " " + word, size, bold) > room) {
                lines.add(line);
                line = "";
            }
            if (!word.isEmpty()) {
                line = line.isEmpty() ? word : line + " " + word;
            }
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    /**
     * Opens a box that scrolls a wide diagram or table sideways; focusable and named so
     * that keyboard users can scroll it too.
     */
    static String scrollBox(String cssClass, String name) {
        return "<div class=\"" + cssClass + "\" tabindex=\"0\" role=\"region\" aria-label=\"" + escape(name) + "\">";
    }
}
