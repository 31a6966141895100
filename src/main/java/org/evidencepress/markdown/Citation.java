package org.evidencepress.markdown;

import org.commonmark.node.CustomNode;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

import java.util.List;

/**
 * A citation in the syntax tree: a bracketed group {@code [see @a, p. 33; @b]} or a
 * narrative {@code @a} in running text. The citation stage fills in {@link #rendered()};
 * until then (and for a narrative {@code @word} that names no source) it renders as its
 * original text.
 */
public final class Citation extends CustomNode {
    private final List<Cite> cites;
    private final boolean narrative;
    private final String literal;
    private final String syntaxError;
    private final boolean namesOnly;
    private final boolean wholeNote;
    private List<Part> rendered = List.of();
    private String names;

    public Citation(List<Cite> cites, boolean narrative, String literal) {
        this(cites, narrative, literal, null, false, false);
    }

    private Citation(List<Cite> cites, boolean narrative, String literal, String syntaxError, boolean namesOnly,
                     boolean wholeNote) {
        this.cites = List.copyOf(cites);
        this.narrative = narrative;
        this.literal = literal;
        this.syntaxError = syntaxError;
        this.namesOnly = namesOnly;
        this.wholeNote = wholeNote;
    }

    /** A bracketed group that holds an @key but does not parse; the citation stage reports it. */
    public static Citation malformed(String literal, String message) {
        return new Citation(List.of(), false, literal, message, false, false);
    }

    /**
     * For a note style: what stays in the sentence of a narrative citation, the authors'
     * names alone, while {@link #asNote()} cites the work in the note. It has no anchor of its
     * own; the note's citation is where the Sources list links back to.
     */
    Citation namesInSentence() {
        Citation names = new Citation(cites, true, literal, null, true, false);
        names.setSourceSpans(getSourceSpans());
        return names;
    }

    /** The same works cited as the whole text of a note: never narrative. */
    Citation asNote() {
        Citation note = new Citation(cites, false, literal, null, false, true);
        note.setSourceSpans(getSourceSpans());
        return note;
    }

    /** Whether this citation is the whole text of a note a note style made of it (see {@link #asNote()}). */
    public boolean wholeNote() {
        return wholeNote;
    }

    /** The authors' names of a narrative citation whose work a note cites (see {@link #namesInSentence()}). */
    public boolean namesOnly() {
        return namesOnly;
    }

    /** Why the group does not parse, or null. */
    public String syntaxError() {
        return syntaxError;
    }

    /** The works cited, in the order written. */
    public List<Cite> cites() {
        return cites;
    }

    public List<String> ids() {
        return cites.stream().map(Cite::id).toList();
    }

    /** Written as {@code @key} in running text: the author's name is part of the sentence. */
    public boolean narrative() {
        return narrative;
    }

    /** The text as written, "[@a; @b]" or "@a". */
    public String literal() {
        return literal;
    }

    public List<Part> rendered() {
        return rendered;
    }

    /** A resolved narrative citation's authors as the sentence names them, "Miller and Raison"; else null. */
    public String names() {
        return names;
    }

    public void names(String authors) {
        this.names = authors;
    }

    /**
     * Sets what the citation renders as. In an image's description, which becomes the
     * {@code alt} attribute, the citation's text is also its child: alt text is made from
     * the text nodes under the image.
     */
    public void render(List<Part> parts) {
        this.rendered = List.copyOf(parts);
        if (inImageDescription()) {
            Node child = getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                child.unlink();
                child = next;
            }
            StringBuilder html = new StringBuilder();
            parts.forEach(part -> html.append(part.html()));
            appendChild(new Text(plainText(html.toString())));
        }
    }

    private boolean inImageDescription() {
        for (Node parent = getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof Image) {
                return true;
            }
        }
        return false;
    }

    /** The text of a rendered citation's HTML: its tags dropped, the escapes {@code HtmlText} writes undone. */
    private static String plainText(String html) {
        return html.replaceAll("<[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }

    /**
     * One work in a citation, with what CSL needs to cite it: the locator and its CSL label
     * ({@code page}, {@code chapter}, ...), the prefix and suffix text around it, and
     * whether the author is left out ({@code [-@a]}).
     */
    public record Cite(String id, String prefix, String locator, String label, String suffix,
                       boolean suppressAuthor) {
        /**
         * A cite with nothing around it, as in {@code [@a; @b]}. Leaving the author out
         * ({@code [-@a]}) does not count: a numeric citation shows no author to leave out.
         */
        public boolean plain() {
            return prefix.isEmpty() && locator == null && suffix.isEmpty();
        }
    }

    /**
     * A piece of the rendered citation: HTML text, linked to source {@code number} at
     * {@code anchorId} (the place its back-link returns to; null for a second piece naming
     * the same work, such as a narrative citation's number), or unlinked when number is 0.
     * An unlinked part with an anchor is only that anchor: the place of a work the citation
     * names without text of its own (the middle of a range "1–3").
     */
    public record Part(String html, int number, String anchorId) {
        public static Part text(String html) {
            return new Part(html, 0, null);
        }

        public static Part anchor(String anchorId) {
            return new Part("", 0, anchorId);
        }
    }
}
