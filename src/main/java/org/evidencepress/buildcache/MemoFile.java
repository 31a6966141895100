package org.evidencepress.buildcache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A small text a later build may read to spare itself some work (the program's version, the
 * site's size), kept beside the cache. Written whole or not at all: to a temporary file
 * renamed over the old one, so a reader never sees half of it. Not written is no error: the
 * next build does the work again.
 */
public final class MemoFile {
    private MemoFile() {
    }

    /** Writes {@code text} to {@code file}, whole, if it can. */
    public static void write(Path file, String text) {
        Path temp = null;
        try {
            temp = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName() + "-", ".tmp");
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            // Not remembered: the next build does the work again.
        } finally {
            try {
                if (temp != null) {
                    Files.deleteIfExists(temp);
                }
            } catch (IOException e) {
                // Left among the cache's files, where a build that sweeps the cache deletes it.
            }
        }
    }
}
