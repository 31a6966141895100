package org.evidencepress;

import org.evidencepress.pipeline.Trees;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Copies the small test site in src/test/resources/fixture-site to a folder tests may change, and reads it. */
public final class FixtureSite {
    private static final Path SOURCE = Path.of("src/test/resources/fixture-site");

    private FixtureSite() {
    }

    public static Path copyTo(Path dir) {
        Trees.copy(SOURCE, dir);
        return dir;
    }

    /** The text of one of its files, as the fixture has it. */
    public static String read(String relative) {
        try {
            return Files.readString(SOURCE.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
