package org.evidencepress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Copies the small test site in src/test/resources/fixture-site to a folder tests may change. */
public final class FixtureSite {
    private static final Path SOURCE = Path.of("src/test/resources/fixture-site");

    private FixtureSite() {
    }

    public static Path copyTo(Path dir) {
        try (Stream<Path> walk = Files.walk(SOURCE)) {
            for (Path from : walk.toList()) {
                Path to = dir.resolve(SOURCE.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
