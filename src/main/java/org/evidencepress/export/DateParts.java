package org.evidencepress.export;

import org.evidencepress.bibliography.Seasons;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A year, month and day written with zero-padded parts, as {@code String.format("%04d")}
 * and {@code "%02d"} write them, without a formatter: BibTeX's and RIS's dates were most of
 * the formatting in writing every review's citation files.
 */
final class DateParts {
    /** CSL's seasons, 1 to 4, as CSL's English terms name them. */
    static final List<String> SEASONS = List.of("Spring", "Summer", "Autumn", "Winter");

    /** A season's name, as a literal date ("Spring 2019", "Fall 2018") or CSL's season as text holds it. */
    private static final Pattern SEASON_WORD = Pattern.compile("(?i)\\b(spring|summer|autumn|fall|winter)\\b");

    private DateParts() {
    }

    /**
     * The season of a work's date, 1 (spring) to 4 (winter), or 0 for none: BibLaTeX's month
     * 21-24 ({@code date = {2019-21}}), CSL's {@code season}, or a season word in a literal date.
     */
    static int season(Item item) {
        if (item.issued().size() == 2 && item.issued().get(1) >= 21 && item.issued().get(1) <= 24) {
            return item.issued().get(1) - 20;
        }
        Map<String, Object> csl = item.details().csl();
        if (item.issued().size() != 1 || csl == null || !(csl.get("issued") instanceof Map<?, ?> issued)) {
            return 0;
        }
        Object season = issued.get("season");
        if (season != null && season.toString().strip().matches("[1-4]")) {
            return Integer.parseInt(season.toString().strip());
        }
        Object text = season != null ? season : issued.get("literal");
        Matcher word = text == null ? null : SEASON_WORD.matcher(text.toString());
        if (word == null || !word.find()) {
            return 0;
        }
        return Seasons.of(word.group(1));
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
