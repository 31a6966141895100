package org.evidencepress.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A staging folder links what the site it replaces already holds, and writes the rest. */
class OutputSinkLinkingTest {
    @Test
    void aFileWithTheReplacedSitesBytesIsLinkedToItAndAnyOtherIsWritten(@TempDir Path tmp) throws IOException {
        Path previous = tmp.resolve("site");
        write(previous.resolve("same.html"), "<p>same</p>");
        write(previous.resolve("reviews/a/index.html"), "<p>before</p>");
        write(previous.resolve("empty.txt"), "");
        Path staging = Files.createDirectories(tmp.resolve("staging"));

        OutputSink sink = OutputSink.into(staging, previous);
        sink.write("same.html", "<p>same</p>");
        sink.write("reviews/a/index.html", "<p>after</p>");
        sink.write("empty.txt", "");
        sink.write("new.html", "<p>new</p>");

        assumeTrue(key(previous.resolve("same.html")) != null, "this file system gives files no identity to compare");
        assertThat(key(staging.resolve("same.html"))).isEqualTo(key(previous.resolve("same.html")));
        assertThat(key(staging.resolve("empty.txt"))).isEqualTo(key(previous.resolve("empty.txt")));
        assertThat(key(staging.resolve("reviews/a/index.html"))).isNotEqualTo(key(previous.resolve("reviews/a/index.html")));
        assertThat(Files.readString(staging.resolve("reviews/a/index.html"))).isEqualTo("<p>after</p>");
        assertThat(Files.readString(previous.resolve("reviews/a/index.html"))).isEqualTo("<p>before</p>");
        assertThat(Files.readString(staging.resolve("new.html"))).isEqualTo("<p>new</p>");
        assertThat(sink.paths()).containsExactlyInAnyOrder("same.html", "reviews/a/index.html", "empty.txt", "new.html");
    }

    @Test
    void aFileLargerThanOneReadIsComparedToItsLastByte(@TempDir Path tmp) throws IOException {
        byte[] page = new byte[200_003];
        Arrays.fill(page, (byte) 'a');
        Path file = tmp.resolve("page.html");
        Files.write(file, page);

        assertThat(OutputSink.holdsExactly(file, page.clone())).isTrue();
        byte[] lastDiffers = page.clone();
        lastDiffers[lastDiffers.length - 1] = 'b';
        assertThat(OutputSink.holdsExactly(file, lastDiffers)).isFalse();
        byte[] firstDiffers = page.clone();
        firstDiffers[0] = 'b';
        assertThat(OutputSink.holdsExactly(file, firstDiffers)).isFalse();
        byte[] afterFirstRead = page.clone();
        afterFirstRead[64 * 1024] = 'b';
        assertThat(OutputSink.holdsExactly(file, afterFirstRead)).isFalse();
        assertThat(OutputSink.holdsExactly(file, Arrays.copyOf(page, page.length - 1))).isFalse();
        assertThat(OutputSink.holdsExactly(file, Arrays.copyOf(page, page.length + 1))).isFalse();
    }

    @Test
    void nothingIsLinkedThroughASymbolicLinkInTheReplacedSite(@TempDir Path tmp) throws IOException {
        Path elsewhere = tmp.resolve("elsewhere");
        write(elsewhere.resolve("index.html"), "<p>same</p>");
        write(elsewhere.resolve("file.html"), "<p>same</p>");
        Path previous = Files.createDirectories(tmp.resolve("site"));
        try {
            Files.createSymbolicLink(previous.resolve("linked"), elsewhere);
            Files.createSymbolicLink(previous.resolve("file.html"), elsewhere.resolve("file.html"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "this file system has no symbolic links");
        }
        Path staging = Files.createDirectories(tmp.resolve("staging"));

        OutputSink sink = OutputSink.into(staging, previous);
        sink.write("linked/index.html", "<p>same</p>");
        sink.write("file.html", "<p>same</p>");

        assumeTrue(key(elsewhere.resolve("index.html")) != null, "this file system gives files no identity to compare");
        assertThat(key(staging.resolve("linked/index.html"))).isNotEqualTo(key(elsewhere.resolve("index.html")));
        assertThat(key(staging.resolve("file.html"))).isNotEqualTo(key(elsewhere.resolve("file.html")));
        assertThat(Files.isSymbolicLink(staging.resolve("file.html"))).isFalse();
        assertThat(Files.readString(staging.resolve("file.html"))).isEqualTo("<p>same</p>");
    }

    @Test
    void aFolderThatHoldsAnEarlierSiteKeepsTheFilesThatAreAlreadyRightWhenAskedTo(@TempDir Path tmp) throws IOException {
        Path elsewhere = tmp.resolve("elsewhere.html");
        write(elsewhere, "<p>same</p>");
        Path dir = tmp.resolve("site");
        write(dir.resolve("same.html"), "<p>same</p>");
        write(dir.resolve("changed.html"), "<p>before</p>");
        write(dir.resolve("folder.html/inside.html"), "<p>same</p>");
        // Written long ago: a file written again has a new time (its number may well be the same).
        FileTime longAgo = FileTime.fromMillis(0);
        Files.setLastModifiedTime(dir.resolve("same.html"), longAgo);
        Files.setLastModifiedTime(dir.resolve("changed.html"), longAgo);
        try {
            Files.createSymbolicLink(dir.resolve("linked.html"), elsewhere);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "this file system has no symbolic links");
        }

        OutputSink sink = OutputSink.replacingIn(dir);
        sink.writeKeepingSame("same.html", bytes("<p>same</p>"));
        sink.writeKeepingSame("changed.html", bytes("<p>after</p>"));
        sink.writeKeepingSame("linked.html", bytes("<p>same</p>"));
        sink.writeKeepingSame("folder.html", bytes("<p>same</p>"));

        // Read and found right, not deleted and written again.
        assertThat(Files.getLastModifiedTime(dir.resolve("same.html"))).isEqualTo(longAgo);
        assertThat(Files.getLastModifiedTime(dir.resolve("changed.html"))).isNotEqualTo(longAgo);
        assertThat(Files.readString(dir.resolve("changed.html"))).isEqualTo("<p>after</p>");
        // A link, even to the right bytes, and a folder give way to a file of the site's own.
        assertThat(Files.isSymbolicLink(dir.resolve("linked.html"))).isFalse();
        assertThat(Files.readString(dir.resolve("linked.html"))).isEqualTo("<p>same</p>");
        assertThat(Files.isRegularFile(dir.resolve("folder.html"), LinkOption.NOFOLLOW_LINKS)).isTrue();
        assertThat(Files.readString(elsewhere)).isEqualTo("<p>same</p>");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static Object key(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
    }
}
