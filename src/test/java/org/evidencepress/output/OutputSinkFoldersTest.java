package org.evidencepress.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Folders made in order on a thread of their own while pages are written into them. */
class OutputSinkFoldersTest {
    @Test
    void pagesWrittenFromManyThreadsInAnyOrderWaitForTheirFolders(@TempDir Path tmp) throws IOException {
        Path staging = Files.createDirectories(tmp.resolve("staging"));
        OutputSink sink = OutputSink.into(staging, null);
        List<String> pages = IntStream.range(0, 2000).mapToObj(i -> "reviews/r" + i + "/index.html").toList();

        try (OutputSink.Folders folders = sink.prepareFolders(pages)) {
            // Backwards: nearly every write reaches its folder before the maker does.
            IntStream.range(0, pages.size()).parallel().map(i -> pages.size() - 1 - i)
                    .forEach(i -> sink.write(pages.get(i), "page " + i));
        }

        for (int i = 0; i < pages.size(); i++) {
            assertThat(Files.readString(staging.resolve(pages.get(i)))).isEqualTo("page " + i);
        }
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("folders") && t.isAlive());
    }

    @Test
    void foldersMadeAheadThatNoFileNeedsAreRemovedAndAFileMayTakeTheirPlace(@TempDir Path tmp) throws IOException {
        Path staging = Files.createDirectories(tmp.resolve("staging"));
        OutputSink sink = OutputSink.into(staging, null);

        sink.makeFoldersAhead(() -> List.of("about", "about/team", "reviews", "reviews/a", "reviews/gone",
                "reviews/gone/figures", "../outside"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!Files.isDirectory(staging.resolve("reviews/gone/figures")) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(staging.resolve("reviews/gone/figures")).isDirectory();
        try (OutputSink.Folders folders = sink.prepareFolders(List.of("reviews/a/index.html", "reviews/b/index.html"))) {
            sink.write("reviews/a/index.html", "a");
            sink.write("reviews/b/index.html", "b");
        }
        // The last build's about/ is this build's file "about".
        sink.write("about", "a page without a folder");
        sink.removeUnwritten();

        try (Stream<Path> all = Files.walk(staging)) {
            assertThat(all.map(p -> staging.relativize(p).toString()).sorted().toList()).containsExactly("",
                    "about", "reviews", "reviews/a", "reviews/a/index.html", "reviews/b", "reviews/b/index.html");
        }
        assertThat(tmp.resolve("outside")).doesNotExist();
    }

    @Test
    void aFolderThatCannotBeMadeFailsTheWriteIntoItAndNoOther(@TempDir Path tmp) throws IOException {
        Path staging = Files.createDirectories(tmp.resolve("staging"));
        Files.writeString(staging.resolve("b"), "a file in the way");
        OutputSink sink = OutputSink.into(staging, null);
        List<String> pages = List.of("a/index.html", "b/index.html", "c/index.html");

        try (OutputSink.Folders folders = sink.prepareFolders(pages)) {
            sink.write("c/index.html", "c");
            assertThatThrownBy(() -> sink.write("b/index.html", "b")).isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining(staging.resolve("b").toString());
            sink.write("a/index.html", "a");
        }

        assertThat(Files.readString(staging.resolve("a/index.html"))).isEqualTo("a");
        assertThat(Files.readString(staging.resolve("c/index.html"))).isEqualTo("c");
        assertThat(Files.readString(staging.resolve("b"))).isEqualTo("a file in the way");
    }

    @Test
    void overAnEarlierSiteAFileWhereAFolderGoesIsReplaced(@TempDir Path tmp) throws IOException {
        Path site = Files.createDirectories(tmp.resolve("site"));
        Files.writeString(site.resolve("b"), "an earlier site's file");
        OutputSink sink = OutputSink.replacingIn(site);

        try (OutputSink.Folders folders = sink.prepareFolders(List.of("a/index.html", "b/index.html"))) {
            sink.write("b/index.html", "b");
            sink.write("a/index.html", "a");
        }

        assertThat(Files.readString(site.resolve("b/index.html"))).isEqualTo("b");
        assertThat(Files.readString(site.resolve("a/index.html"))).isEqualTo("a");
    }
}
