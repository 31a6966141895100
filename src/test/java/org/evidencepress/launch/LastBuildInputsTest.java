package org.evidencepress.launch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The launcher's guess that a cached build renders only what the content changed. */
class LastBuildInputsTest {
    @TempDir
    Path site;
    @TempDir
    Path cache;
    @TempDir
    Path program;

    private static final String[] ARGS = {"build", "--cache", "c"};

    private Path sampleSite() throws IOException {
        Files.createDirectories(site.resolve("content/reviews"));
        Files.createDirectories(site.resolve("templates"));
        Files.createDirectories(site.resolve("static"));
        Files.writeString(site.resolve("site.yaml"), "title: T\n");
        Files.writeString(site.resolve("templates/review.ftlh"), "<p>${page.title}</p>");
        Files.writeString(site.resolve("content/reviews/a.md"), "---\ntitle: A\n---\nBody.\n");
        Files.writeString(site.resolve("static/style.css"), "p {}");
        Path jar = program.resolve("evidence-press.jar");
        Files.write(jar, new byte[100]);
        return jar;
    }

    @Test
    void theChecksumFollowsWhatRendersTheSiteAgainAndNotItsContentOrStaticFiles() throws IOException {
        Path jar = sampleSite();
        String first = LastBuildInputs.checksum(site, ARGS, jar).orElseThrow();
        assertThat(LastBuildInputs.checksum(site, ARGS, jar)).hasValue(first);

        Files.writeString(site.resolve("content/reviews/a.md"), "---\ntitle: A, edited\n---\nBody.\n");
        Files.writeString(site.resolve("static/style.css"), "p { margin: 0 }");
        Files.createDirectories(site.resolve(".git"));
        Files.writeString(site.resolve(".git/HEAD"), "ref");
        Files.createDirectories(site.resolve("public"));
        Files.writeString(site.resolve("public/.evidence-press-output"), "");
        Files.writeString(site.resolve("public/index.html"), "<p>");
        assertThat(LastBuildInputs.checksum(site, ARGS, jar)).hasValue(first);

        Files.writeString(site.resolve("templates/review.ftlh"), "<h1>${page.title}</h1>");
        String template = LastBuildInputs.checksum(site, ARGS, jar).orElseThrow();
        assertThat(template).isNotEqualTo(first);
        assertThat(LastBuildInputs.checksum(site, new String[] {"build", "--cache", "c", "--drafts"}, jar))
                .get().isNotIn(first, template);
        Files.write(jar, new byte[101]);
        assertThat(LastBuildInputs.checksum(site, ARGS, jar)).get().isNotIn(first, template);
        assertThat(LastBuildInputs.checksum(site, ARGS, program.resolve("missing.jar"))).isEmpty();
    }

    @Test
    void aLinkThatLoopsIsPassedOverAsTheBuildPassesOverIt() throws IOException {
        Path jar = sampleSite();
        Optional<String> before = LastBuildInputs.checksum(site, ARGS, jar);
        Files.createSymbolicLink(site.resolve("templates/again"), site.resolve("templates"));
        assertThat(LastBuildInputs.checksum(site, ARGS, jar)).isPresent().isEqualTo(before);
    }

    @Test
    void onlyASuccessfulBuildIsRememberedAndOnlyInAFolderThatIsACache() throws IOException {
        LastBuildInputs.remember(cache, "1a2b");
        assertThat(LastBuildInputs.remembered(cache, "1a2b")).isFalse();
        Files.writeString(cache.resolve("evidence-press-cache"), "");

        AtomicInteger builds = new AtomicInteger();
        assertThat(SelfRelaunch.rememberingInputs(Optional.of(cache), Optional.of("1a2b"), () -> {
            builds.incrementAndGet();
            return Optional.of(1);
        })).hasValue(1);
        assertThat(LastBuildInputs.remembered(cache, "1a2b")).isFalse();
        assertThat(SelfRelaunch.rememberingInputs(Optional.of(cache), Optional.of("1a2b"), () -> {
            builds.incrementAndGet();
            return Optional.of(0);
        })).hasValue(0);
        assertThat(builds).hasValue(2);
        assertThat(LastBuildInputs.remembered(cache, "1a2b")).isTrue();
        assertThat(LastBuildInputs.remembered(cache, "3c4d")).isFalse();
    }
}
