package org.evidencepress.cite;

import org.commonmark.node.Node;
import org.evidencepress.bibliography.BibItem;
import org.evidencepress.bibliography.Library;
import org.evidencepress.diagnostic.Diagnostic;
import org.evidencepress.integrity.Doi;
import org.evidencepress.frontmatter.References;
import org.evidencepress.frontmatter.SourceEntry;
import org.evidencepress.spelling.Suggest;
import org.evidencepress.markdown.Citation;
import org.evidencepress.markdown.CitationWalk;
import org.evidencepress.markdown.SourceOffset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Resolves the citations of one review: each key is looked up in the review's
 * {@code sources:}, then its bibliography files, then the site's. Inline sources keep their
 * numbers 1..n; bibliography entries follow in order of first citation, {@code nocite}
 * entries last. Each cited place gets an anchor its source links back to. Unknown keys in
 * a bracketed group are errors at the citation; a narrative {@code @word} that names no
 * source stays text; inline sources never cited are warnings. Rows of the evidence tables
 * that name a source count as citing it.
 */
public final class CitationResolver {
    /** Quarto's cross-reference ids, {@code @fig-forest} or {@code @tbl-grade}: its kind, a dash, a name. */
    private static final Pattern QUARTO_CROSS_REFERENCE =
            Pattern.compile("(fig|tbl|sec|eq|lst|thm|lem|cor|prp|cnj|def|exm|exr|apx)-[\\w-]+");

    private CitationResolver() {
    }

    /** What cites on a review's page: its Markdown, or a row of an evidence table. */
    public sealed interface Cited permits Part, Row, Named {
    }

    /** A parsed piece of Markdown of the review (a key point, the body, a table's note) and where it starts. */
    public record Part(Node document, SourceOffset offset) implements Cited {
    }

    /** A row of an evidence table on the page, citing its source. */
    public record Row(String sourceId, String anchor) implements Cited {
    }

    /**
     * A {@code source:} written in an evidence table (at line and column), whether or not its
     * row is shown: it must name a source, as a citation's key must.
     */
    public record Named(String sourceId, int line, int column) implements Cited {
    }

    /**
     * What the citations of a review may name, the style that renders them (null: the
     * default theme's numbers) and the problems found setting them up (bibliography files,
     * the style), reported with the page.
     */
    public record Scope(List<SourceEntry> inline, Library review, Library site, List<References.Ref> nocite,
                        CitationStyle style, List<Diagnostic> problems, boolean siteUnread) {
        /** A plain page's: it has no Sources list, so nothing it could cite. */
        public static final Scope PLAIN_PAGE = inlineOnly(List.of());

        public static Scope inlineOnly(List<SourceEntry> inline) {
            return new Scope(inline, Library.EMPTY, Library.EMPTY, List.of(), null, List.of(), false);
        }

        /** Whether this scope is only inline sources in the default style (the key of a cached page stays small). */
        public boolean isInlineOnly() {
            return review == Library.EMPTY && site == Library.EMPTY && style == null && problems.isEmpty() && !siteUnread;
        }

        /**
         * Whether {@code key} is only the key of a bibliography entry that could not be read, and
         * no inline source's: the entry's error says what is wrong, not a citation of it.
         */
        boolean unreadable(String key) {
            return (review.unreadable(key) || site.unreadable(key)) && review.get(key) == null && site.get(key) == null
                    && inline.stream().noneMatch(source -> source.id().equals(key));
        }

        /** Whether {@code key} names a source in this scope: inline, the review's bibliography files or the site's. */
        public boolean knows(String key) {
            return review.get(key) != null || site.get(key) != null
                    || inline.stream().anyMatch(source -> source.id().equals(key));
        }
    }

    /** The {@code nocite} key that lists every bibliography entry, as in Pandoc. */
    static final String EVERY_ENTRY = "*";

    /** One cited work at one place: its number in the list and the anchor of that place. */
    public record CiteRef(int number, String anchorId, Citation.Cite cite) {
    }

