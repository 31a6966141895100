package org.evidencepress.cli;

import org.evidencepress.testing.Cli;
import org.evidencepress.testing.MiniSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Drafts and future-dated reviews are built only when asked for, and marked when shown. */
class SelectionTest {
    @TempDir
    Path dir;

    @BeforeEach
    void site() {
        MiniSite.write(dir, "-- content/reviews/published.md --\n" + MiniSite.review("Published", "2025-01-01", "")
                + "-- content/reviews/draft.md --\n" + MiniSite.review("Drafted", "2025-01-02", "draft: true")
                + "-- content/reviews/later.md --\n" + MiniSite.review("Scheduled one", "2999-01-01", ""));
    }

    private Path build(String... flags) {
        String[] args = new String[flags.length + 3];
        args[0] = "build";
        args[1] = "--source";
        args[2] = dir.toString();
        System.arraycopy(flags, 0, args, 3, flags.length);
        Cli.Run run = Cli.run(args);
        assertThat(run.exit()).as(run.all()).isZero();
        return dir.resolve("site");
    }

    @Test
    void byDefaultOnlyPublishedReviewsAreBuilt() throws IOException {
        Path site = build();
        assertThat(site.resolve("reviews/published/index.html")).exists();
        assertThat(site.resolve("reviews/draft")).doesNotExist();
        assertThat(site.resolve("reviews/later")).doesNotExist();
        assertThat(Files.readString(site.resolve("index.html"))).doesNotContain("Drafted", "Scheduled one", "badge");
    }

    @Test
    void draftsFlagBuildsDraftsWithAVisibleBadge() throws IOException {
        Path site = build("--drafts");
        assertThat(site.resolve("reviews/later")).doesNotExist();
        assertThat(Files.readString(site.resolve("reviews/draft/index.html")))
                .contains("<span class=\"badge badge-draft\">Draft</span>");
        assertThat(Files.readString(site.resolve("index.html")))
                .contains(">Drafted</a> <span class=\"badge badge-draft\">Draft</span>");
    }

    @Test
    void futureFlagBuildsFutureReviewsMarkedScheduled() throws IOException {
        Path site = build("--future");
        assertThat(site.resolve("reviews/draft")).doesNotExist();
        assertThat(Files.readString(site.resolve("reviews/later/index.html")))
                .contains("<span class=\"badge badge-future\">Scheduled</span>");
    }
}
