package org.evidencepress.cite;

import org.evidencepress.csl.CiteItem;
import org.evidencepress.csl.Cluster;
import org.evidencepress.csl.CslFormatter;
import org.evidencepress.csl.Entry;
import org.evidencepress.csl.FormattedCluster;
import org.evidencepress.csl.FormattedReview;
import org.evidencepress.csl.Segment;
import org.evidencepress.diagnostic.Diagnostic;
import org.evidencepress.frontmatter.References;
import org.evidencepress.frontmatter.SourceEntry;
import org.evidencepress.html.HtmlText;
import org.evidencepress.html.LinkedAddresses;
import org.evidencepress.integrity.Doi;
import org.evidencepress.markdown.Citation;
import org.evidencepress.markdown.CitationSyntax;
import org.evidencepress.markdown.CiteAffix;
import org.evidencepress.markdown.Footnotes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A review's citations and Sources list as a CSL style writes them, through a formatter
 * shared by every review of that style. The list takes the style's order (a numeric style
 * numbers by first citation, an author-date style sorts as it says); uncited inline sources
 * and {@code nocite} entries come after the cited ones. Every part of a citation that
 * names a work links to that work's entry. {@code declared} is where the style is named
 * ({@code csl:} in site.yaml or front matter), for what the processor cannot format. The
 * formatter is shared by every review of the style, so equal styles compare equal.
 */
record CslCitationStyle(CslFormatter formatter, String declaredIn, References.Ref declared) implements CitationStyle {
    /** Leading closing tags and trailing opening tags of a piece: they belong outside its link. */
    private static final Pattern LEADING_CLOSE = Pattern.compile("^(?:\\s*</[a-z]+>)+");
    private static final Pattern TRAILING_OPEN = Pattern.compile("(?:<[a-z]+(?:\\s[^>]*)?>\\s*)+$");
    /** A note's closing full stop, and the closing tags and quotation marks after it. */
    private static final Pattern FINAL_STOP = Pattern.compile("\\.((?:</[a-z]+>|[”’\"'»])*)\\s*$");

