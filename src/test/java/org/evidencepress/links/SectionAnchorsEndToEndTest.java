package org.evidencepress.links;

import org.evidencepress.testing.Cli;
import org.evidencepress.testing.MiniSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A link to one of a review page's own sections passes only where the page has that section. */
class SectionAnchorsEndToEndTest {
    @TempDir
    Path dir;

    @Test
    void linksToSectionsAPageDoesNotHaveAreBroken() {
        String bare = "---\ntitle: Bare\ndate: 2025-01-01\nsummary: No key points, sources or queries.\n"
                + "study:\n  year: 2020\n  journal: Test Journal\n  population: Adults\n---\n\n## Findings\n\n"
                + "Jump to [the points](#key-points), [the sources](#sources), [the queries](#search-strategy),"
                + " [the overview](#study-overview) or [citing](#cite-this).\n";
        String full = MiniSite.review("Full", "2025-01-02", "key_points:\n  - One point.\n"
                + "search:\n  database: PubMed\n  queries:\n    - sleep AND mood\n")
                + "\nSee [its points](#key-points), [sources](#sources), [queries](#search-strategy),"
                + " [bare's points](bare.md#key-points) and [bare's overview](bare.md#study-overview).\n";
        MiniSite.write(dir, "-- site.yaml --\ntitle: T\nbaseUrl: https://example.org/\n"
                + "-- content/reviews/bare.md --\n" + bare + "-- content/reviews/full.md --\n" + full
                + "-- content/about.md --\n---\ntitle: About\n---\n\n[Sources](#sources) and [full's](reviews/full.md#sources).\n");
        Cli.Run run = Cli.run("check", "-s", dir.toString());
        assertThat(run.diagnostics()).as(run.all()).containsExactly(
                "content/about.md:5:1: error: link '#sources': no heading or anchor 'sources' on this page",
                "content/reviews/bare.md:13:9: error: link '#key-points': no heading or anchor 'key-points' on this page",
                "content/reviews/bare.md:13:36: error: link '#sources': no heading or anchor 'sources' on this page",
                "content/reviews/bare.md:13:61: error: link '#search-strategy': no heading or anchor 'search-strategy'"
                        + " on this page",
                "content/reviews/full.md:25:82: error: link 'bare.md#key-points': no heading or anchor 'key-points'"
                        + " on the page reviews/bare/");
    }
}
