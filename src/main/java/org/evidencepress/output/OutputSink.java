package org.evidencepress.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a build's files go. Every written path is remembered so that links can be
 * checked against what the site really contains. {@link #discarding()} writes nothing
 * (for {@code check}); {@link #inMemory()} keeps the files for {@code serve}.
 */
public final class OutputSink {
    private final Path dir;
    private final Map<String, byte[]> memory;
    private final Set<String> written;
    /** Folders known to exist under {@code dir}. */
    private final Set<Path> directories = ConcurrentHashMap.newKeySet();

    private OutputSink(Path dir, Map<String, byte[]> memory, int expected) {
        this.dir = dir;
        this.memory = memory;
        this.written = ConcurrentHashMap.newKeySet(expected);
    }

    public static OutputSink into(Path dir) {
        return new OutputSink(dir, null, 16);
    }

    public static OutputSink discarding() {
        return new OutputSink(null, null, 16);
    }

    /** An in-memory sink sized for {@code expected} files, as many as the last build of the site wrote. */
    public static OutputSink inMemory(int expected) {
        // Growing both maps to a large site's size, file by file, was measurable in a serve rebuild.
        return new OutputSink(null, new ConcurrentHashMap<>(expected), expected);
    }

    /** The files written to an in-memory sink, by site-relative path (a view: write nothing more). */
    public Map<String, byte[]> files() {
        if (memory == null) {
            throw new IllegalStateException("not an in-memory sink");
        }
        // Not a copy: copying every page of a large site was a measurable part of a serve rebuild.
        return Collections.unmodifiableMap(memory);
    }

    /** Writes a file at a site-relative path such as {@code reviews/x/index.html}. */
    public void write(String path, String text) {
        write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public void write(String path, byte[] bytes) {
        if (!written.add(path)) {
            throw new IllegalStateException("two outputs at " + path);
        }
        if (memory != null) {
            memory.put(path, bytes);
        }
        if (dir == null) {
            return;
        }
        try {
            Path file = dir.resolve(path);
            Path parent = file.getParent();
            // A review folder holds seven files: asking the file system for the folder before
            // each of them made some 16,000 mkdir calls for 15,000 files at 2,000 reviews.
            if (!directories.contains(parent)) {
                Files.createDirectories(parent);
                directories.add(parent);
            }
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean contains(String path) {
        return written.contains(path);
    }

    public int size() {
        return written.size();
    }
}