    @Override
    public CitationResolver.Resolution render(CitationResolver.Resolution resolution, CiteWords words, String path,
                                              List<Diagnostic> problems) {
        List<SourceEntry> sources = resolution.sources();
        List<Cluster> clusters = new ArrayList<>();
        Set<String> citedInText = new HashSet<>();
        int lastNote = 0;
        for (CitationResolver.Resolved resolved : resolution.citations()) {
            Citation node = resolved.node();
            // In a note style, a table row's citation is no note (it would make the next one
            // "Ibid."), and names in a sentence are the page's, not the style's: the engine sees neither.
            if (notes() && (node == null || node.namesOnly())) {
                clusters.add(new Cluster(List.of()));
                continue;
            }
            List<CiteItem> cites = new ArrayList<>();
            for (CitationResolver.CiteRef ref : resolved.refs()) {
                Citation.Cite cite = CitationSyntax.localLocator(ref.cite(), formatter.locatorTerms());
                cites.add(new CiteItem(cite.id(), cite.locator(), cite.label(),
                        emptyToNull(CiteAffix.richText(cite.prefix(), false)),
                        emptyToNull(CiteAffix.richText(cite.suffix(), true)), cite.suppressAuthor(),
                        // A note names the authors itself: "@a argue" inside a footnote is the note's text, as in Pandoc.
                        node != null && node.narrative() && !notes()));
                citedInText.add(cite.id());
            }
            int noteIndex = 0;
            if (notes()) {
                // A citation outside the notes (a table's note, an image's description) follows the last note.
                int note = Footnotes.numberOf(node);
                noteIndex = note > 0 ? note : lastNote + 1;
                lastNote = Math.max(lastNote, note);
            }
            clusters.add(new Cluster(cites, noteIndex));
        }
        List<Map<String, Object>> items = new ArrayList<>(sources.size());
        List<String> uncited = new ArrayList<>();
        for (SourceEntry source : sources) {
            items.add(BibSources.cslItem(source));
            boolean cited = notes() ? citedInText.contains(source.id())
                    : !resolution.backrefs().get(source.number() - 1).isEmpty();
            if (!cited) {
                uncited.add(source.id());
            }
        }
        FormattedReview formatted = formatter.format(items, clusters, uncited);
        for (String problem : formatted.problems()) {
            problems.add(Diagnostic.error(declaredIn, declared.line(), declared.column(), "CSL style '"
                    + declared.value() + "' could not format " + path + ": " + problem));
        }
        if (!formatted.problems().isEmpty()) {
            // The citations keep their text and anchors in the default style: the error above says
            // what failed, not every place the Sources list links back to as a broken link.
            for (CitationResolver.Resolved resolved : resolution.citations()) {
                if (resolved.node() != null) {
                    resolved.node().render(DefaultStyle.citation(resolved, sources, words));
                }
            }
            return resolution;
        }

        Map<String, Integer> position = new HashMap<>();
        Map<String, String> html = new HashMap<>();
        Map<String, SourceEntry> byId = new HashMap<>();
        sources.forEach(source -> byId.putIfAbsent(source.id(), source));
        for (Entry entry : formatted.bibliography()) {
            if (position.putIfAbsent(entry.id(), position.size() + 1) == null) {
                html.put(entry.id(), LinkedAddresses.link(entry.html(), addresses(byId.get(entry.id()))));
            }
        }
        // A style without a bibliography, or a work it left out: after the style's entries.
        for (SourceEntry source : sources) {
            position.putIfAbsent(source.id(), position.size() + 1);
        }
        SourceEntry[] ordered = new SourceEntry[sources.size()];
        List<List<String>> backrefs = new ArrayList<>(Collections.nCopies(sources.size(), List.of()));
        String[] styled = new String[sources.size()];
        for (SourceEntry source : sources) {
            int at = position.get(source.id());
            ordered[at - 1] = source.numbered(at);
            backrefs.set(at - 1, resolution.backrefs().get(source.number() - 1).stream()
                    .map(anchor -> renumbered(anchor, at)).toList());
            styled[at - 1] = html.get(source.id());
        }
        for (int c = 0; c < resolution.citations().size(); c++) {
            CitationResolver.Resolved resolved = resolution.citations().get(c);
            Citation node = resolved.node();
            // A table row's citation is a cluster for the style's order and numbers, with no text to show.
            if (c >= formatted.clusters().size() || node == null) {
                continue;
            }
            if (node.namesOnly()) {
                CitationResolver.CiteRef first = resolved.refs().get(0);
                SourceEntry source = sources.get(first.number() - 1);
                node.render(List.of(new Citation.Part(HtmlText.escape(DefaultStyle.authors(source, words.and())),
                        position.get(source.id()), null)));
            } else if (notes() && !node.wholeNote()) {
                List<Citation.Part> inSentence = withoutFinalStop(parts(formatted.clusters().get(c), resolved, position));
                node.render(node.narrative() ? inSentence : inParentheses(inSentence));
            } else {
                node.render(parts(formatted.clusters().get(c), resolved, position));
            }
        }
        return new CitationResolver.Resolution(List.of(ordered), List.copyOf(backrefs), resolution.citations(),
                formatted.bibliography().isEmpty() ? List.of() : Collections.unmodifiableList(Arrays.asList(styled)));
    }

    @Override
    public boolean notes() {
        return formatter.style().note();
    }

    @Override
    public String entry(Map<String, Object> item) {
        FormattedReview formatted = formatter.format(List.of(item), List.of(), List.of(String.valueOf(item.get("id"))));
        return formatted.problems().isEmpty() && !formatted.bibliography().isEmpty()
                ? formatted.bibliography().get(0).html() : null;
    }

