package org.evidencepress.output;

import org.evidencepress.digest.Sha256;

import java.security.MessageDigest;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The site-relative paths a build has written, a set safe to add to from many threads,
 * held as folders and the names in each. A review's folder holds its page and six citation
 * files, and those names recur in every review's folder: as a string and a map node per
 * path, the paths took some 900 bytes per review, kept until the last link is checked
 * (90 MB at 100,000 reviews); as a folder and shared names, under 200.
 */
final class WrittenPaths extends AbstractSet<String> {
    private static final String[] NONE = {};

    /** Per folder ({@code ""} for the site's root), its names sorted; an array is never changed once stored. */
    private final ConcurrentHashMap<String, String[]> namesByFolder = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> sharedNames = new ConcurrentHashMap<>();
    private final AtomicInteger size = new AtomicInteger();

    @Override
    public boolean add(String path) {
        int slash = path.lastIndexOf('/');
        String name = sharedNames.computeIfAbsent(path.substring(slash + 1), n -> n);
        boolean[] added = {false};
        namesByFolder.compute(folder(path, slash), (folder, names) -> {
            String[] known = names == null ? NONE : names;
            int at = Arrays.binarySearch(known, name);
            if (at >= 0) {
                return names;
            }
            int insertAt = -at - 1;
            String[] grown = new String[known.length + 1];
            System.arraycopy(known, 0, grown, 0, insertAt);
            grown[insertAt] = name;
            System.arraycopy(known, insertAt, grown, insertAt + 1, known.length - insertAt);
            added[0] = true;
            return grown;
        });
        if (added[0]) {
            size.incrementAndGet();
        }
        return added[0];
    }

    @Override
    public boolean contains(Object o) {
        if (!(o instanceof String path)) {
            return false;
        }
        int slash = path.lastIndexOf('/');
        return holds(folder(path, slash), path.substring(slash + 1));
    }

    /** Whether {@code name} was written in {@code folder} ({@code ""} for the site's root). */
    boolean holds(String folder, String name) {
        String[] names = namesByFolder.get(folder);
        return names != null && Arrays.binarySearch(names, name) >= 0;
    }

    /** Feeds every path to {@code digest}: folder by folder in order, each folder's names in order. */
    void digestInto(MessageDigest digest) {
        for (String folder : new TreeSet<>(namesByFolder.keySet())) {
            String[] names = namesByFolder.get(folder);
            Sha256.update(digest, folder);
            Sha256.update(digest, names.length);
            for (String name : names) {
                Sha256.update(digest, name);
            }
        }
    }

    /** The folders that hold written files, and every folder above them; {@code ""} is the site's root. */
    Set<String> folders() {
        Set<String> folders = new HashSet<>();
        folders.add("");
        for (String folder : namesByFolder.keySet()) {
            // Up through its parents, as far as one already known.
            String f = folder;
            while (!f.isEmpty() && folders.add(f)) {
                f = folder(f, f.lastIndexOf('/'));
            }
        }
        return folders;
    }

    @Override
    public int size() {
        return size.get();
    }

    @Override
    public Iterator<String> iterator() {
        return namesByFolder.entrySet().stream()
                .flatMap(entry -> Arrays.stream(entry.getValue()).map(name -> path(entry, name)))
                .iterator();
    }

    private static String folder(String path, int slash) {
        return slash < 0 ? "" : path.substring(0, slash);
    }

    private static String path(Map.Entry<String, String[]> folder, String name) {
        return folder.getKey().isEmpty() ? name : folder.getKey() + "/" + name;
    }
}