    /**
     * A citation of the page with its works resolved, in the order written; a table row's
     * citation of its source has no node, as it shows no text of its own.
     */
    public record Resolved(Citation node, List<CiteRef> refs) {
    }

    /**
     * The outcome for one review.
     *
     * @param sources   the Sources list, numbered from 1
     * @param backrefs  for each source (index = number - 1), the anchor ids of the places citing it
     * @param citations every resolved citation in reading order
     * @param styled    for each source, its entry as the style renders it (HTML); empty in the default style
     */
    public record Resolution(List<SourceEntry> sources, List<List<String>> backrefs, List<Resolved> citations,
                             List<String> styled) {
    }

    /**
     * Resolves the citations of the page, given in the order a reader meets them, and renders
     * them in the scope's style.
     *
     * @param words the page language's word between two authors of a narrative citation, and its semicolon
     */
    public static Resolution resolve(List<Cited> inPageOrder, Scope scope, CiteWords words, String path,
                                     List<Diagnostic> problems) {
        Resolution resolution = new Resolver(scope, path, problems).run(inPageOrder);
        for (Resolved resolved : resolution.citations()) {
            if (resolved.node() != null && resolved.node().narrative() && !resolved.refs().isEmpty()) {
                resolved.node().names(DefaultStyle.authors(
                        resolution.sources().get(resolved.refs().get(0).number() - 1), words.and()));
            }
        }
        if (scope.style() != null) {
            return scope.style().render(resolution, words, path, problems);
        }
        for (Resolved resolved : resolution.citations()) {
            if (resolved.node() != null) {
                resolved.node().render(DefaultStyle.citation(resolved, resolution.sources(), words));
            }
        }
        return resolution;
    }

    /** The state of one review's resolution. */
    private static final class Resolver {
        private final Scope scope;
        private final String path;
        private final List<Diagnostic> problems;
        private final Map<String, SourceEntry> byId = new HashMap<>();
        private final List<SourceEntry> sources;
        private final List<List<String>> backrefs = new ArrayList<>();
        /** Sources cited only where no back-link can return to: an image's description. */
        private final Set<Integer> citedWithoutPlace = new HashSet<>();
        private final List<Resolved> citations = new ArrayList<>();

        Resolver(Scope scope, String path, List<Diagnostic> problems) {
            this.scope = scope;
            this.path = path;
            this.problems = problems;
            this.sources = new ArrayList<>(scope.inline());
            for (SourceEntry source : sources) {
                byId.putIfAbsent(source.id(), source);
                backrefs.add(new ArrayList<>());
            }
        }

        Resolution run(List<Cited> inPageOrder) {
            for (Cited cited : inPageOrder) {
                if (cited instanceof Row row) {
                    resolveRow(row);
                    continue;
                }
                if (cited instanceof Named named) {
                    checkNamed(named);
                    continue;
                }
                Part part = (Part) cited;
                CitationWalk.walk(part.document(), true, (citation, inLink, inImage) ->
                        resolveOne(citation, part.offset(), inLink, inImage));
            }
            for (References.Ref ref : scope.nocite()) {
                if (ref.value().equals(EVERY_ENTRY)) {
                    listEveryEntry(ref);
                    continue;
                }
                if (byId.containsKey(ref.value())) {
                    continue;
                }
                if (lookup(ref.value()) == null && !scope.unreadable(ref.value())) {
                    problems.add(Diagnostic.error(path, ref.line(), ref.column(), "nocite key '" + ref.value()
                            + "' is in none of the bibliography files of this review or the site"));
                }
            }
            for (SourceEntry source : sources.subList(0, scope.inline().size())) {
                if (backrefs.get(source.number() - 1).isEmpty() && !citedWithoutPlace.contains(source.number())) {
                    problems.add(Diagnostic.warning(path, source.line(), source.column(),
                            "source '" + source.id() + "' is never cited"));
                }
            }
            List<List<String>> frozen = new ArrayList<>();
            backrefs.forEach(list -> frozen.add(List.copyOf(list)));
            return new Resolution(List.copyOf(sources), List.copyOf(frozen), List.copyOf(citations), List.of());
        }

