package org.evidencepress.markdown;

import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Citations of a note style (Chicago notes and kin) as footnotes, the way Pandoc and Quarto
 * place them: "as shown [@a]." reads "as shown.¹" with the citation as note 1's text, and a
 * narrative "@a argue" keeps the authors' names in the sentence ("Miller and Raison¹ argue")
 * while the note cites the work. Notes are numbered with the author's own footnotes, in the
 * order a reader meets them. A citation in a link's text becomes a note whose mark follows
 * the link, as a mark inside would be a link in a link. A citation already inside a footnote
 * stays there (the style then sets it in parentheses, as Pandoc does); so do citations in an
 * image's description, which cannot hold a note, and citations naming a key that is not a
 * source, which are reported where they are written.
 */
public final class CitationNotes {
    /** Labels in the private-use area: no footnote an author writes has one. */
    private static final String LABEL = "\uE020cite-";
    /** Punctuation that a note's mark follows, as Pandoc places it. */
    private static final String PUNCTUATION = ".,;:!?";

    private CitationNotes() {
    }

    /**
     * Turns the citations of {@code before} (the key points, above the body) and of
     * {@code body} into footnote references with their definitions at the body's end, ready
     * for {@link Footnotes#resolve}.
     */
    public static void place(List<Node> before, Node body, Predicate<String> isKey) {
        List<Citation> found = new ArrayList<>();
        before.forEach(document -> collect(document, isKey, found));
        collect(body, isKey, found);
        int count = 0;
        for (Citation citation : found) {
            Footnotes.Definition definition = new Footnotes.Definition(LABEL + ++count);
            Footnotes.Reference reference = new Footnotes.Reference(definition.label());
            reference.setSourceSpans(citation.getSourceSpans());
            Paragraph text = new Paragraph();
            definition.appendChild(text);
            citation.insertAfter(reference);
            if (citation.narrative()) {
                citation.insertBefore(citation.namesInSentence());
            }
            text.appendChild(citation.asNote());
            Link link = Footnotes.linkAround(citation);
            if (link != null) {
                // "[the handbook [@a]](https://...)." reads "the handbook.¹", the link whole before the mark.
                if (citation.getPrevious() instanceof Text inLinkBefore && (reference.getNext() == null
                        || reference.getNext() instanceof Text inLinkAfter && inLinkAfter.getLiteral().startsWith(" "))) {
                    inLinkBefore.setLiteral(inLinkBefore.getLiteral().stripTrailing());
                }
                Footnotes.followLink(reference, link);
            }
            citation.unlink();
            if (!citation.narrative()) {
                closeUp(reference);
            }
            body.appendChild(definition);
        }
    }

    /** "shown [@a]." reads "shown.¹": the space before the mark goes, the punctuation after it moves before it. */
    private static void closeUp(Footnotes.Reference reference) {
        if (reference.getPrevious() instanceof Text before) {
            before.setLiteral(before.getLiteral().stripTrailing());
        }
        if (reference.getNext() instanceof Text after) {
            String literal = after.getLiteral();
            int end = 0;
            while (end < literal.length() && PUNCTUATION.indexOf(literal.charAt(end)) >= 0) {
                end++;
            }
            if (end > 0) {
                after.setLiteral(literal.substring(end));
                // Before the whole run of marks: "text [@a] [@b]." reads "text.¹ ²".
                Node first = reference;
                while (first.getPrevious() instanceof Footnotes.Reference
                        || first.getPrevious() instanceof Text gap && gap.getLiteral().isBlank()
                        && first.getPrevious().getPrevious() instanceof Footnotes.Reference) {
                    first = first.getPrevious();
                }
                if (first.getPrevious() instanceof Text before) {
                    before.setLiteral(before.getLiteral() + literal.substring(0, end));
                } else {
                    first.insertBefore(new Text(literal.substring(0, end)));
                }
                if (after.getLiteral().isEmpty()) {
                    after.unlink();
                }
            }
        }
    }

    private static void collect(Node document, Predicate<String> isKey, List<Citation> found) {
        CitationWalk.walk(document, false, (citation, inLink, inImage) -> {
            if (!inImage && citation.syntaxError() == null && !citation.cites().isEmpty()
                    && citation.ids().stream().allMatch(isKey)) {
                found.add(citation);
            }
        });
    }
}
