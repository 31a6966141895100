package org.evidencepress.markdown;

import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

import java.util.List;
import java.util.Set;

/**
 * Reads {@code @key} in running text as a narrative citation, with Pandoc's locator in
 * brackets after it when there is one ({@code @key [p. 33]}). An '@' that runs on from
 * something else ({@link CitationSyntax#runsInto}: an e-mail address, a link's address) or
 * follows a bracket is left alone; an escaped {@code \@} never
 * reaches this parser. Whether the key names a source is decided later: one that does not
 * stays text, bracket included.
 */
final class NarrativeCitationParser implements InlineContentParser {

    static final class Factory implements InlineContentParserFactory {
        @Override
        public Set<Character> getTriggerCharacters() {
            return Set.of('@');
        }

        @Override
        public InlineContentParser create() {
            return new NarrativeCitationParser();
        }
    }

    @Override
    public ParsedInline tryParse(InlineParserState state) {
        Scanner scanner = state.scanner();
        int before = scanner.peekPreviousCodePoint();
        Position at = scanner.position();
        // After '[' it is a bracketed group's business, or an escaped "\[@a]" meant as text; a '['
        // that no ']' closes is not a group, and Pandoc reads "[@a and more" as a narrative citation,
        // as it does "[@a showed](https://...)" and "[@a showed][trial]": a bracket followed by an
        // address or a reference's label is a link's text, which opens with the citation.
        if (CitationSyntax.runsInto(before) || before == '[' && scanner.find(']') >= 0 && !opensLink(scanner)) {
            return ParsedInline.none();
        }
        scanner.setPosition(at);
        scanner.next();
        Position keyStart = scanner.position();
        if (scanner.peek() == '{') {
            // A braced key, "@{https://doi.org/...}": up to the closing brace on the line.
            scanner.find(c -> c == '}' || c == '\n');
        }
        // The key's characters, then trailing punctuation given back (a sentence's full stop).
        scanner.match(c -> Character.isLetterOrDigit(c) || c == '_' || c == '}' || ":.#$%&-+?<>~/".indexOf(c) >= 0);
        String candidate = scanner.getSource(keyStart, scanner.position()).getContent();
        int length = CitationSyntax.keyLength(candidate, 0);
        if (length == 0) {
            return ParsedInline.none();
        }
        scanner.setPosition(keyStart);
        for (int i = 0; i < length; i++) {
            scanner.next();
        }
        String written = candidate.substring(0, length);
        String key = CitationSyntax.key(written);
        Position afterKey = scanner.position();
        Citation citation = locatorAfter(scanner, key, written);
        if (citation == null) {
            scanner.setPosition(afterKey);
            citation = new Citation(List.of(new Citation.Cite(key, "", null, null, "", false)), true, "@" + written);
        }
        return ParsedInline.of(citation, scanner.position());
    }

    /**
     * Whether the ']' the scanner is at closes a link's text: an address in parentheses or a
     * reference's label ("[@a showed][trial]") follows. A label that names no definition leaves
     * the bracket a citation group all the same: {@link CitationLinkProcessor} decides.
     */
    private static boolean opensLink(Scanner scanner) {
        scanner.next();
        if (scanner.peek() == '(') {
            return true;
        }
        if (scanner.peek() != '[') {
            return false;
        }
        scanner.next();
        return scanner.peek() != ']' && scanner.peek() != Scanner.END;
    }

    /**
     * Pandoc's {@code @key [p. 33]}: a locator in brackets after a narrative key, with the
     * scanner left after the bracket; null (the scanner anywhere) when the bracket is absent,
     * holds no locator ("@key [see this]" stays text) or is a link ("@key [here](url)").
     */
    private static Citation locatorAfter(Scanner scanner, String key, String written) {
        int spaces = scanner.matchMultiple(' ');
        if (spaces > 1 || scanner.peek() != '[') {
            return null;
        }
        scanner.next();
        Position open = scanner.position();
        if (scanner.find(c -> c == ']' || c == '[' || c == '@' || c == '\n') < 0 || scanner.peek() != ']') {
            return null;
        }
        String text = scanner.getSource(open, scanner.position()).getContent();
        scanner.next();
        char next = scanner.peek();
        if (next == '(' || next == '[' || next == ':') {
            return null;
        }
        Citation.Cite cite = CitationSyntax.narrativeLocator(key, text);
        return cite == null ? null
                : new Citation(List.of(cite), true, "@" + written + " ".repeat(spaces) + "[" + text + "]");
    }
}
