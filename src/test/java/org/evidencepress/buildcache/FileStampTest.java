package org.evidencepress.buildcache;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class FileStampTest {
    /** A build that starts an hour from now: every file here was changed long before it. */
    private static final long LATER = now() + TimeUnit.HOURS.toNanos(1);

    @TempDir
    Path dir;

    @Test
    void aFileChangedWellBeforeTheBuildHasAStampThatStaysWhileItIsUntouched() throws IOException {
        Path file = Files.writeString(dir.resolve("a.md"), "one");
        long stamp = FileStamp.of(file, LATER);
        assertThat(stamp).isNotEqualTo(FileStamp.NONE);
        assertThat(FileStamp.of(file, LATER)).isEqualTo(stamp);
        Files.readAllBytes(file);
        assertThat(FileStamp.of(file, LATER)).as("reading leaves it").isEqualTo(stamp);
    }

    @Test
    void aFileChangedWithinTheMarginOfTheStartHasNone() throws IOException {
        Path file = Files.writeString(dir.resolve("a.md"), "one");
        assertThat(FileStamp.of(file, now())).isEqualTo(FileStamp.NONE);
        assertThat(FileStamp.of(file, now() + FileStamp.MARGIN / 2)).isEqualTo(FileStamp.NONE);
        assertThat(FileStamp.of(dir.resolve("missing.md"), LATER)).isEqualTo(FileStamp.NONE);
    }

    @Test
    void aWriteOfTheSameSizeWithItsOldTimeSetBackIsSeen() throws IOException {
        Path file = Files.writeString(dir.resolve("a.md"), "one");
        FileTime modified = Files.getLastModifiedTime(file);
        Object changed = Files.getAttribute(file, "unix:ctime");
        long stamp = FileStamp.of(file, LATER);
        // The change time moves on with the kernel's clock tick: written again until it has.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        do {
            Files.writeString(file, "two");
            Files.setLastModifiedTime(file, modified);
        } while (Files.getAttribute(file, "unix:ctime").equals(changed) && System.nanoTime() < deadline);

        assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
        assertThat(FileStamp.of(file, LATER)).isNotEqualTo(stamp).isNotEqualTo(FileStamp.NONE);
    }

    @Test
    void anotherFileMovedInWithTheSameSizeAndTimeIsSeen() throws IOException {
        Path file = Files.writeString(dir.resolve("a.md"), "one");
        Path other = Files.writeString(dir.resolve("b.md"), "two");
        Files.setLastModifiedTime(other, Files.getLastModifiedTime(file));
        long stamp = FileStamp.of(file, LATER);
        Files.move(other, file, StandardCopyOption.REPLACE_EXISTING);
        assertThat(FileStamp.of(file, LATER)).isNotEqualTo(stamp);
    }

    private static long now() {
        java.time.Instant now = java.time.Instant.now();
        return TimeUnit.SECONDS.toNanos(now.getEpochSecond()) + now.getNano();
    }
}
