package org.evidencepress.pipeline;

import org.evidencepress.testing.Fixtures;
import org.evidencepress.testing.Golden;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The example site's key pages, byte for byte. Run with {@code -Dgolden.update=true} to
 * re-record them after an intended change, then review the diff in git.
 */
class GoldenSiteTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    @TempDir
    static Path out;

    @BeforeAll
    static void buildFixture() {
        Fixtures.build(Fixtures.GOLDEN_SITE, out.resolve("site"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "reviews/dupilumab-depression/index.html",
            "reviews/blue-light-glasses-sleep/index.html",
            // A page bundle with a footnote and a captioned figure.
            "reviews/time-restricted-eating-type-2-diabetes/index.html",
            "index.html",
            "tags/index.html",
            "tags/sleep/index.html",
            "sources/index.html",
            "about/index.html",
            "feed.xml",
            "sitemap.xml",
            "search/index.html",
            "search/index.js",
            "search/t/0.js",
            "search/d/0.js",
            "search-index.json"})
    void pageMatchesGolden(String page) throws IOException {
        Golden.assertMatches(GOLDEN, page, Files.readString(out.resolve("site").resolve(page), StandardCharsets.UTF_8));
    }
}
