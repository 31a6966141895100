package org.evidencepress.bibliography;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A work's language as CSL's {@code language} wants it, a BCP 47 tag, from the babel names
 * BibLaTeX's {@code langid} holds ("ngerman") or the words reference managers write in
 * BibTeX's {@code language} and RIS's {@code LA} ("German"). CSL processors title-case a
 * title only when its work is in English, so a German title keeps its lower case.
 */
public final class Languages {
    /**
     * Babel's names, as Pandoc maps them, but for English: Pandoc's en-US for "english" and en-GB
     * for "australian" came back in references.bib as "american" and "british", a variant the
     * author did not write; a tag of the variant named keeps it (CSL processors title-case any
     * English title alike). Slovene in Slovenia, sl-SI, where Pandoc writes sl-SL (Sierra Leone).
     */
    private static final Map<String, String> BABEL = Map.ofEntries(
            Map.entry("english", "en"), Map.entry("usenglish", "en-US"), Map.entry("american", "en-US"),
            Map.entry("british", "en-GB"), Map.entry("ukenglish", "en-GB"), Map.entry("canadian", "en-CA"),
            Map.entry("australian", "en-AU"), Map.entry("newzealand", "en-NZ"), Map.entry("afrikaans", "af-ZA"),
            Map.entry("arabic", "ar"), Map.entry("basque", "eu"), Map.entry("bulgarian", "bg-BG"),
            Map.entry("catalan", "ca-AD"), Map.entry("croatian", "hr-HR"), Map.entry("czech", "cs-CZ"),
            Map.entry("danish", "da-DK"), Map.entry("dutch", "nl-NL"), Map.entry("estonian", "et-EE"),
            Map.entry("finnish", "fi-FI"), Map.entry("canadien", "fr-CA"), Map.entry("acadian", "fr-CA"),
            Map.entry("french", "fr-FR"), Map.entry("francais", "fr-FR"), Map.entry("austrian", "de-AT"),
            Map.entry("naustrian", "de-AT"), Map.entry("german", "de-DE"), Map.entry("germanb", "de-DE"),
            Map.entry("ngerman", "de-DE"), Map.entry("greek", "el-GR"), Map.entry("polutonikogreek", "el-GR"),
            Map.entry("hebrew", "he-IL"), Map.entry("hungarian", "hu-HU"), Map.entry("magyar", "hu-HU"),
            Map.entry("icelandic", "is-IS"), Map.entry("italian", "it-IT"), Map.entry("japanese", "ja-JP"),
            Map.entry("latvian", "lv-LV"), Map.entry("lithuanian", "lt-LT"), Map.entry("mongolian", "mn-MN"),
            Map.entry("norsk", "nb-NO"), Map.entry("nynorsk", "nn-NO"), Map.entry("farsi", "fa-IR"),
            Map.entry("polish", "pl-PL"), Map.entry("brazil", "pt-BR"), Map.entry("brazilian", "pt-BR"),
            Map.entry("portugues", "pt-PT"), Map.entry("portuguese", "pt-PT"), Map.entry("romanian", "ro-RO"),
            Map.entry("russian", "ru-RU"), Map.entry("serbian", "sr-RS"), Map.entry("serbianc", "sr-RS"),
            Map.entry("slovak", "sk-SK"), Map.entry("slovene", "sl-SI"), Map.entry("spanish", "es-ES"),
            Map.entry("swedish", "sv-SE"), Map.entry("thai", "th-TH"), Map.entry("turkish", "tr-TR"),
            Map.entry("ukrainian", "uk-UA"), Map.entry("vietnamese", "vi-VN"), Map.entry("latin", "la"));

    /** The babel name BibLaTeX's {@code langid} wants for a tag, as Better BibTeX writes it; by region first. */
    private static final Map<String, String> BABEL_OF_TAG = Map.ofEntries(
            Map.entry("en", "english"), Map.entry("en-us", "american"), Map.entry("en-gb", "british"),
            Map.entry("en-ca", "canadian"), Map.entry("en-au", "australian"), Map.entry("en-nz", "newzealand"),
            Map.entry("de", "ngerman"), Map.entry("de-at", "naustrian"), Map.entry("fr", "french"),
            Map.entry("fr-ca", "canadien"), Map.entry("pt", "portuguese"), Map.entry("pt-br", "brazilian"),
            Map.entry("nb", "norsk"), Map.entry("no", "norsk"), Map.entry("nn", "nynorsk"),
            Map.entry("sl", "slovene"), Map.entry("fa", "farsi"));

    /**
     * Else babel's name for a tag's language, from the names read: "it-IT" is "italian";
     * of two names, the first in alphabetical order ("greek" before "polutonikogreek").
     */
    private static final Map<String, String> BABEL_OF_LANGUAGE = babelOfLanguage();

    private Languages() {
    }

    private static Map<String, String> babelOfLanguage() {
        Map<String, String> names = new TreeMap<>();
        BABEL.forEach((name, tag) -> {
            String language = tag.toLowerCase(Locale.ROOT).split("-")[0];
            if (!name.equals("francais")) {
                names.merge(language, name, (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        });
        return Map.copyOf(names);
    }

    /**
     * The babel name of a language tag ("de-DE" gives "ngerman", "en-GB" "british"; a babel
     * name, in any case, itself), or null when babel has none that this table knows.
     */
    public static String babel(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String lower = tag.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        if (BABEL.containsKey(lower)) {
            // A CSL-JSON language written as a name ("English"), as some exports give it.
            return lower;
        }
        String language = lower.contains("-") ? lower.substring(0, lower.indexOf('-')) : lower;
        String found = BABEL_OF_TAG.get(lower);
        if (found == null) {
            found = BABEL_OF_TAG.get(language);
        }
        return found != null ? found : BABEL_OF_LANGUAGE.get(language);
    }

    /**
     * The tag of a language name written in any case; anything else (a tag such as "en" or
     * "de-DE" already) as written. Null for a blank value.
     */
    static String tag(String written) {
        if (written == null || written.isBlank()) {
            return null;
        }
        String name = written.strip();
        return BABEL.getOrDefault(name.toLowerCase(Locale.ROOT), name);
    }
}
