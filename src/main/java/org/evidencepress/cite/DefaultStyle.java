package org.evidencepress.cite;

import org.evidencepress.bibliography.CslNames;
import org.evidencepress.frontmatter.SourceEntry;
import org.evidencepress.html.HtmlText;
import org.evidencepress.markdown.Citation;
import org.evidencepress.markdown.CiteAffix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * In-text citations of the default theme: numbers in parentheses, "(1, 3, 4)", with
 * prefixes, locators and suffixes around them, "(see 1; also 2, p. 4)", and narrative
 * citations as the authors' family names before the number, "Miller and Raison (13)".
 */
final class DefaultStyle {
    private DefaultStyle() {
    }

    static List<Citation.Part> citation(CitationResolver.Resolved resolved, List<SourceEntry> sources, CiteWords words) {
        List<Citation.Part> parts = new ArrayList<>();
        List<CitationResolver.CiteRef> refs = resolved.refs();
        boolean plain = refs.stream().allMatch(r -> r.cite().plain());
        if (plain) {
            // Shown in ascending order, "(1, 3, 4)", whatever order the author wrote the ids in.
            // A CSL style decides for itself: author-date styles without a sort keep the written order.
            refs = refs.stream().sorted(Comparator.comparingInt(CitationResolver.CiteRef::number)).toList();
        }
        if (resolved.node().narrative()) {
            SourceEntry source = sources.get(refs.get(0).number() - 1);
            parts.add(Citation.Part.text(HtmlText.escape(authors(source, words.and())) + " ("));
        } else {
            parts.add(Citation.Part.text("("));
        }
        for (int i = 0; i < refs.size(); i++) {
            CitationResolver.CiteRef ref = refs.get(i);
            Citation.Cite cite = ref.cite();
            if (i > 0) {
                // "(2, chap. 2; 1, fig. 3)"; in French "(2, chap. 2\u00a0; 1, fig. 3)".
                parts.add(Citation.Part.text(plain ? ", " : HtmlText.escape(words.semicolon()) + " "));
            }
            if (!cite.prefix().isEmpty()) {
                parts.add(Citation.Part.text(CiteAffix.html(cite.prefix()) + " "));
            }
            parts.add(new Citation.Part(Integer.toString(ref.number()), ref.number(), ref.anchorId()));
            StringBuilder after = new StringBuilder();
            if (cite.locator() != null) {
                after.append(", ").append(HtmlText.escape(words.locatorTerm(cite.label(), cite.locator())))
                        .append(' ').append(HtmlText.escape(cite.locator()));
            }
            if (!cite.suffix().isEmpty()) {
                after.append(attaches(cite.suffix()) ? "" : " ").append(CiteAffix.html(cite.suffix()));
            }
            if (after.length() > 0) {
                parts.add(Citation.Part.text(after.toString()));
            }
        }
        parts.add(Citation.Part.text(")"));
        return parts;
    }

    /**
     * Whether a suffix starts with punctuation that follows the locator without a space, "p. 3;
     * chap. 2", "p. 3: table", as citeproc-js writes them in every CSL style.
     */
    private static boolean attaches(String suffix) {
        return ",;:.!?/)]".indexOf(suffix.charAt(0)) >= 0;
    }

    /** "Miller", "Miller and Raison" ({@code and} in the page's language), "Miller et al."; the title when no author is known. */
    static String authors(SourceEntry source, String and) {
        List<String> families = new ArrayList<>();
        boolean more = false;
        if (source.details().csl() != null) {
            Map<String, Object> csl = source.details().csl();
            Object names = csl.get("author");
            families.addAll(CslNames.families(names));
            if (families.isEmpty()) {
                names = csl.get("editor");
                families.addAll(CslNames.families(names));
            }
            // BibTeX's "and others": more authors than named, so "et al." whatever the count.
            more = CslNames.endsWithOthers(names);
        } else {
            source.authors().forEach(author -> families.addAll(CslNames.families(List.of(CslNames.written(author)))));
        }
        return switch (families.size()) {
            case 0 -> source.plainTitle();
            case 1 -> more ? families.get(0) + " et al." : families.get(0);
            case 2 -> more ? families.get(0) + " et al." : families.get(0) + " " + and + " " + families.get(1);
            default -> families.get(0) + " et al.";
        };
    }
}
