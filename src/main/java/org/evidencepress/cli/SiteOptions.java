package org.evidencepress.cli;

import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Which site to read and which of its reviews to publish: shared by build, check and serve. */
final class SiteOptions {
    @Option(names = {"-s", "--source"}, paramLabel = "DIR", description = "The site folder (default: the working folder).")
    Path source;

    @Option(names = "--drafts", description = "Include reviews marked draft: true.")
    boolean drafts;

    @Option(names = "--future", description = "Include reviews dated in the future.")
    boolean future;

    /**
     * The source folder, or null after printing why it is unusable: one with neither
     * {@code content/} nor {@code site.yaml} is not a site (the folder above it, or its
     * {@code content/} given by mistake), and building it would publish an empty site.
     */
    Path sourceDir() {
        Path dir = folder(source);
        Path content = dir == null ? null : dir.resolve("content");
        if (content != null && Files.exists(content) && !Files.isDirectory(content)) {
            // Neither "holds no content/" nor a build of no reviews: either sends the author the wrong way.
            System.err.println("evpress: " + content + " is a file, not a folder: the site's reviews and pages"
                    + " go in a folder content/");
            return null;
        }
        if (dir != null && !isSite(dir)) {
            System.err.println("evpress: " + dir + " holds neither content/ nor site.yaml: give the site's folder"
                    + (dir.getFileName() != null && dir.getFileName().toString().equals("content")
                    ? " (" + dir.getParent() + "?)" : ""));
            return null;
        }
        return dir;
    }

    /** Whether {@code dir} looks like a site's folder: it has {@code content/} or {@code site.yaml}. */
    static boolean isSite(Path dir) {
        return Files.isDirectory(dir.resolve("content")) || Files.exists(dir.resolve("site.yaml"));
    }

    /** {@code source} (the working folder when null) as an absolute path, or null after printing why it is unusable. */
    static Path folder(Path source) {
        Path dir = (source == null ? Path.of("") : source).toAbsolutePath().normalize();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            System.err.println("evpress: source " + dir
                    + " is not a folder; give the site's folder, which holds content/");
            return null;
        }
        if (!Files.isDirectory(dir)) {
            System.err.println("evpress: source folder " + dir + " does not exist");
            return null;
        }
        return dir;
    }

    /**
     * The day against which dates count as in the future: today in UTC, as Hugo reads a date
     * without a zone, so that a runner and a laptop in another zone publish the same reviews.
     */
    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
