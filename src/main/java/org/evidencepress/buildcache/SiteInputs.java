package org.evidencepress.buildcache;

import org.evidencepress.content.ContentLoader;
import org.evidencepress.digest.Sha256;
import org.evidencepress.output.OutputFolder;
import org.evidencepress.site.SiteConfig;
import org.evidencepress.site.SiteConfigParser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Everything besides the content files that a site's pages are made from: site.yaml,
 * templates, label files, bibliographies, CSL styles, data and retraction files (every file
 * of the site folder except the Markdown of content pages, static files, generated output and build
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

    /**
     * The SHA-256 of {@code program} (the program's version), the settings and
     * {@code files}, the digest of those files: the two are found apart, at the same time.
     */
    byte[] fingerprint(String program, byte[] files) {
        MessageDigest sha = Sha256.start();
        sha.update(program.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(String.valueOf(settings).getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(files);
        return sha.digest();
    }

    /** The SHA-256 of those files' paths and bytes. */
    byte[] filesDigest() {
        MessageDigest sha = Sha256.start();
        try {
            for (Path file : files()) {
                sha.update(source.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                byte[] bytes = Files.readAllBytes(file);
                sha.update(ByteBuffer.allocate(Long.BYTES).putLong(0, bytes.length).array());
                sha.update(bytes);
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

    /**
     * The files, sorted by path. Walked with one look at each entry, the content's Markdown
     * files passed over by name: listing each folder, then asking of each entry whether it
     * was a folder and a file, took a cached 16,000-review rebuild a third of a second before
     * any file was parsed.
     */
    private List<Path> files() throws IOException {
        return files(source, true);
    }

    /**
     * The files of the site at {@code source} that render every page again (see above), sorted
     * by path; without those of content/ (its page bundles' files) unless {@code withContent}.
     * A link back into its own ancestors is passed over, as the content listing passes over it
     * ({@link org.evidencepress.content.LinkedTree}): a build with a cache goes on where one
     * without goes on.
     */
    public static List<Path> files(Path source, boolean withContent) throws IOException {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> top = Files.list(source)) {
            for (Path entry : top.toList()) {
                String name = entry.getFileName().toString();
                boolean content = name.equals("content");
                if (!name.startsWith(".") && !name.equals("static") && (withContent || !content)) {
                    collect(entry, content, found);
                }
            }
        }
        found.sort(null);
        return found;
    }

    /** Adds the files under {@code top} (or {@code top} itself), links followed, to {@code found}. */
    private static void collect(Path top, boolean content, List<Path> found) throws IOException {
        // Content Markdown files by site path: those of page bundles are their files, no pages.
        Map<String, Path> markdown = new HashMap<>();
        Files.walkFileTree(top, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                // Output folders and caches are made by builds, never read by them.
                return Files.exists(dir.resolve(OutputFolder.MARKER)) || Files.exists(dir.resolve(BuildCache.MARKER))
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (!attributes.isRegularFile()) {
                    return FileVisitResult.CONTINUE;
                }
                if (content && file.getFileName().toString().endsWith(".md")) {
                    markdown.put("content/" + top.relativize(file).toString().replace('\\', '/'), file);
                } else {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof FileSystemLoopException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
        Set<String> bundles = ContentLoader.bundleFolders(markdown.keySet());
        markdown.forEach((sitePath, file) -> {
            if (ContentLoader.isBundleFile(sitePath, bundles)) {
                found.add(file);
            }
        });
    }

    private Path retractionFile() {
        SiteConfig config = SiteConfigParser.read(source, new ArrayList<>());
        return config.retractions() == null ? null : source.resolve(config.retractions().path()).normalize();
    }
}
