package org.evidencepress.markdown;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.evidencepress.diagnostic.Diagnostic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Footnotes, {@code text[^label]} and {@code [^label]: note}: numbered in the order they
 * are first referenced, gathered at the end of the document, each linking back to every
 * reference. Their ids ({@code fn-N}, {@code fnref-N}, {@code fnref-N-M}) share no prefix
 * with sources ({@code source-N}) or citations ({@code cite-N-M}), and are reserved
 * before headings take theirs.
 */
public final class Footnotes {
    private Footnotes() {
    }

    /** {@code [^label]: ...} as parsed: a container of blocks, moved to the end by {@link #resolve}. */
    public static final class Definition extends CustomBlock {
        private final String label;

        Definition(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A {@code [^label]} in the text; renders as its literal text until resolved. */
    public static final class Reference extends CustomNode {
        private final String label;
        private int number;
        private String id;

        Reference(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public String literal() {
            return "[^" + label + "]";
        }

        public int number() {
            return number;
        }

        /** The anchor id of this reference; null while unresolved. */
        public String id() {
            return id;
        }
    }

    /** The numbered notes at the end of the document. */
    public static final class Section extends CustomBlock {
        private final String label;

        Section(String label) {
            this.label = label;
        }

        /** Accessible name of the list. */
        public String label() {
            return label;
        }
    }

    /** One numbered note with the ids of the references that lead to it. */
    public static final class Note extends CustomBlock {
        private final int number;
        private final List<String> referenceIds;
        private final List<String> backLabels;

        Note(int number, List<String> referenceIds, List<String> backLabels) {
            this.number = number;
            this.referenceIds = List.copyOf(referenceIds);
            this.backLabels = List.copyOf(backLabels);
        }

        public int number() {
            return number;
        }

        public String id() {
            return "fn-" + number;
        }

        public List<String> referenceIds() {
            return referenceIds;
        }

        /** The accessible name of each back-link, in the order of {@link #referenceIds}. */
        public List<String> backLabels() {
            return backLabels;
        }
    }

    /** Inline Markdown of the same page that comes before the document (a review's key points). */
    public record Before(Node document, SourceOffset offset) {
    }

    /**
     * Numbers the references of {@code document}, moves the referenced definitions into a
     * {@link Section} at its end and returns every id this adds to the page. References in
     * {@code before} come first in page order and use the document's definitions, as
     * citations in key points use the page's sources. A reference without a definition is
     * an error at the reference; a definition never referenced is a warning and is left out.
     * A reference in a link's text moves to just after the link.
     */
    public static Set<String> resolve(List<Before> before, Node document, MarkdownWords words, String path,
                                      SourceOffset offset, List<Diagnostic> problems) {
        Map<String, Definition> definitions = new LinkedHashMap<>();
        List<Reference> references = new ArrayList<>();
        Map<Reference, SourceOffset> offsets = new HashMap<>();
        for (Before b : before) {
            b.document().accept(new AbstractVisitor() {
                @Override
                public void visit(CustomNode node) {
                    if (node instanceof Reference r) {
                        references.add(r);
                        offsets.put(r, b.offset());
                    }
                    visitChildren(node);
                }
            });
        }
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                if (block instanceof Definition d) {
                    if (definitions.putIfAbsent(normalise(d.label()), d) != null) {
                        problems.add(Diagnostic.warning(path, offset.line(d), offset.column(d),
                                "footnote '[^" + d.label() + "]' is defined twice; the first definition is used"));
                    }
                }
                visitChildren(block);
            }

            @Override
            public void visit(CustomNode node) {
                if (node instanceof Reference r) {
                    references.add(r);
                }
                visitChildren(node);
            }
        });
        for (Reference ref : references) {
            Link link = linkAround(ref);
            if (link != null) {
                followLink(ref, link);
            }
        }
        Map<String, List<String>> refIds = new LinkedHashMap<>();
        Map<String, Integer> numbers = new HashMap<>();
        for (Reference ref : references) {
            String key = normalise(ref.label());
            if (!definitions.containsKey(key)) {
                SourceOffset at = offsets.getOrDefault(ref, offset);
                problems.add(Diagnostic.error(path, at.line(ref), at.column(ref),
                        "footnote '[^" + ref.label() + "]' has no definition; add a line '[^" + ref.label()
                                + "]: ...'"));
                continue;
            }
            List<String> ids = refIds.computeIfAbsent(key, k -> new ArrayList<>());
            ref.number = numbers.computeIfAbsent(key, k -> numbers.size() + 1);
            ref.id = "fnref-" + ref.number + (ids.isEmpty() ? "" : "-" + (ids.size() + 1));
            ids.add(ref.id);
        }
        Set<String> anchors = new TreeSet<>();
        for (Map.Entry<String, Definition> entry : definitions.entrySet()) {
            Definition d = entry.getValue();
            d.unlink();
            if (!refIds.containsKey(entry.getKey())) {
                problems.add(Diagnostic.warning(path, offset.line(d), offset.column(d),
                        "footnote '[^" + d.label() + "]' is never referenced"));
            }
        }
        if (refIds.isEmpty()) {
            return anchors;
        }
        Section section = new Section(words.footnotes());
        int number = 1;
        for (Map.Entry<String, List<String>> entry : refIds.entrySet()) {
            Note note = new Note(number, entry.getValue(), words.backLabels(number, entry.getValue().size()));
            Definition d = definitions.get(entry.getKey());
            note.setSourceSpans(d.getSourceSpans());
            for (Node child = d.getFirstChild(); child != null; ) {
                Node next = child.getNext();
                note.appendChild(child);
                child = next;
            }
            section.appendChild(note);
            anchors.add(note.id());
            anchors.addAll(entry.getValue());
            number++;
        }
        document.appendChild(section);
        return anchors;
    }

    /** The outermost link whose text holds {@code node}, or null. */
    static Link linkAround(Node node) {
        Link around = null;
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof Link link) {
                around = link;
            }
        }
        return around;
    }

    /**
     * Moves a reference out of a link's text to just after the link, behind the marks already
     * there: a mark inside would be a link inside a link, which HTML does not allow.
     */
    static void followLink(Reference reference, Link link) {
        Node last = link;
        while (last.getNext() instanceof Reference) {
            last = last.getNext();
        }
        last.insertAfter(reference);
    }

    /** The number of the footnote {@code node} stands in, 0 when it is in none. */
    public static int numberOf(Node node) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof Note note) {
                return note.number();
            }
        }
        return 0;
    }

    /** Labels match as link labels do: case and inner white space do not matter. */
    private static String normalise(String label) {
        return label.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }
}
