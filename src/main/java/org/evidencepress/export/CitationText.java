package org.evidencepress.export;

import org.evidencepress.integrity.Doi;
import org.evidencepress.markdown.Urls;

/**
 * The plain-text citation of an item in the site's default style, author-date:
 * "Lima A, Okafor B (2026). Title. Site. https://doi.org/...". The link is apart from the
 * text so that a page can make it a link.
 *
 * @param href the link, percent-encoded for an {@code href}; {@code link} is it as shown
 */
public record CitationText(String text, String link, String href) {
    /** More authors than this are cut to the first few and "et al.", as most styles do. */
    private static final int MAX_AUTHORS = 6;

    public static CitationText of(Item item) {
        StringBuilder out = new StringBuilder();
        int shown = item.authors().size() > MAX_AUTHORS ? 3 : item.authors().size();
        for (int i = 0; i < shown; i++) {
            out.append(i > 0 ? ", " : "").append(item.authors().get(i).withInitials());
        }
        if (shown < item.authors().size() || item.moreAuthors()) {
            out.append(shown > 0 ? ", " : "").append("et al.");
        }
        if (item.year() != null) {
            out.append(out.isEmpty() ? "" : " ").append('(').append(item.year()).append(')');
        }
        if (!out.isEmpty()) {
            out.append(". ");
        }
        out.append(sentence(item.title()));
        if (item.container() != null) {
            out.append(' ').append(sentence(item.container()));
        }
        String link = item.doi() != null ? Doi.url(item.doi()) : item.url();
        return new CitationText(out.toString(), link, item.doi() != null ? Doi.href(item.doi()) : Urls.href(link));
    }

    /** Text ending in a full stop, unless it ends in punctuation already. */
    private static String sentence(String text) {
        return text.matches("(?s).*[.?!]$") ? text : text + ".";
    }
}
