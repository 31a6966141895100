package org.evidencepress.markdown;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.autolink.AutolinkType;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.evidencepress.testing.RandomText;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Screening text for a colon or an at sign links what the autolink extension alone links, and nothing else. */
class ScreenedAutolinksTest {
    private static final Extension AUTOLINKS =
            AutolinkExtension.builder().linkTypes(EnumSet.of(AutolinkType.URL, AutolinkType.EMAIL)).build();
    private static final Parser EXTENSION_ALONE = Parser.builder().extensions(List.of(AUTOLINKS))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    private static final Parser SCREENED = Parser.builder().postProcessor(new ScreenedAutolinks(AUTOLINKS))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().build();

    private static final List<String> PIECES = List.of("See ", "https://example.org/a?b=1", " and ",
            "write to a.b@example.org", ".", "Ratio 2:1", " www.example.org ", "[", "](https://x.org)", "*", "_",
            "`code https://c.org`", "<https://angle.org>", "![alt https://img.org](i.png)", "\n", "\n\n", "> ",
            "- ", "| a | b |\n|---|---|\n| https://t.org | c@d.org |\n", "ftp://files.example.org/x", "mailto:",
            "@", ":", "(", ")", "é", "CI: 0.5-0.9");

    @Test
    void linksWhatTheExtensionLinks() {
        assertThat(html(SCREENED, "See https://example.org/a and a@b.org, ratio 2:1."))
                .isEqualTo("<p>See <a href=\"https://example.org/a\">https://example.org/a</a> and "
                        + "<a href=\"mailto:a@b.org\">a@b.org</a>, ratio 2:1.</p>\n");
        assertThat(html(SCREENED, "[https://x.org](https://y.org)"))
                .isEqualTo("<p><a href=\"https://y.org\">https://x.org</a></p>\n");
    }

    @Test
    void anyTextRendersAsWithTheExtensionAlone() {
        Random random = new Random(7);
        for (int round = 0; round < 2000; round++) {
            String text = RandomText.of(random, PIECES, 14);
            assertThat(html(SCREENED, text)).as(text).isEqualTo(html(EXTENSION_ALONE, text));
        }
    }

    private static String html(Parser parser, String markdown) {
        return HTML.render(parser.parse(markdown));
    }
}
