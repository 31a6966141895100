package org.evidencepress.markdown;

import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A heading's trailing attribute block, as Hugo, Zola, Pandoc and Quarto read it:
 * {@code ## Results {#main-results .lead}}. The id replaces the one made from the text;
 * classes go on the heading; Quarto's {@code .unlisted} keeps it out of the table of
 * contents. A block that holds anything else stays text, as in Pandoc.
 *
 * @param id      the id written, or null
 * @param classes the classes written, in order
 * @param others  {@code key=value} pairs, which the theme does not render
 * @param line    where the block's opening brace is in the file
 * @param column  its column
 */
public record HeadingAttributes(String id, List<String> classes, List<String> others, int line, int column) {
    private static final Pattern BLOCK = Pattern.compile("\\s*\\{([^{}]*)}\\s*$");
    /** A token: quoted parts and other characters up to white space, so {@code title="A B"} is one. */
    private static final Pattern TOKEN = Pattern.compile("(?:\"[^\"]*\"|'[^']*'|[^\\s\"'])+");
    private static final Pattern KEY_VALUE = Pattern.compile("[A-Za-z_][\\w.:-]*=(?:\"[^\"]*\"|'[^']*'|[^\\s\"'=<>`]+)");

    /** Quarto's class for a heading left out of the table of contents. */
    static final String UNLISTED = "unlisted";

    /** Whether the table of contents lists the heading. */
    boolean listed() {
        return !classes.contains(UNLISTED);
    }

    /** Whether the heading's text is an attribute block and nothing else, {@code # {#x}}. */
    static boolean isAll(Heading heading) {
        if (!(heading.getFirstChild() instanceof Text only) || only.getNext() != null) {
            return false;
        }
        Matcher block = BLOCK.matcher(only.getLiteral());
        return block.find() && only.getLiteral().substring(0, block.start()).isBlank()
                && parse(block.group(1), 0, 0) != null;
    }

    /**
     * Takes the attribute block off the end of the heading's text and returns it; null
     * (the heading untouched) when the heading does not end in one.
     */
    static HeadingAttributes strip(Heading heading, SourceOffset offset) {
        if (!(heading.getLastChild() instanceof Text last)) {
            return null;
        }
        Matcher block = BLOCK.matcher(last.getLiteral());
        if (!block.find()) {
            return null;
        }
        int brace = last.getLiteral().indexOf('{', block.start());
        HeadingAttributes attributes = parse(block.group(1), offset.line(last), offset.column(last) + brace);
        if (attributes == null) {
            return null;
        }
        String before = last.getLiteral().substring(0, block.start());
        if (before.isEmpty()) {
            last.unlink();
            trimEnd(heading.getLastChild());
        } else {
            last.setLiteral(before);
        }
        return attributes;
    }

    /**
     * The attributes of a block's inside, its brace at {@code line} and {@code column}; null when
     * a token is none of {@code #id}, {@code .class}, {@code key=value}, {@code -}.
     */
    static HeadingAttributes parse(String inside, int line, int column) {
        String id = null;
        List<String> classes = new ArrayList<>();
        List<String> others = new ArrayList<>();
        Matcher token = TOKEN.matcher(inside);
        int end = 0;
        boolean any = false;
        while (token.find()) {
            if (!inside.substring(end, token.start()).isBlank()) {
                return null;
            }
            end = token.end();
            String t = token.group();
            any = true;
            if (t.equals("-")) {
                classes.add("unnumbered"); // Pandoc's short form; headings are not numbered here anyway
            } else if (t.length() > 1 && t.charAt(0) == '#' && id == null && validName(t.substring(1))) {
                id = t.substring(1);
            } else if (t.length() > 1 && t.charAt(0) == '.' && validName(t.substring(1))) {
                classes.add(t.substring(1));
            } else if (KEY_VALUE.matcher(t).matches()) {
                others.add(t);
            } else {
                return null;
            }
        }
        return any && inside.substring(end).isBlank() ? new HeadingAttributes(id, List.copyOf(classes),
                List.copyOf(others), line, column) : null;
    }

    private static boolean validName(String name) {
        return name.chars().noneMatch(c -> Character.isWhitespace(c) || c == '#' || c == '{' || c == '}'
                || c == '"' || c == '\'' || c == '<' || c == '>');
    }

    /** Spaces before the block belonged to it: "Intro {#x}" is the heading "Intro". */
    private static void trimEnd(Node node) {
        if (node instanceof Text text) {
            text.setLiteral(text.getLiteral().stripTrailing());
        }
    }
}
