package org.evidencepress.launch;

import org.evidencepress.buildcache.BuildCache;
import org.evidencepress.buildcache.MemoFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The size of a site's Markdown as the launcher last walked it, remembered in the site's
 * build cache. A rebuild then counts the entries of {@code content/reviews}, by name only
 * (some 15 ms at 16,000 reviews), instead of walking every file for its size (110-130 ms
 * in the launching JVM, before the build starts). While the count is within a tenth of the
 * walk's, the size is the walk's scaled by the count; a heap sized from it that proves too
 * small has the out-of-heap retry behind it.
 */
final class RememberedSize {
    static final String FILE = "content-size";
    /** The line of site.yaml that names a cache folder. */
    static final String CACHE_KEY = "cache_dir:";

    private RememberedSize() {
    }

    /**
     * The size of the site's Markdown that the cache at {@code cacheDir} remembers, scaled to
     * {@code count}, the entries of its {@code content/reviews} now (see {@link #reviewEntries}).
     */
    static OptionalLong estimate(Path cacheDir, long count) {
        try {
            String[] parts = Files.readString(cacheDir.resolve(FILE), StandardCharsets.US_ASCII).strip().split(" ");
            if (parts.length != 2) {
                return OptionalLong.empty();
            }
            long entries = Long.parseLong(parts[0]);
            long bytes = Long.parseLong(parts[1]);
            if (count <= 0 || entries <= 0 || bytes < 0
                    || Math.abs(count - entries) * 10 > entries) {
                return OptionalLong.empty();
            }
            return OptionalLong.of(bytes / entries * count + bytes % entries * count / entries);
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * Remembers {@code bytes}, the size of the site's Markdown, with {@code count}, the
     * entries of its {@code content/reviews}, in the cache at {@code cacheDir} if it is one.
     */
    static void remember(Path cacheDir, long count, long bytes) {
        // A file in a folder that is not a cache yet would make the build refuse it as one.
        if (count > 0 && isCache(cacheDir)) {
            MemoFile.write(cacheDir.resolve(FILE), count + " " + bytes + "\n");
        }
    }

    /** Whether a build has made {@code folder} a build cache. */
    static boolean isCache(Path folder) {
        return Files.isRegularFile(folder.resolve(BuildCache.MARKER));
    }

    /** The entries of {@code content/reviews}: a review's file or its page bundle's folder each; -1 when unreadable. */
    static long reviewEntries(Path source) {
        long count = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(source.resolve("content/reviews"))) {
            for (Path ignored : entries) {
                count++;
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return count;
    }

    /**
     * The cache folder as the build finds it: {@code --cache DIR} (relative to the working
     * folder), else site.yaml's {@code cache_dir} (relative to the site), read without a
     * YAML parser: a value it cannot be sure of (quoted oddly, followed by a comment) names
     * none, and the content is walked.
     */
    static Optional<Path> cacheFolder(String[] args, Path source) {
        Optional<String> flag = SelfRelaunch.optionValue(args, "--cache");
        if (flag.isPresent()) {
            return Optional.of(Path.of(flag.get()).toAbsolutePath());
        }
        try {
            for (String line : Files.readAllLines(source.resolve("site.yaml"), StandardCharsets.UTF_8)) {
                if (line.startsWith(CACHE_KEY)) {
                    String value = unquoted(line.substring(CACHE_KEY.length()).strip());
                    return value.isEmpty() || value.contains("#") || value.contains("\"") || value.contains("'")
                            ? Optional.empty() : Optional.of(source.resolve(value).toAbsolutePath());
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static String unquoted(String value) {
        for (String quote : List.of("\"", "'")) {
            if (value.length() >= 2 && value.startsWith(quote) && value.endsWith(quote)) {
                return value.substring(1, value.length() - 1);
            }
        }
        return value;
    }
}
