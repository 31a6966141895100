package org.evidencepress.pipeline;

import org.evidencepress.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The example site's key pages, byte for byte. Run with {@code -Dgolden.update=true} to
 * re-record them after an intended change, then review the diff in git.
 */
class GoldenSiteTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

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
            "search/d/0.js"})
    void pageMatchesGolden(String page) throws IOException {
        String actual = Files.readString(out.resolve("site").resolve(page), StandardCharsets.UTF_8);
        Path golden = GOLDEN.resolve(page);
        if (UPDATE) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(golden).as("golden file; record it with -Dgolden.update=true").exists();
        String expected = Files.readString(golden, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            fail(page + " differs from " + golden + " (re-record with -Dgolden.update=true if intended)\n"
                    + diff(expected, actual));
        }
    }

    /** The first differing line, clipped around the first differing column, with context. */
    static String diff(String expected, String actual) {
        List<String> e = expected.lines().toList();
        List<String> a = actual.lines().toList();
        int line = 0;
        while (line < e.size() && line < a.size() && e.get(line).equals(a.get(line))) {
            line++;
        }
        String want = line < e.size() ? e.get(line) : "<end of file>";
        String got = line < a.size() ? a.get(line) : "<end of file>";
        int column = 0;
        while (column < want.length() && column < got.length() && want.charAt(column) == got.charAt(column)) {
            column++;
        }
        return "first difference at line " + (line + 1) + ", column " + (column + 1) + ":\n"
                + (line > 0 ? "  " + clip(e.get(line - 1), 0) + "\n" : "")
                + "- " + clip(want, column) + "\n"
                + "+ " + clip(got, column) + "\n"
                + "(expected " + e.size() + " lines, got " + a.size() + ")";
    }

    private static String clip(String line, int column) {
        int from = Math.max(0, column - 60);
        int to = Math.min(line.length(), column + 60);
        return (from > 0 ? "…" : "") + line.substring(from, to) + (to < line.length() ? "…" : "");
    }
}
