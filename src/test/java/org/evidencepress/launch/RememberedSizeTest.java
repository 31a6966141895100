package org.evidencepress.launch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

/** A rebuild's launcher sizes the site from its cache's memory while the reviews are about as many. */
class RememberedSizeTest {
    @TempDir
    Path site;
    @TempDir
    Path cache;

    private void reviews(int from, int to) throws IOException {
        Files.createDirectories(site.resolve("content/reviews"));
        for (int i = from; i < to; i++) {
            Files.writeString(site.resolve("content/reviews/r" + i + ".md"), "---\ntitle: R\n---\n");
        }
    }

    @Test
    void theSizeAWalkFoundIsScaledToTheReviewsWhileTheyAreWithinATenthOfThen() throws IOException {
        reviews(0, 20);
        Files.writeString(cache.resolve("evidence-press-cache"), "");
        RememberedSize.remember(cache, RememberedSize.reviewEntries(site), 1000);

        assertThat(RememberedSize.estimate(cache, RememberedSize.reviewEntries(site))).hasValue(1000);
        reviews(20, 22);
        assertThat(RememberedSize.estimate(cache, RememberedSize.reviewEntries(site))).hasValue(1100);
        reviews(22, 23);
        assertThat(RememberedSize.estimate(cache, RememberedSize.reviewEntries(site))).isEmpty();
        // A page bundle's folder is one review.
        Files.createDirectories(site.resolve("content/reviews/bundle"));
        RememberedSize.remember(cache, RememberedSize.reviewEntries(site), 5000);
        assertThat(Files.readString(cache.resolve(RememberedSize.FILE))).isEqualTo("24 5000\n");
    }

    @Test
    void onlyAFolderThatIsACacheAlreadyRemembersAndWhatDoesNotReadNamesNoSize() throws IOException {
        reviews(0, 3);
        RememberedSize.remember(cache, RememberedSize.reviewEntries(site), 1000);
        try (var files = Files.list(cache)) {
            assertThat(files).isEmpty();
        }
        for (String damaged : new String[] {"", "3", "3 1000 7", "x 1000", "-3 1000", "3 -1", "0 1000"}) {
            Files.writeString(cache.resolve(RememberedSize.FILE), damaged);
            assertThat(RememberedSize.estimate(cache, RememberedSize.reviewEntries(site))).as(damaged).isEmpty();
        }
        Files.writeString(cache.resolve(RememberedSize.FILE), "3 1000\n");
        assertThat(RememberedSize.estimate(cache, RememberedSize.reviewEntries(site))).hasValue(1000);
    }

    @Test
    void theCacheFolderIsTheFlagsElseSiteYamlsWhenItsValueIsPlain() throws IOException {
        assertThat(RememberedSize.cacheFolder(new String[] {"build", "--cache", "c1"}, site))
                .contains(Path.of("c1").toAbsolutePath());
        assertThat(RememberedSize.cacheFolder(new String[] {"build", "--cache=c2"}, site))
                .contains(Path.of("c2").toAbsolutePath());
        assertThat(RememberedSize.cacheFolder(new String[] {"build"}, site)).isEmpty();
        for (String value : new String[] {".cache", "\".cache\"", "'.cache'"}) {
            Files.writeString(site.resolve("site.yaml"), "title: T\ncache_dir: " + value + "\n");
            assertThat(RememberedSize.cacheFolder(new String[] {"build"}, site)).as(value)
                    .contains(site.resolve(".cache").toAbsolutePath());
        }
        for (String unsure : new String[] {".cache # later", "\"a\\\"b\"", ""}) {
            Files.writeString(site.resolve("site.yaml"), "cache_dir: " + unsure + "\n");
            assertThat(RememberedSize.cacheFolder(new String[] {"build"}, site)).as(unsure).isEmpty();
        }
    }

    @Test
    void aLargeSitesRememberedSizeSparesTheWalkAndASmallSiteIsWalked() throws IOException {
        reviews(0, 10);
        Files.writeString(site.resolve("content/reviews/r0.md"), "x".repeat(100));
        Files.writeString(cache.resolve("evidence-press-cache"), "");
        String[] args = {"build", "--cache", cache.toString()};
        long large = JvmSettings.C1_ONLY_BELOW * 2;
        Files.writeString(cache.resolve(RememberedSize.FILE), "10 " + large + "\n");

        SelfRelaunch.Markdown remembered = SelfRelaunch.markdownOfRebuild(RememberedSize.cacheFolder(args, site), site);
        assertThat(remembered.bytes()).isEqualTo(large);
        assertThat(remembered.files()).isEmpty();

        Files.writeString(cache.resolve(RememberedSize.FILE), "10 1000\n");
        SelfRelaunch.Markdown walked = SelfRelaunch.markdownOfRebuild(RememberedSize.cacheFolder(args, site), site);
        assertThat(walked.bytes()).isEqualTo(100 + 9 * "---\ntitle: R\n---\n".length());
        assertThat(walked.files()).hasSize(10);
        assertThat(RememberedSize.estimate(cache, RememberedSize.reviewEntries(site))).isEqualTo(OptionalLong.of(walked.bytes()));
    }

    @Test
    void theFirstBuildWithACacheLeavesTheSizeItsLauncherWalked() throws IOException {
        reviews(0, 3);
        Path fresh = cache.resolve("fresh");
        String[] args = {"build", "--cache", fresh.toString()};
        SelfRelaunch.Markdown walked = SelfRelaunch.markdownOfRebuild(RememberedSize.cacheFolder(args, site), site);
        assertThat(fresh.resolve(RememberedSize.FILE)).as("not a cache before the build").doesNotExist();

        String code = SelfRelaunch.rememberingFirstSize(Optional.of(fresh), site, walked, () -> {
            try {
                Files.createDirectories(fresh);
                Files.writeString(fresh.resolve("evidence-press-cache"), "");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return "built";
        });

        assertThat(code).isEqualTo("built");
        assertThat(RememberedSize.estimate(fresh, 3)).isEqualTo(OptionalLong.of(walked.bytes()));
    }

    @Test
    void aBuildThatMakesNoCacheLeavesNoSize() {
        Path never = cache.resolve("never");
        SelfRelaunch.rememberingFirstSize(Optional.of(never), site, new SelfRelaunch.Markdown(List.of(), 10), () -> 1);
        assertThat(never).doesNotExist();
    }
}
