package org.evidencepress.output;

import org.evidencepress.digest.Sha256;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Where a build's files go. Every written path is remembered so that links can be
 * checked against what the site really contains. {@link #discarding()} writes nothing
 * (for {@code check}); {@link #inMemory()} keeps the files for {@code serve}.
 */
public final class OutputSink {
    private final Path dir;
    private final ConcurrentHashMap<String, byte[]> memory;
    /** The paths written; for an in-memory sink, its map's keys (one map to fill, not two). */
    private final Set<String> written;
    private final Set<String> writtenView;
    /** Folders known to exist under {@code dir}. */
    private final Set<Path> directories = ConcurrentHashMap.newKeySet();
    /** The folders last given to {@link #prepareFolders}, or null. */
    private volatile Folders folders;
    /** The folders being made ahead of the pages (see {@link #makeFoldersAhead}), or null. */
    private volatile Ahead ahead;
    /** The folders made ahead and still there, once that stopped: those no page was written into are removed at the end. */
    private volatile Set<Path> madeAhead = Set.of();
    /** Whether {@link #link} still tries hard links (false once one failed). */
    private volatile boolean linking = true;
    /** The paths of the build before this one (serve), and whether this one wrote a path it lacks. */
    private final Set<String> earlier;
    private volatile boolean wroteNewPath;
    /** For a discarding sink: the cache's copies of the files it linked, the only place to read them back. */
    private final Map<String, Path> linkedFrom = new ConcurrentHashMap<>();

    /**
     * Whether {@code dir} starts as an earlier site: a file there may be a hard link to a
     * build cache's copy (and to the live site's file), so it is replaced, never written
     * through, and what this build does not write is removed at the end ({@link #removeUnwritten}).
     */
    private final boolean replacing;
    /**
     * The site this build replaces, or null: a file written with the bytes it already has
     * at that path becomes a hard link to it (see {@link #linkedToPrevious}).
     */
    private final Path previous;
    /** Whether links to {@link #previous} are still tried (false once one could not be made). */
    private volatile boolean linkingPrevious = true;
    /** The replaced site's folders looked at so far, and whether each is a real one. */
    private final Map<Path, Boolean> previousFolders = new ConcurrentHashMap<>();
    /** A buffer per thread for reading the replaced site's files back. */
    private static final ThreadLocal<ByteBuffer> READ_BACK = ThreadLocal.withInitial(() -> ByteBuffer.allocateDirect(64 * 1024));

    private OutputSink(Path dir, ConcurrentHashMap<String, byte[]> memory, Set<String> earlier, boolean replacing,
                       Path previous) {
        this.dir = dir;
        this.memory = memory;
        this.earlier = earlier;
        this.replacing = replacing;
        this.previous = previous;
        this.written = memory != null ? memory.keySet() : new WrittenPaths();
        this.writtenView = Collections.unmodifiableSet(written);
    }

    /**
     * Into the empty folder {@code dir}, which will replace the site in {@code previous} (or
     * null, the first site in its place): a file whose bytes that site already has at the
     * same path is linked to it, not written again. The replaced site is then deleted as a
     * set of links, most of them to files the new site keeps, instead of as a site's worth of
     * data. At 16,000 reviews the second and third of three builds into one folder took 60.2
     * and 74.4 s writing every file anew (the second waited on the deletion of 2.2 GB, the
     * third made its files just after it), and 43.3-47.9 and 40.1-43.3 s linking; a build
     * into a new folder took some 40 s.
     */
    public static OutputSink into(Path dir, Path previous) {
        return new OutputSink(dir, null, Set.of(), false, previous);
    }

    /** Into {@code dir}, which holds an earlier site: unchanged files stay, the rest is replaced or removed. */
    public static OutputSink replacingIn(Path dir) {
        return new OutputSink(dir, null, Set.of(), true, null);
    }

    public static OutputSink discarding() {
        return new OutputSink(null, null, Set.of(), false, null);
    }

    /**
     * An in-memory sink for the build after one that wrote {@code earlier} (the {@link #paths()}
     * of its sink): sized for as many files, and able to tell whether it wrote the same paths.
     */
    public static OutputSink inMemory(Set<String> earlier) {
        // Growing both maps to a large site's size, file by file, was measurable in a serve rebuild.
        return new OutputSink(null, new ConcurrentHashMap<>(Math.max(16, earlier.size())), earlier, false, null);
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
        write(path, bytes, false);
    }

    /**
     * As {@link #write}; in a folder that holds an earlier site, a file there that holds
     * exactly {@code bytes} stays as it is. For files most builds make the same, such as the
     * search index's: reading one costs less than deleting and writing it again, while for a
     * changed page the read would come on top.
     */
    public void writeKeepingSame(String path, byte[] bytes) {
        write(path, bytes, true);
    }

    private void write(String path, byte[] bytes, boolean keepSame) {
        if (memory != null ? memory.putIfAbsent(path, bytes) != null : !written.add(path)) {
            throw new IllegalStateException("two outputs at " + path);
        }
        noteIfNew(path);
        if (dir == null) {
            return;
        }
        try {
            Path file = dir.resolve(path);
            createParent(file);
            clearFolderMadeAhead(file);
            if (replacing) {
                if (keepSame && holdsAlready(file, bytes)) {
                    return;
                }
                clear(file);
            }
            if (!linkedToPrevious(path, file, bytes)) {
                Files.write(file, bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes {@code file} a hard link to the replaced site's file at {@code path} when that is
     * a regular file holding exactly {@code bytes}; false when it is not, or no link could be
     * made (then none is tried again: another file system, or one without links). Nothing
     * writes to a file once it is in a site, so the two sites never share a change.
     */
    private boolean linkedToPrevious(String path, Path file, byte[] bytes) {
        if (previous == null || !linkingPrevious) {
            return false;
        }
        Path old = previous.resolve(path);
        if (!realFolderOfPrevious(old.getParent()) || !holdsAlready(old, bytes)) {
            return false;
        }
        try {
            Files.createLink(file, old);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            linkingPrevious = false;
            return false;
        }
    }

    /**
     * Whether {@code folder} of the replaced site is a real folder, reached through no
     * symbolic link: a link put there by hand could lead to a file outside any site.
     */
    private boolean realFolderOfPrevious(Path folder) {
        if (folder.equals(previous)) {
            return true;
        }
        Boolean real = previousFolders.get(folder);
        if (real == null) {
            real = realFolderOfPrevious(folder.getParent()) && Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS);
            previousFolders.put(folder, real);
        }
        return real;
    }

    /**
     * Whether the earlier site's file at {@code file} holds exactly {@code bytes}. A rebuild
     * from the cache at 16,000 reviews writes its 2,122 search files so, most of them
     * unchanged: JFR's samples of that writing in the file system went from 30-32 to 1-4.
     * A build into a new folder asks it of the site it replaces, to link what is unchanged.
     */
    private static boolean holdsAlready(Path file, byte[] bytes) {
        try {
            return holdsExactly(file, bytes);
        } catch (IOException notThere) {
            return false; // or a folder, or a link: replaced as usual
        }
    }

    /** Whether {@code file}, not followed if a symbolic link, holds exactly {@code bytes}. */
    static boolean holdsExactly(Path file, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            if (channel.size() != bytes.length) {
                return false;
            }
            ByteBuffer buffer = READ_BACK.get();
            int at = 0;
            while (at < bytes.length) {
                buffer.clear().limit(Math.min(buffer.capacity(), bytes.length - at));
                int read = channel.read(buffer);
                if (read <= 0) {
                    return false;
                }
                buffer.flip();
                if (buffer.mismatch(ByteBuffer.wrap(bytes, at, read)) != -1) {
                    return false;
                }
                at += read;
            }
            return channel.read(buffer.clear()) == -1;
        }
    }

    /**
     * Writes a file whose bytes are those of {@code existing} (a build cache's copy): a hard
     * link when both are on one file system, else a copy. Nothing is written when it fails.
     */
    public void link(String path, Path existing) throws IOException {
        link(path, existing, null);
    }

    /** As {@link #link(String, Path)}, knowing the {@link java.nio.file.attribute.BasicFileAttributes#fileKey} of {@code existing} (or null). */
    public void link(String path, Path existing, Object existingKey) throws IOException {
        if (written.contains(path)) {
            throw new IllegalStateException("two outputs at " + path);
        }
        if (memory != null) {
            memory.put(path, Files.readAllBytes(existing));
            noteIfNew(path);
            return;
        }
        if (dir == null) {
            linkedFrom.put(path, existing);
        }
        if (dir != null) {
            Path file = dir.resolve(path);
            createParent(file);
            clearFolderMadeAhead(file);
            if (replacing) {
                if (sameFile(file, existing, existingKey)) {
                    written.add(path);
                    return;
                }
                clear(file);
            }
            if (linking) {
                try {
                    Files.createLink(file, existing);
                } catch (IOException | UnsupportedOperationException e) {
                    // Another file system, or one without links: copy from now on.
                    linking = false;
                    Files.deleteIfExists(file);
                    Files.copy(existing, file);
                }
            } else {
                Files.copy(existing, file);
            }
        }
        written.add(path);
        noteIfNew(path);
    }

    /** {@link FileState#node} when the file system gives no key for a file. */
    public static final long NO_NODE = -1;

    /**
     * What tells one file from another, and an altered file from itself: its size, its time
     * of modification (milliseconds) and the hash of its key in its file system (on Unix its
     * device and inode numbers), never negative, or {@link #NO_NODE}.
     */
    public record FileState(long size, long modified, long node) {
        /**
         * The state of {@code file}, which is there: not through a link. Read as the basic
         * attributes: by name from the "unix" view (for the inode number itself), the 123,000
         * files of a 16,000-review site took 656-661 ms against 493-501 ms (one thread).
         */
        public static FileState of(Path file) throws IOException {
            return of(Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
        }

        /** The state of a file whose attributes were read already. */
        public static FileState of(BasicFileAttributes basic) {
            Object key = basic.fileKey();
            return new FileState(basic.size(), basic.lastModifiedTime().toMillis(),
                    key == null ? NO_NODE : key.hashCode() & 0xffffffffL);
        }
    }

    /**
     * Whether, in a sink that started as an earlier site, the file at {@code path} is in
     * {@code state} already: then it counts as written. A file's state changes with any write
     * to it, through any of its links.
     */
    public boolean holds(String path, FileState state) {
        if (!replacing || memory != null || dir == null || written.contains(path)) {
            return false;
        }
        Path file = dir.resolve(path);
        try {
            createParent(file);
            if (!state.equals(FileState.of(file))) {
                return false;
            }
        } catch (IOException | UncheckedIOException e) {
            return false; // not there: linked or written as usual
        }
        written.add(path);
        noteIfNew(path);
        return true;
    }

    /** Whether {@code file} is already {@code existing} (the same file, through a hard link). */
    private static boolean sameFile(Path file, Path existing, Object existingKey) {
        try {
            if (existingKey == null) {
                return Files.isSameFile(file, existing);
            }
            return existingKey.equals(Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                    .fileKey());
        } catch (IOException e) {
            return false; // not there yet
        }
    }

    /** Removes what an earlier site has at {@code file}: a file, or a folder where a file goes now. */
    private static void clear(Path file) throws IOException {
        try {
            Files.deleteIfExists(file);
        } catch (DirectoryNotEmptyException e) {
            OutputFolder.deleteTree(file);
        }
    }

    /**
     * In a sink that started as an earlier site, removes every file and folder this build did
     * not write (a deleted review's folder, a list page no longer needed). Only the folders
     * that hold written files are listed: anything else is gone with its parent's entry.
     */
    public void removeUnwritten() {
        stopFoldersAhead();
        if (!replacing) {
            removeFoldersMadeAheadInVain();
            return;
        }
        // By folder and name, as the paths are held, not a Path made per file and per entry: at
        // 16,000 reviews 0.54-0.63 s against 0.69-0.86 s, the rest is listing the folders.
        WrittenPaths paths = (WrittenPaths) written;
        Set<String> folders = paths.folders();
        // Listing 25,000 folders is system calls on one core: in parallel it takes half as long.
        folders.parallelStream().flatMap(folder -> staleIn(folder, folders, paths).stream()).toList()
                .forEach(OutputFolder::deleteTree);
    }

    /**
     * The entries of {@code folder} that this build did not write (nor made a folder for).
     * Listed by name, not as a stream of paths: at 16,000 reviews reading the 25,000 folders
     * took 381-388 ms so against 527-543 ms (one thread, four rounds).
     */
    private List<Path> staleIn(String folder, Set<String> folders, WrittenPaths paths) {
        Path at = folder.isEmpty() ? dir : dir.resolve(folder);
        String[] names = at.toFile().list();
        if (names == null) {
            throw new UncheckedIOException(new IOException("cannot list " + at));
        }
        List<Path> stale = new ArrayList<>();
        for (String name : names) {
            boolean kept = folder.isEmpty() ? folders.contains(name) || name.equals(OutputFolder.MARKER)
                    : folders.contains(folder + "/" + name);
            if (!kept && !paths.holds(folder, name)) {
                stale.add(at.resolve(name));
            }
        }
        return stale;
    }

    private void noteIfNew(String path) {
        if (!wroteNewPath && !earlier.contains(path)) {
            wroteNewPath = true;
        }
    }

    /**
     * Starts making the folders of {@code paths} (site-relative files), in their order, on a
     * thread of its own; a file written into one of them meanwhile waits until it is made.
     * Renderers writing in parallel into one parent folder made its directory entries one at
     * a time anyway, and waited on each other: at 16,000 reviews that cost seconds. Made on
     * one thread before the renderers started, the 25,000 folders of the first rebuild after
     * a build cache was filled (16,000 reviews, one body edited) took 1.8 s of its 5.0 s,
     * with the other core idle; made beside the renderers, ten alternating rebuilds took a
     * median of 3.88 s against 4.42 s. Renderers that take their pages in the same order
     * rarely wait. Close the result before the output folder is committed or removed.
     */
    public Folders prepareFolders(Collection<String> paths) {
        if (dir == null) {
            return new Folders(List.of(), Map.of());
        }
        stopFoldersAhead();
        LinkedHashSet<Path> parents = new LinkedHashSet<>();
        for (String path : paths) {
            Path parent = dir.resolve(path).getParent();
            if (!directories.contains(parent)) {
                parents.add(parent);
            }
        }
        List<Path> order = List.copyOf(parents);
        Map<Path, Integer> places = new HashMap<>(order.size() * 4 / 3 + 1);
        for (int i = 0; i < order.size(); i++) {
            places.put(order.get(i), i);
        }
        Folders folders = new Folders(order, places);
        this.folders = folders;
        if (folders.maker != null) {
            folders.maker.start();
        }
        return folders;
    }

    /** Folders being made in order on a thread of their own (see {@link #prepareFolders}). */
    public final class Folders implements AutoCloseable {
        private final List<Path> order;
        private final Map<Path, Integer> places;
        /** Null when there is no folder to make (a sink that writes nothing to disk, or every folder known). */
        private final Thread maker;
        /** The folders of {@link #order} before this place are made, or failed (then a writer makes them again). */
        private volatile int done;

        private Folders(List<Path> order, Map<Path, Integer> places) {
            this.order = order;
            this.places = places;
            this.maker = order.isEmpty() ? null : new Thread(this::makeAll, "folders");
            if (maker != null) {
                maker.setDaemon(true);
            }
        }

        private void makeAll() {
            for (int i = 0; i < order.size(); i++) {
                try {
                    createFolder(order.get(i), false);
                } catch (IOException | RuntimeException e) {
                    // The writer of a file inside makes it again, and reports why it cannot.
                } finally {
                    done = i + 1;
                    synchronized (this) {
                        notifyAll();
                    }
                }
            }
        }

        /** Waits until the maker has been at {@code folder}, if it is one of its. */
        private void awaitMade(Path folder) throws IOException {
            Integer place = places.get(folder);
            if (place == null || done > place) {
                return;
            }
            synchronized (this) {
                while (done <= place) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new InterruptedIOException("stopped while waiting for " + folder);
                    }
                }
            }
        }

        /** Waits until every folder is made (or failed): nothing is made in the output folder after this. */
        @Override
        public void close() {
            if (maker != null) {
                awaitEnd(maker);
            }
        }
    }

    /** Waits until {@code thread} has ended, even when interrupted (the interruption is kept for later). */
    private static void awaitEnd(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Starts making {@code folders} (site-relative, each after the folders above it) in an
     * empty output folder, on a thread of its own, before the build knows which pages it
     * writes: a build cache's guess, the folders of the last build. Reading the content and
     * building the site model leave a core idle for a while, and each of the 25,000 folders
     * of a 16,000-review site costs the file system some 40-80 microseconds of a core, while
     * the pages linked from the cache then compete for both. It stops at the first write or
     * {@link #prepareFolders}, which makes the rest in the order the pages are written;
     * {@link #removeUnwritten} removes those no file was written into, so the site is as a
     * build without the guess makes it.
     */
    public void makeFoldersAhead(Supplier<List<String>> folders) {
        if (dir == null || replacing || ahead != null) {
            return;
        }
        Ahead started = new Ahead(folders);
        ahead = started;
        started.maker.start();
    }

    /** Stops making folders ahead and waits until the maker has stopped; nothing is made ahead after this. */
    public void stopFoldersAhead() {
        Ahead running = ahead;
        if (running != null) {
            running.stop();
            ahead = null;
        }
    }

    /** Folders made ahead of the pages (see {@link #makeFoldersAhead}): as many as there was time for. */
    private final class Ahead {
        private final Supplier<List<String>> folders;
        private final Thread maker;
        private final Set<Path> made = ConcurrentHashMap.newKeySet();
        private volatile boolean stopping;
        private boolean stopped;

        Ahead(Supplier<List<String>> folders) {
            this.folders = folders;
            this.maker = new Thread(this::makeAll, "folders ahead");
            maker.setDaemon(true);
        }

        private void makeAll() {
            List<String> guess;
            try {
                guess = folders.get();
            } catch (RuntimeException e) {
                return; // only a guess: the pages make what they need
            }
            for (String folder : guess) {
                if (stopping) {
                    return;
                }
                Path path = dir.resolve(folder).normalize();
                if (!path.startsWith(dir) || path.equals(dir) || directories.contains(path)) {
                    continue;
                }
                try {
                    Files.createDirectory(path);
                    made.add(path);
                    directories.add(path);
                } catch (IOException | RuntimeException e) {
                    // A folder above it was not made, or a name is not one this system takes: the
                    // pages make what they need.
                }
            }
        }

        synchronized void stop() {
            if (stopped) {
                return;
            }
            stopping = true;
            awaitEnd(maker);
            madeAhead = made;
            stopped = true;
        }
    }

    /**
     * Where a file goes to a folder made ahead (the last build had a folder of that name),
     * removes that folder, which holds nothing but folders made ahead.
     */
    private void clearFolderMadeAhead(Path file) throws IOException {
        Set<Path> aheadOnes = madeAhead;
        if (aheadOnes.isEmpty() || !aheadOnes.contains(file)) {
            return;
        }
        synchronized (this) {
            if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                OutputFolder.deleteTree(file);
                directories.removeIf(folder -> folder.startsWith(file));
                aheadOnes.removeIf(folder -> folder.startsWith(file));
            }
        }
    }

    /** Removes the folders made ahead that hold no file of this build, the deepest first. */
    private void removeFoldersMadeAheadInVain() {
        Set<Path> aheadOnes = madeAhead;
        if (aheadOnes.isEmpty()) {
            return;
        }
        Set<String> used = folders();
        aheadOnes.stream().filter(folder -> !used.contains(sitePath(folder)))
                .sorted(Comparator.comparingInt(Path::getNameCount).reversed())
                .forEach(folder -> {
                    try {
                        Files.deleteIfExists(folder);
                    } catch (DirectoryNotEmptyException e) {
                        // something not written through this sink is inside: the folder stays
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    /** {@code folder}'s path in the site, as {@link #folders()} gives it. */
    private String sitePath(Path folder) {
        StringBuilder path = new StringBuilder();
        for (Path name : dir.relativize(folder)) {
            if (!path.isEmpty()) {
                path.append('/');
            }
            path.append(name);
        }
        return path.toString();
    }

    /** A review folder holds seven files: asking the file system for it each time doubled the system calls of a build. */
    private void createParent(Path file) throws IOException {
        if (ahead != null) {
            // From the first file on, folders are made as the pages need them.
            stopFoldersAhead();
        }
        createFolder(file.getParent(), true);
    }

    /** Makes {@code folder} unless known; a writer ({@code waitForMaker}) first waits for the folder maker to reach it. */
    private void createFolder(Path folder, boolean waitForMaker) throws IOException {
        if (directories.contains(folder)) {
            return;
        }
        Folders making = folders;
        if (waitForMaker && making != null) {
            making.awaitMade(folder);
            if (directories.contains(folder)) {
                return;
            }
        }
        if (replacing) {
            replaceFolder(folder);
        } else {
            Files.createDirectories(folder);
        }
        directories.add(folder);
    }

    /**
     * Makes sure {@code folder} is a real folder of an earlier site, or makes it: each folder on
     * the way is looked at once, without following links, so a file or a link left where a
     * folder goes is replaced, and nothing is written outside the site. One thread at a time,
     * so that two renderers never replace the same entry (folders are mostly prepared in
     * order before rendering, and each is looked at once).
     */
    private synchronized void replaceFolder(Path folder) throws IOException {
        if (directories.contains(folder) || folder.equals(dir)) {
            return;
        }
        Path parent = folder.getParent();
        if (!parent.equals(dir)) {
            createFolder(parent, false);
        }
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            Files.deleteIfExists(folder);
            Files.createDirectory(folder);
        }
    }

    /** Where a file written to this sink lies on disk; empty for a sink that keeps no folder. */
    public Optional<Path> fileOf(String path) {
        return dir == null || !written.contains(path) ? Optional.empty() : Optional.of(dir.resolve(path));
    }

    /** The bytes of a file written to this sink. */
    public byte[] read(String path) {
        if (memory != null) {
            return memory.get(path);
        }
        try {
            return Files.readAllBytes(dir != null ? dir.resolve(path) : linkedFrom.get(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean contains(String path) {
        return written.contains(path);
    }

    /** The folders that hold the files written so far, and every folder above them ({@code ""} is the site's root). */
    public Set<String> folders() {
        if (written instanceof WrittenPaths paths) {
            return paths.folders();
        }
        Set<String> folders = new HashSet<>();
        folders.add("");
        for (String path : written) {
            for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
                folders.add(path.substring(0, slash));
            }
        }
        return folders;
    }

    /** Every path written so far (a view, always the same one). */
    public Set<String> paths() {
        return writtenView;
    }

    /** Feeds every path written so far to {@code digest}, in order: the same paths, the same bytes. */
    public void digestPaths(MessageDigest digest) {
        if (written instanceof WrittenPaths paths) {
            paths.digestInto(digest);
        } else {
            new TreeSet<>(written).forEach(path -> Sha256.update(digest, path));
        }
    }

    /**
     * Whether this sink holds exactly the paths of {@code other}. Against the paths it was
     * made after, that is known from the writes (comparing a large site's paths one by one
     * was a measurable part of a serve rebuild).
     */
    public boolean samePaths(Set<String> other) {
        if (other == earlier) {
            return !wroteNewPath && written.size() == earlier.size();
        }
        return written.equals(other);
    }

    public int size() {
        return written.size();
    }
}
