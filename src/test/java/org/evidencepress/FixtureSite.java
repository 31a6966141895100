package org.evidencepress;

import org.evidencepress.pipeline.Trees;

import java.nio.file.Path;

/** Copies the small test site in src/test/resources/fixture-site to a folder tests may change. */
public final class FixtureSite {
    private static final Path SOURCE = Path.of("src/test/resources/fixture-site");

    private FixtureSite() {
    }

    public static Path copyTo(Path dir) {
        Trees.copy(SOURCE, dir);
        return dir;
    }
}
