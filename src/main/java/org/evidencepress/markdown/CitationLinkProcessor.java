package org.evidencepress.markdown;

import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.beta.LinkInfo;
import org.commonmark.parser.beta.LinkProcessor;
import org.commonmark.parser.beta.LinkResult;
import org.commonmark.parser.beta.Scanner;

/**
 * Turns a bracketed group holding {@code @key}s ({@code [@a; @b]}, {@code [see @a, p. 33]})
 * into a {@link Citation}. Working inside the parser, like the footnotes extension, means
 * code spans, code blocks, link destinations and escaped brackets never become citations.
 */
final class CitationLinkProcessor implements LinkProcessor {

    @Override
    public LinkResult process(LinkInfo info, Scanner scanner, InlineParserContext context) {
        if (info.destination() != null || info.marker() != null) {
            return LinkResult.none();
        }
        // "[@a showed][trial]" with a definition of [trial] is a link, as Pandoc reads it; the
        // citations in its text are narrative ones.
        String label = info.label();
        if (label != null && !label.isBlank() && context.getLinkReferenceDefinition(label) != null) {
            return LinkResult.none();
        }
        String text = info.text(scanner);
        if (LinkTextCitations.holdsStandIn(text)) {
            return LinkResult.none();
        }
        CitationSyntax.Bracket bracket = CitationSyntax.bracket(text);
        String literal = "[" + text + "]";
        if (bracket.error() != null) {
            return LinkResult.replaceWith(Citation.malformed(literal, bracket.error()), info.afterTextBracket());
        }
        if (!bracket.isCitation()) {
            return LinkResult.none();
        }
        return LinkResult.replaceWith(new Citation(bracket.cites(), false, literal), info.afterTextBracket());
    }
}