        /** Pandoc's {@code nocite: "@*"}: every entry of the review's bibliography files, then of the site's. */
        private void listEveryEntry(References.Ref ref) {
            if (scope.review().byKey().isEmpty() && scope.site().byKey().isEmpty()) {
                // A library with files that gave no entry (they did not read) is not EMPTY.
                boolean named = scope.review() != Library.EMPTY || scope.site() != Library.EMPTY;
                problems.add(Diagnostic.warning(path, ref.line(), ref.column(), "nocite '@*' lists nothing: "
                        + (named ? "the bibliography files of this review and the site give no entry"
                        : "neither this review nor the site names a bibliography file")));
                return;
            }
            for (Library library : List.of(scope.review(), scope.site())) {
                library.entries().forEach(item -> lookup(item.key()));
            }
        }

        /** The source a key names, adding a bibliography entry to the list at its first citation. */
        private SourceEntry lookup(String key) {
            SourceEntry known = byId.get(key);
            if (known != null) {
                return known;
            }
            BibItem item = scope.review().get(key);
            if (item == null) {
                item = scope.site().get(key);
            }
            if (item == null) {
                return null;
            }
            SourceEntry entry = BibSources.entry(item, sources.size() + 1);
            String doi = Doi.ofWork(entry.doi(), entry.url());
            if (doi != null) {
                for (SourceEntry earlier : sources) {
                    String earlierDoi = Doi.ofWork(earlier.doi(), earlier.url());
                    if (earlierDoi != null && Doi.key(earlierDoi).equals(Doi.key(doi))) {
                        problems.add(Diagnostic.warning(item.file(), item.line(), item.column(), "source '" + key
                                + "' has the same doi '" + doi + "' as source '" + earlier.id() + "' in "
                                + path + ": one work listed twice"));
                        break;
                    }
                }
            }
            sources.add(entry);
            backrefs.add(new ArrayList<>());
            byId.put(key, entry);
            return entry;
        }

