package org.evidencepress.markdown;

import org.commonmark.node.Block;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.beta.LinkInfo;
import org.commonmark.parser.beta.LinkProcessor;
import org.commonmark.parser.beta.LinkResult;
import org.commonmark.parser.beta.Scanner;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The parser hooks of {@link Footnotes}: a block parser for definitions, a link processor for references. */
final class FootnoteSyntax {
    /** A label is what GFM allows: no white space, no brackets. */
    private static final Pattern DEFINITION_START = Pattern.compile("\\[\\^([^\\]\\[\\s]+)]:");
    private static final Pattern REFERENCE = Pattern.compile("\\^([^\\]\\[\\s]+)");

    private FootnoteSyntax() {
    }

    /** Starts a definition at {@code [^label]:} indented by at most three spaces. */
    static final class DefinitionStart extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            if (state.getIndent() >= 4) {
                return BlockStart.none();
            }
            CharSequence line = state.getLine().getContent();
            int start = state.getNextNonSpaceIndex();
            Matcher m = DEFINITION_START.matcher(line).region(start, line.length());
            if (!m.lookingAt()) {
                return BlockStart.none();
            }
            return BlockStart.of(new DefinitionParser(m.group(1))).atIndex(m.end());
        }
    }

    /** Continues over blank lines and lines indented by four columns, as list items do. */
    private static final class DefinitionParser extends AbstractBlockParser {
        private final Footnotes.Definition block;

        DefinitionParser(String label) {
            this.block = new Footnotes.Definition(label);
        }

        @Override
        public Block getBlock() {
            return block;
        }

        @Override
        public boolean isContainer() {
            return true;
        }

        @Override
        public boolean canContain(Block childBlock) {
            return true;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            if (state.isBlank()) {
                return BlockContinue.atIndex(state.getNextNonSpaceIndex());
            }
            if (state.getIndent() >= 4) {
                return BlockContinue.atColumn(state.getColumn() + 4);
            }
            return BlockContinue.none();
        }
    }

    /** {@code [^label]} without a destination becomes a {@link Footnotes.Reference}. */
    static final class ReferenceProcessor implements LinkProcessor {
        @Override
        public LinkResult process(LinkInfo info, Scanner scanner, InlineParserContext context) {
            if (info.destination() != null || info.marker() != null) {
                return LinkResult.none();
            }
            String text = info.text(scanner);
            Matcher m = REFERENCE.matcher(text);
            if (!m.matches() || LinkTextCitations.holdsStandIn(text)) {
                return LinkResult.none();
            }
            return LinkResult.replaceWith(new Footnotes.Reference(m.group(1)), info.afterTextBracket());
        }
    }
}
