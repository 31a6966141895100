package org.evidencepress.evidence.render;

import org.evidencepress.html.HtmlText;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
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

    /**
     * An effect or CI bound: two decimals, or two significant digits below 0.01 so a small
     * ratio does not read as 0.00; the minus sign is the typographic one.
     */
    static String effect(double x) {
        if (!Double.isFinite(x)) {
            return "not estimable";
        }
        String s;
        if (x != 0 && Math.abs(x) < 0.01) {
            s = new BigDecimal(x).round(new MathContext(2, RoundingMode.HALF_EVEN)).toPlainString();
        } else {
            s = String.format(Locale.ROOT, "%.2f", x);
        }
        if (s.matches("-0(\\.0+)?")) {
            s = s.substring(1);
        }
        return s.replace('-', '−');
    }

    static String percent(double x) {
        return String.format(Locale.ROOT, "%.1f%%", x);
    }

    static String pValue(double p) {
        if (Double.isNaN(p)) {
            return "not applicable";
        }
        return p < 0.001 ? "< 0.001" : "= " + String.format(Locale.ROOT, "%.3f", p);
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

    /** Splits text into lines of at most {@code width} characters, breaking long words. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            while (word.length() > width) {
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, width));
                word = word.substring(width);
            }
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (!word.isEmpty()) {
                if (!line.isEmpty()) {
                    line.append(' ');
                }
                line.append(word);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
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

    /** Cuts a label for a fixed-width SVG column; the table beside it shows it in full. */
    static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
