package org.evidencepress.buildcache;

import org.evidencepress.digest.Sha256;
import org.evidencepress.output.OutputFolder;
import org.evidencepress.site.SiteConfig;
import org.evidencepress.site.SiteConfigParser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Everything besides the content files that a site's pages are made from: site.yaml,
 * templates, label files, bibliographies, CSL styles, data and retraction files (every file
 * of the site folder except content Markdown, static files, generated output and build
 * caches), the retraction file site.yaml names even outside the folder, and the build's
 * settings. Its {@link #fingerprint} is part of every rendering key, so any change there
 * renders the site anew; static files are copied by every build and render nothing.
 *
 * @param settings what else a page depends on (drafts, future, a --base-url), in a fixed order
 */
public record SiteInputs(Path source, List<Object> settings) {

    /** The inputs of a build of {@code source} with these options ({@code baseUrl} null: site.yaml's). */
    public static SiteInputs of(Path source, boolean drafts, boolean future, String baseUrl) {
        return new SiteInputs(source, List.of("drafts=" + drafts, "future=" + future, "baseUrl=" + baseUrl));
    }

    /** The SHA-256 of the program, the settings and those files' paths and bytes. */
    byte[] fingerprint() {
        MessageDigest sha = Sha256.start();
        sha.update(ProgramVersion.current().getBytes(StandardCharsets.UTF_8));
        sha.update(String.valueOf(settings).getBytes(StandardCharsets.UTF_8));
        try {
            for (Path file : files()) {
                sha.update(source.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(file));
            }
            Path retractions = retractionFile();
            if (retractions != null && !retractions.startsWith(source) && Files.isRegularFile(retractions)) {
                sha.update(Files.readAllBytes(retractions));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sha.digest();
    }

    private List<Path> files() throws IOException {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> top = Files.list(source)) {
            for (Path entry : top.sorted().toList()) {
                String name = entry.getFileName().toString();
                if (name.startsWith(".") || name.equals("static")) {
                    continue;
                }
                collect(entry, name.equals("content"), found);
            }
        }
        return found;
    }

    private static void collect(Path entry, boolean content, List<Path> found) throws IOException {
        if (Files.isDirectory(entry)) {
            // Output folders and caches are made by builds, never read by them.
            if (Files.exists(entry.resolve(OutputFolder.MARKER)) || Files.exists(entry.resolve(BuildCache.MARKER))) {
                return;
            }
            try (Stream<Path> children = Files.list(entry)) {
                for (Path child : children.sorted().toList()) {
                    collect(child, content, found);
                }
            }
        } else if (Files.isRegularFile(entry) && !(content && entry.getFileName().toString().endsWith(".md"))) {
            found.add(entry);
        }
    }

    private Path retractionFile() {
        SiteConfig config = SiteConfigParser.read(source, new ArrayList<>());
        return config.retractions() == null ? null : source.resolve(config.retractions().path()).normalize();
    }
}
