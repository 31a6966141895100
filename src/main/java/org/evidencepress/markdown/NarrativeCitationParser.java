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
 * Reads {@code @key} in running text as a narrative citation. An '@' right after a letter
 * or digit (an e-mail address) or a bracket is left alone; an escaped {@code \@} never
 * reaches this parser. Whether the key names a source is decided later: one that does not stays text.
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
        // After '[' it is a bracketed group's business, or an escaped "\[@a]" meant as text.
        if (Character.isLetterOrDigit(before) || before == '_' || before == '@' || before == '[') {
            return ParsedInline.none();
        }
        scanner.next();
        Position keyStart = scanner.position();
        // The key's characters, then trailing punctuation given back (a sentence's full stop).
        scanner.match(c -> Character.isLetterOrDigit(c) || c == '_' || ":.#$%&-+?<>~/".indexOf(c) >= 0);
        String candidate = scanner.getSource(keyStart, scanner.position()).getContent();
        int length = CitationSyntax.keyLength(candidate, 0);
        if (length == 0) {
            return ParsedInline.none();
        }
        scanner.setPosition(keyStart);
        for (int i = 0; i < length; i++) {
            scanner.next();
        }
        String key = candidate.substring(0, length);
        Citation citation = new Citation(List.of(new Citation.Cite(key, "", null, null, "", false)), true, "@" + key);
        return ParsedInline.of(citation, scanner.position());
    }
}