        /**
         * @param insideImage in an image's description, which becomes its alt text: the
         *                    citation reads there as plain text, with no anchor to return to
         */
        private void resolveOne(Citation citation, SourceOffset offset, boolean insideLink, boolean insideImage) {
            int line = offset.line(citation);
            int column = offset.column(citation);
            if (citation.syntaxError() != null) {
                problems.add(Diagnostic.error(path, line, column, "malformed citation " + citation.literal() + ": "
                        + citation.syntaxError()));
                return;
            }
            if (citation.narrative()) {
                String key = citation.cites().get(0).id();
                if (byId.get(key) == null && scope.review().get(key) == null && scope.site().get(key) == null) {
                    String near = nearKey(key);
                    // In a link's text an @word that names no source is a handle the link leads to, as likely as a slip.
                    if (near != null && !insideLink) {
                        problems.add(Diagnostic.warning(path, line, column, "'@" + key
                                + "' is not a citation key and stays text; did you mean '@" + near + "'?"));
                    } else if (!insideLink && QUARTO_CROSS_REFERENCE.matcher(key).matches()) {
                        problems.add(Diagnostic.warning(path, line, column, "'@" + key + "' is a Quarto"
                                + " cross-reference, which is not rendered and stays text; link to what it names,"
                                + " as in [" + crossReferenced(key) + "](#" + key + ")"));
                    }
                    return;
                }
            }
            List<SourceEntry> found = new ArrayList<>();
            boolean unknown = false;
            int searchFrom = 0;
            for (Citation.Cite cite : citation.cites()) {
                int at = citation.literal().indexOf("@" + cite.id(), searchFrom);
                searchFrom = Math.max(searchFrom, at + 1);
                SourceEntry source = lookup(cite.id());
                found.add(source);
                if (source == null) {
                    unknown = true;
                    if (scope.siteUnread() || scope.unreadable(cite.id())) {
                        // site.yaml has errors, or the key's entry could not be read: that error is the one to fix.
                        continue;
                    }
                    String near = nearKey(cite.id());
                    // At the key itself when it is on the group's first line, so that one of several is told apart.
                    boolean sameLine = at > 0 && citation.literal().lastIndexOf('\n', at) < 0;
                    problems.add(Diagnostic.error(path, line, sameLine ? column + at : column,
                            "unknown citation id '@" + cite.id() + (scope == Scope.PLAIN_PAGE
                            ? "': a plain page has no Sources list; cite in a review, or write '\\[@" + cite.id()
                                    + "]' for the text itself"
                            : "': no source with id '" + cite.id() + "' in this review"
                            + (near == null ? "" : "; did you mean '@" + near + "'?"))));
                }
            }
            if (unknown) {
                // The group stays text, so its known sources are cited with no anchor for a back-link to reach.
                found.stream().filter(Objects::nonNull).forEach(source -> citedWithoutPlace.add(source.number()));
                return;
            }
            List<CiteRef> refs = new ArrayList<>();
            for (int i = 0; i < found.size(); i++) {
                SourceEntry source = found.get(i);
                Citation.Cite cite = citation.cites().get(i);
                if (insideImage || citation.namesOnly()) {
                    citedWithoutPlace.add(source.number());
                    refs.add(new CiteRef(source.number(), null, cite));
                    continue;
                }
                List<String> places = backrefs.get(source.number() - 1);
                String anchor = "cite-" + source.number() + "-" + (places.size() + 1);
                places.add(anchor);
                refs.add(new CiteRef(source.number(), anchor, cite));
            }
            citations.add(new Resolved(citation, List.copyOf(refs)));
        }

        /** A table's {@code source:} is looked up as a citation's key: inline, the review's bibliography files, the site's. */
        private void checkNamed(Named named) {
            String id = named.sourceId();
            if (byId.containsKey(id) || scope.review().get(id) != null || scope.site().get(id) != null
                    || scope.siteUnread() || scope.unreadable(id)) {
                return;
            }
            String near = nearKey(id);
            problems.add(Diagnostic.error(path, named.line(), named.column(), "unknown source '" + id
                    + "': no source with id '" + id + "' in this review"
                    + (near == null ? "" : "; did you mean '" + near + "'?")));
        }

        /** A row cites its source; an unknown one is reported where it is {@link Named}. */
        private void resolveRow(Row row) {
            SourceEntry source = lookup(row.sourceId());
            if (source == null) {
                return;
            }
            backrefs.get(source.number() - 1).add(row.anchor());
            citations.add(new Resolved(null, List.of(new CiteRef(source.number(), row.anchor(),
                    new Citation.Cite(row.sourceId(), "", null, null, "", false)))));
        }

        /** A known key one edit away from {@code key}, or null. */
        /** What a Quarto cross-reference names, for the link its warning suggests: "the table". */
        private static String crossReferenced(String key) {
            return switch (key.substring(0, key.indexOf('-'))) {
                case "fig" -> "the figure";
                case "tbl" -> "the table";
                case "sec" -> "the section";
                case "eq" -> "the equation";
                default -> "its text";
            };
        }

        private String nearKey(String key) {
            TreeSet<String> near = new TreeSet<>();
            List<Iterable<String>> scopes = List.of(byId.keySet(), scope.review().byKey().keySet(),
                    scope.site().byKey().keySet());
            for (Iterable<String> keys : scopes) {
                for (String candidate : keys) {
                    if (Math.abs(candidate.length() - key.length()) <= 1 && Suggest.distance(key, candidate) == 1) {
                        near.add(candidate);
                    }
                }
            }
            return near.isEmpty() ? null : near.first();
        }
    }
}
