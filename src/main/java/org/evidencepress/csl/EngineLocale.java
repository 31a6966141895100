package org.evidencepress.csl;

import java.util.Locale;

/**
 * The locale a style is formatted in, and whether it overrides the style's own
 * {@code default-locale} (citeproc-js's {@code forceLang}).
 *
 * <p>The language of the page citing with the style wins, as Pandoc's {@code lang} does
 * (Pandoc and Quarto: "a locale to override the style's default"); citeproc-js alone would
 * keep a style's {@code default-locale} unless forced. One refinement: a bare language that
 * is the style's own ({@code en} for a style fixed to {@code en-GB}) keeps the style's
 * region, since "en" does not say which English and the style does. Without a language the
 * style's {@code default-locale} applies, else {@code en-US}.
 *
 * @param lang  the tag citeproc-js is given, or null for the style's default
 * @param force whether {@code lang} overrides the style's {@code default-locale}
 */
record EngineLocale(String lang, boolean force) {

    static EngineLocale of(CslStyle style, String language) {
        if (language == null) {
            return new EngineLocale(style.defaultLocale(), false);
        }
        String own = style.defaultLocale() != null ? style.defaultLocale()
                : StyleXml.root(style.xml()).map(root -> root.getAttribute("default-locale"))
                        .filter(tag -> !tag.isEmpty()).orElse(null);
        if (own != null && !language.contains("-")
                && own.toLowerCase(Locale.ROOT).startsWith(language.toLowerCase(Locale.ROOT) + "-")) {
            return new EngineLocale(own, true);
        }
        return new EngineLocale(language, true);
    }
}
