package org.evidencepress.pipeline;

import org.evidencepress.testing.Fixtures;
import org.evidencepress.testing.MiniSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What section 10's Markdown writes (footnotes, task lists, figures, struck text, autolinks) is valid HTML5. */
class AuthoringHtmlValidityTest {
    @Test
    void everyExtensionRendersValidHtml(@TempDir Path dir) throws Exception {
        MiniSite.write(dir, "-- site.yaml --\nbaseUrl: https://example.org\nlanguage: fr\n"
                + "-- content/reviews/a/index.md --\n" + MiniSite.review("Alpha", "2025-01-01", "")
                + "\nA note[^1] and again[^1], ~~old~~, https://example.org/x?a=1&b=2 and desk@example.org.\n\n"
                + "- [x] done\n- [ ] open\n\n> ![A chart](chart.png \"Figure 1: a chart\")\n\n"
                + "![Bars](chart.png \"Figure 2\")\n\n[^1]: The note.\n\n    With a second paragraph.\n"
                + "-- content/reviews/a/chart.png --\npng\n");
        Path site = dir.resolve("site");
        Fixtures.build(dir, site);
        assertThat(HtmlValidityTest.errors("reviews/a/index.html", site.resolve("reviews/a/index.html"))).isEmpty();
    }
}
