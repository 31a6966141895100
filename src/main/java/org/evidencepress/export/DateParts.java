package org.evidencepress.export;

import java.util.List;

/**
 * A year, month and day written with zero-padded parts, as {@code String.format("%04d")}
 * and {@code "%02d"} write them, without a formatter: BibTeX's and RIS's dates were most of
 * the formatting in writing every review's citation files.
 */
final class DateParts {
    private DateParts() {
    }

    /**
     * The year, month and day of {@code date} (or as many of them as it has), each followed
     * by the separator that goes after it in {@code after}, one per part.
     */
    static String of(List<Integer> date, String... after) {
        StringBuilder out = new StringBuilder(12);
        for (int i = 0; i < date.size(); i++) {
            padded(out, date.get(i), i == 0 ? 4 : 2);
            out.append(after[i]);
        }
        return out.toString();
    }

    /** Whether {@code date} is a year, a year and month, or a whole day: no season, no month 13. */
    static boolean calendar(List<Integer> date) {
        return !date.isEmpty() && date.size() <= 3 && (date.size() < 2 || date.get(1) >= 1 && date.get(1) <= 12);
    }

    /** {@code value} in at least {@code width} characters, its sign included, zeros after the sign. */
    private static void padded(StringBuilder out, long value, int width) {
        String digits = Long.toString(Math.abs(value));
        if (value < 0) {
            out.append('-');
            width--;
        }
        out.append("0".repeat(Math.max(0, width - digits.length()))).append(digits);
    }
}
