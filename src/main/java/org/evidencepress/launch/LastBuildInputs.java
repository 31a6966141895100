package org.evidencepress.launch;

import org.evidencepress.buildcache.MemoFile;
import org.evidencepress.buildcache.SiteInputs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * What a cached build renders everything again for, besides the content's Markdown: the
 * site's files that the cache's keys read ({@link SiteInputs}: site.yaml, templates, labels,
 * bibliographies, styles, data), the command's arguments and the program's jar, as a
 * checksum that the launcher remembers in the build cache after a build that succeeded.
 * When the next build's checksum is the same, only what the content changed is rendered
 * again, and that build is short: C2 compiles nothing but SHA-256 there (see
 * {@link JvmSettings}). A checksum is only a guess about the next build's work, never a key
 * of the cache's: a guess that is wrong costs time, not correctness.
 *
 * <p>The jar counts by its size, which a build of the same code keeps (CI builds it anew on
 * each run) and an upgrade all but always changes. Files of page bundles under content/ are
 * not read: walking the content took the launcher 110-130 ms at 16,000 reviews, and such a
 * file changes the pages of its own review.
 */
final class LastBuildInputs {
    static final String FILE = "site-inputs";

    private LastBuildInputs() {
    }

    /**
     * The checksum of the build that {@code args} start on the site at {@code source}, run
     * from {@code jar}; empty when a file cannot be read (then nothing is guessed).
     */
    static Optional<String> checksum(Path source, String[] args, Path jar) {
        CRC32 crc = new CRC32();
        try {
            crc.update(ByteBuffer.allocate(Long.BYTES).putLong(0, Files.size(jar)));
            for (String arg : args) {
                crc.update(arg.getBytes(StandardCharsets.UTF_8));
                crc.update(0);
            }
            // Read in pieces: a site may hold a data file larger than this JVM's small heap.
            byte[] buffer = new byte[64 * 1024];
            for (Path file : SiteInputs.files(source, false)) {
                crc.update(source.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                crc.update(0);
                long length = 0;
                try (InputStream in = Files.newInputStream(file)) {
                    for (int read; (read = in.read(buffer)) > 0; length += read) {
                        crc.update(buffer, 0, read);
                    }
                }
                crc.update(ByteBuffer.allocate(Long.BYTES).putLong(0, length));
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.of(Long.toHexString(crc.getValue()));
    }

    /** Whether the cache at {@code cacheDir} remembers {@code checksum} from the last build. */
    static boolean remembered(Path cacheDir, String checksum) {
        try {
            return Files.readString(cacheDir.resolve(FILE), StandardCharsets.US_ASCII).strip().equals(checksum);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Remembers {@code checksum} in the cache at {@code cacheDir}, when a build has made that folder a cache. */
    static void remember(Path cacheDir, String checksum) {
        if (RememberedSize.isCache(cacheDir)) {
            MemoFile.write(cacheDir.resolve(FILE), checksum + "\n");
        }
    }
}
