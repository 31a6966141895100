package org.evidencepress.markdown;

import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.beta.LinkInfo;
import org.commonmark.parser.beta.LinkProcessor;
import org.commonmark.parser.beta.LinkResult;
import org.commonmark.parser.beta.Scanner;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns bracketed text of the form {@code [@a; @b]} (semicolons or commas) into a
 * {@link Citation}. Working inside the parser, like the footnotes extension, means code
 * spans, code blocks, link destinations and escaped brackets never become citations.
 */
final class CitationLinkProcessor implements LinkProcessor {

    @Override
    public LinkResult process(LinkInfo info, Scanner scanner, InlineParserContext context) {
        if (info.destination() != null || info.marker() != null) {
            return LinkResult.none();
        }
        String text = info.text(scanner);
        List<String> ids = parseIds(text);
        if (ids == null) {
            return LinkResult.none();
        }
        return LinkResult.replaceWith(new Citation(ids, "[" + text + "]"), info.afterTextBracket());
    }

    /** The ids of "@a; @b, @c", or null when the text is not a citation list. */
    static List<String> parseIds(String text) {
        List<String> ids = new ArrayList<>();
        for (String part : text.split("[;,]", -1)) {
            String item = part.strip();
            if (item.length() < 2 || item.charAt(0) != '@') {
                return null;
            }
            String id = item.substring(1);
            for (int i = 0; i < id.length(); i++) {
                char c = id.charAt(i);
                if (Character.isWhitespace(c) || c == '[' || c == ']' || c == '@') {
                    return null;
                }
            }
            ids.add(id);
        }
        return ids.isEmpty() ? null : ids;
    }
}