    /**
     * The style's text of one citation, each piece naming a work linked to its entry. Each
     * place citing a work has its anchor: the first piece naming the work carries it; a work
     * cited twice in one citation ("[@a, p. 3; @a, p. 10]") may be named once, and its
     * second anchor then stands as an empty element at the citation's end.
     */
    private static List<Citation.Part> parts(FormattedCluster cluster, CitationResolver.Resolved resolved,
                                             Map<String, Integer> position) {
        Map<String, Deque<String>> unplaced = new HashMap<>();
        for (CitationResolver.CiteRef ref : resolved.refs()) {
            if (ref.anchorId() == null) {
                continue; // cited where no back-link returns (an image's description)
            }
            unplaced.computeIfAbsent(ref.cite().id(), id -> new ArrayDeque<>())
                    .add(renumbered(ref.anchorId(), position.get(ref.cite().id())));
        }
        Set<String> named = new HashSet<>();
        List<Citation.Part> parts = new ArrayList<>();
        int lastLinked = 0;
        for (Segment segment : cluster.segments()) {
            String id = segment.itemId();
            if (id == null || !position.containsKey(id)) {
                parts.add(Citation.Part.text(segment.html()));
            } else {
                // "Miller and Raison <sup>" then "1</sup>": the tags stay balanced outside the links.
                String html = segment.html();
                Matcher lead = LEADING_CLOSE.matcher(html);
                String before = lead.find() ? lead.group() : "";
                Matcher trail = TRAILING_OPEN.matcher(html.substring(before.length()));
                String after = trail.find() ? trail.group() : "";
                String linked = html.substring(before.length(), html.length() - after.length());
                if (!before.isEmpty()) {
                    parts.add(Citation.Part.text(before));
                }
                int number = position.get(id);
                if (lastLinked > 0) {
                    anchorsBetween(parts, unplaced, named, position, lastLinked, number);
                }
                named.add(id);
                Deque<String> anchors = unplaced.get(id);
                parts.add(new Citation.Part(linked, number, anchors == null ? null : anchors.poll()));
                lastLinked = number;
                if (!after.isEmpty()) {
                    parts.add(Citation.Part.text(after));
                }
            }
        }
        // A work the citation left no text for at all, or named fewer times than it was cited:
        // its anchors stand at the citation's end.
        named.clear();
        anchorsBetween(parts, unplaced, named, position, 0, Integer.MAX_VALUE);
        return parts;
    }

    /**
     * A numeric style writes "1–3" for three works: the middle one has no text of its own,
     * so its anchor (where its back-link returns) stands as an empty element just before the
     * range's end. Adds the anchors not yet placed of works not yet {@code named} and
     * numbered between {@code after} and {@code before}, in number order.
     */
    private static void anchorsBetween(List<Citation.Part> parts, Map<String, Deque<String>> unplaced,
                                       Set<String> named, Map<String, Integer> position, int after, int before) {
        unplaced.entrySet().stream()
                .filter(e -> !named.contains(e.getKey()) && !e.getValue().isEmpty()
                        && position.get(e.getKey()) > after && position.get(e.getKey()) < before)
                .sorted(Comparator.comparing(e -> position.get(e.getKey())))
                .toList()
                .forEach(e -> {
                    while (!e.getValue().isEmpty()) {
                        parts.add(Citation.Part.anchor(e.getValue().poll()));
                    }
                });
    }

    /**
     * A note style's citation inside a note (the author's footnote, a table's note) or where
     * no note can stand is part of a sentence there: without the note's closing full stop,
     * and set off in parentheses unless it is the sentence's subject (narrative), as Pandoc
     * writes it: "see (Miller and Raison, “The Role of Inflammation”), which argues".
     */
    private static List<Citation.Part> withoutFinalStop(List<Citation.Part> parts) {
        List<Citation.Part> out = new ArrayList<>(parts);
        for (int i = out.size() - 1; i >= 0; i--) {
            Citation.Part part = out.get(i);
            Matcher stop = FINAL_STOP.matcher(part.html());
            if (stop.find()) {
                out.set(i, new Citation.Part(part.html().substring(0, stop.start()) + stop.group(1), part.number(),
                        part.anchorId()));
                break;
            }
            if (!part.html().matches("(?:\\s*</?[a-z][^>]*>)*\\s*")) {
                break;
            }
        }
        return out;
    }

    private static List<Citation.Part> inParentheses(List<Citation.Part> parts) {
        List<Citation.Part> out = new ArrayList<>(parts.size() + 2);
        out.add(Citation.Part.text("("));
        out.addAll(parts);
        out.add(Citation.Part.text(")"));
        return out;
    }

    /**
     * "cite-4-2" (the 2nd place citing what was source 4) for the source's new number; the
     * anchors of evidence-table rows citing it keep their own names.
     */
    private static String renumbered(String anchor, int number) {
        return anchor.startsWith("cite-") ? "cite-" + number + anchor.substring(anchor.lastIndexOf('-')) : anchor;
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    /** The addresses a style may print for a source, each with its link: its DOI's resolver address, its url. */
    private static List<LinkedAddresses.Known> addresses(SourceEntry source) {
        if (source == null) {
            return List.of();
        }
        List<LinkedAddresses.Known> known = new ArrayList<>(2);
        if (source.doi() != null) {
            known.add(new LinkedAddresses.Known(Doi.url(source.doi()), source.doiUrl()));
        }
        if (source.url() != null) {
            known.add(new LinkedAddresses.Known(source.url(), source.urlHref()));
        }
        return known;
    }
}
