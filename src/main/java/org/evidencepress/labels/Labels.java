package org.evidencepress.labels;

import org.evidencepress.csl.LocatorTerms;
import org.evidencepress.evidence.render.EvidenceWords;
import org.evidencepress.markdown.MarkdownWords;
import org.evidencepress.text.Plurals;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * The theme's words in one language: every key of the shipped English file, each with
 * its text, and the date format. Texts may hold {@code {name}} placeholders that the
 * templates fill in.
 */
public final class Labels {
    /** The territory each shipped language's labels follow: English writes dates as in the US (May 20, 2026). */
    private static final Map<String, String> SHIPPED_TERRITORIES = Map.of("en", "US", "de", "DE", "fr", "FR",
            "es", "ES");

    private final String language;
    private final Map<String, String> text;
    private final DateTimeFormatter dates;

    Labels(String language, Map<String, String> text, DateTimeFormatter dates) {
        this.language = language;
        this.text = Map.copyOf(text);
        this.dates = dates;
    }

    /** The language tag these labels are for, e.g. {@code de} or {@code en-GB}. */
    public String language() {
        return language;
    }

    /**
     * The Open Graph locale ({@code language_TERRITORY}): a tag's own region, else the territory
     * whose conventions the shipped labels follow; null for a bare tag of another language, as
     * its territory would be a guess and readers ignore a locale without one.
     */
    public String openGraphLocale() {
        Locale locale = Locale.forLanguageTag(language);
        String region = locale.getCountry();
        // A numeric region (es-419, Latin America) names no one territory.
        String territory = region.isEmpty() ? SHIPPED_TERRITORIES.get(locale.getLanguage())
                : region.length() == 2 ? region : null;
        return territory == null ? null : locale.getLanguage() + "_" + territory;
    }

    /** Every label by key, placeholders unfilled. */
    public Map<String, String> texts() {
        return text;
    }

    public String text(String key) {
        String value = text.get(key);
        if (value == null) {
            throw new IllegalArgumentException("no label key '" + key + "'");
        }
        return value;
    }

    /** The label with each {@code {name}} replaced by its value. */
    public String fill(String key, Map<String, ?> values) {
        String out = text(key);
        for (Map.Entry<String, ?> v : values.entrySet()) {
            out = out.replace("{" + v.getKey() + "}", String.valueOf(v.getValue()));
        }
        return out;
    }

    /** The words Markdown rendering writes itself (footnotes, task lists), in this language. */
    public MarkdownWords markdownWords() {
        return new MarkdownWords(text("footnotes"), text("back_to_reference"), text("back_to_reference_each"),
                text("task_done"), text("task_open"), text("table_n"), text("narrative_and"), text("semicolon"),
                LocatorTerms.shortForms(language));
    }

    /** The words the evidence sections write (PRISMA boxes, forest plots, GRADE, risk of bias), in this language. */
    public EvidenceWords evidenceWords() {
        return new EvidenceWords(text::get, Locale.forLanguageTag(language));
    }

    /** A date as readers of this language write it: "March 7, 2026", "7. März 2026". */
    public String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        String written = dates.format(date);
        // French writes the first of the month as an ordinal, "1er mars 2026"; no date pattern can say so.
        if (date.getDayOfMonth() == 1 && Locale.forLanguageTag(language).getLanguage().equals("fr")
                && written.matches("1[ \u00a0\u202f]\\p{L}.*")) {
            return "1er" + written.substring(1);
        }
        return written;
    }

    /**
     * The label for a count with {@code {n}} filled in: {@code key_one} ("{n} work.") where the
     * count takes this language's singular and that label exists, else {@code key_other} or
     * {@code key} ("{n} works.").
     */
    public String count(String key, long n) {
        return fill(Plurals.key(key, language, n, text::containsKey), Map.of("n", number(n)));
    }

    /** A count as readers of this language write it: "25,007", "25.007", "25 007". */
    public String number(long n) {
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag(language)).format(n);
    }

    static DateTimeFormatter formatter(String pattern, String language) {
        return DateTimeFormatter.ofPattern(pattern, Locale.forLanguageTag(language));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Labels l && l.language.equals(language) && l.text.equals(text);
    }

    @Override
    public int hashCode() {
        return language.hashCode() * 31 + text.hashCode();
    }
}
