package org.evidencepress.pipeline;

import org.evidencepress.testing.Fixtures;
import org.evidencepress.testing.MiniSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Tags that read alike as a URL segment but are different words keep their own pages and names. */
class TagIdentityTest {
    /** The site of reviews Alpha, Beta and Gamma (files a.md, b.md, c.md) with these tags lines, built. */
    private static Path built(Path dir, String alphaTags, String betaTags, String gammaTags) throws IOException {
        MiniSite.write(dir, "-- site.yaml --\ntitle: Press\nbaseUrl: https://example.org/\n"
                + "-- content/reviews/a.md --\n" + MiniSite.review("Alpha", "2025-01-01", alphaTags)
                + "-- content/reviews/b.md --\n" + MiniSite.review("Beta", "2025-02-01", betaTags)
                + "-- content/reviews/c.md --\n" + MiniSite.review("Gamma", "2025-03-01", gammaTags));
        Path site = dir.resolve("site");
        Fixtures.build(dir, site);
        return site;
    }

    @Test
    void cPlusPlusAndCSharpAreTwoTagsAndApostrophesDoNotMakeTwo(@TempDir Path dir) throws IOException {
        Path site = built(dir, "tags: [\"C++\", \"women's health\"]", "tags: [\"C#\", \"Women’s Health\"]", "tags: [C]");

        // Slugs go to the tags in the order of their keys, not of their files: "c", "c#", "c++".
        assertThat(Files.readString(site.resolve("tags/c/index.html"))).contains("Gamma").doesNotContain("Alpha");
        assertThat(Files.readString(site.resolve("tags/c-2/index.html"))).contains("C#").contains("Beta")
                .doesNotContain("Alpha");
        assertThat(Files.readString(site.resolve("tags/c-3/index.html"))).contains("C++").contains("Alpha");
        assertThat(Files.readString(site.resolve("reviews/b/index.html")))
                .contains("<meta property=\"article:tag\" content=\"C#\">").doesNotContain("C++");
        assertThat(Files.readString(site.resolve("tags/women-s-health/index.html"))).contains("Alpha", "Beta");
    }

    /**
     * A tag written two ways shows the spelling most reviews use, whatever the files' names:
     * "covid" in the first file no longer renamed the "COVID" of the two after it, nor did
     * "long covid" give "LongCOVID" its URL for coming first.
     */
    @Test
    void aTagsSpellingAndUrlAreTheMostUsedOnesNotTheFirstFilesOnes(@TempDir Path dir) throws IOException {
        Path site = built(dir, "tags: [covid, long covid]", "tags: [COVID, LongCOVID]", "tags: [COVID, LongCOVID]");

        assertThat(Files.readString(site.resolve("reviews/a/index.html")))
                .contains("<meta property=\"article:tag\" content=\"COVID\">",
                        "<meta property=\"article:tag\" content=\"LongCOVID\">");
        assertThat(site.resolve("tags/longcovid/index.html")).exists();
        assertThat(site.resolve("tags/long-covid")).doesNotExist();
    }
}
