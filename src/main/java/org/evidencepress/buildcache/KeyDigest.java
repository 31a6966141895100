package org.evidencepress.buildcache;

import org.evidencepress.csl.CslFormatter;
import org.evidencepress.digest.Sha256;
import org.evidencepress.frontmatter.ParsedFile;
import org.evidencepress.integrity.RetractionDatabase;
import org.evidencepress.labels.Labels;
import org.evidencepress.site.PageEntry;
import org.evidencepress.site.ReviewEntry;
import org.evidencepress.site.SiteConfig;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SHA-256 of a cache key: the same traversal as {@link ValueCodec}, so two keys have the
 * same digest exactly when they hold the same values (as {@code equals} sees them). Maps and
 * sets without an order of their own are digested sorted, so that a different insertion order
 * or hash seed between two runs gives the same digest. The site model's large records
 * (reviews, plain pages, the settings) and long lists are digested once per build and then
 * stand in by their digest, as in a Merkle tree: list pages name the same reviews many times.
 * Safe for the parallel renderers.
 */
final class KeyDigest {
    /** Digests of values met before in this build, by identity: the model does not change during a build. */
    private final Map<Identity, byte[]> known;
    /** Values that stand for a digest given by the caller (a page view, by what it was made from). */
    private final ThreadLocal<Map<Identity, byte[]>> given = ThreadLocal.withInitial(HashMap::new);

    /** A digest for a build that knows about {@code expected} values' digests (each file's parts, for one). */
    KeyDigest(int expected) {
        known = new ConcurrentHashMap<>(expected * 4 / 3 + 16);
    }

    private record Identity(Object value) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Identity i && i.value == value;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(value);
        }
    }

    /** The digest of {@code value}; throws {@link ValueCodec.Unsupported} when it holds what cannot be digested. */
    byte[] of(Object value) {
        Identity id = new Identity(value);
        byte[] d = given.get().get(id);
        if (d != null) {
            return d;
        }
        d = known.get(id);
        if (d != null) {
            return d;
        }
        d = encoding(value, true).sha256();
        if (memoized(value)) {
            known.put(id, d);
        }
        return d;
    }

    /**
     * For the rest of the build, {@code value} digests as {@code digest}, and so does each
     * part of it one level down (a record's components, by name) as a digest derived from
     * it: the site model passes those parts on as they are (a review's sources, its study).
     * Empty collections and shared constants are left out, as many values hold the same one.
     */
    void know(Record value, byte[] digest) {
        known.put(new Identity(value), digest);
        for (Method accessor : ValueCodec.accessors(value.getClass())) {
            Object part;
            try {
                part = accessor.invoke(value);
            } catch (ReflectiveOperationException e) {
                continue;
            }
            boolean empty = part instanceof Collection<?> col && col.isEmpty() || part instanceof Map<?, ?> m && m.isEmpty();
            if ((part instanceof Record || part instanceof Collection<?> || part instanceof Map<?, ?>) && !empty
                    && !ValueCodec.isConstant(part)) {
                MessageDigest sha = Sha256.start();
                sha.update(digest);
                sha.update(accessor.getName().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                known.putIfAbsent(new Identity(part), sha.digest());
            }
        }
    }

    /** For the rest of the build, {@code value} itself digests as {@code digest}; its parts are digested as they are. */
    void knowWhole(Object value, byte[] digest) {
        known.put(new Identity(value), digest);
    }

    /** Until {@link #forget}, on this thread, {@code value} digests as {@code digest}. */
    void stand(Object value, byte[] digest) {
        given.get().put(new Identity(value), digest);
    }

    void forget() {
        given.get().clear();
    }

    /**
     * The digest {@code value} is written as inside a key, or null when it is written out:
     * with one look-up for a value known already (a key's parts mostly are).
     */
    byte[] standingFor(Object value) {
        if (isPlain(value)) {
            return null;
        }
        byte[] d = lookedUp(value);
        return d != null ? d : memoized(value) ? of(value) : null;
    }

    /** Whether {@code value} is written by its digest inside a key. */
    private boolean substitutes(Object value) {
        return !isPlain(value) && (memoized(value) || lookedUp(value) != null);
    }

    /**
     * Values written as they are, never by digest: a key's many strings and numbers need
     * neither an identity hash nor a look-up.
     */
    private static boolean isPlain(Object value) {
        return value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof LocalDate;
    }

    /** The digest {@code value} stands for on this thread, or is known by: records, collections and maps only. */
    private byte[] lookedUp(Object value) {
        Identity id = new Identity(value);
        byte[] d = given.get().get(id);
        return d == null && (value instanceof Record || value instanceof Collection<?> || value instanceof Map<?, ?>)
                ? known.get(id) : d;
    }

    private static boolean memoized(Object value) {
        return value instanceof ReviewEntry || value instanceof PageEntry || value instanceof ParsedFile
                || value instanceof SiteConfig || value instanceof Labels
                || value instanceof Collection<?> c && c.size() > 16;
    }

    /** The encoding of {@code value} with what it holds by digest; the value itself spelled out when {@code top}. */
    private GrowingBytes encoding(Object value, boolean top) {
        GrowingBytes bytes = new GrowingBytes(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            if (top && substitutes(value)) {
                writeSpelled(out, value);
            } else {
                ValueCodec.write(out, value, this);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes;
    }

    /** Writes a value that would stand in by its digest, as itself (its parts may still be digests). */
    private void writeSpelled(DataOutputStream out, Object value) throws IOException {
        if (value instanceof Labels labels) {
            writeOther(out, labels);
            return;
        }
        // Digesting a list or record spells out one level; inner values use their own digests.
        if (value instanceof List<?> list) {
            out.writeByte(8);
            out.writeInt(list.size());
            for (Object item : list) {
                ValueCodec.write(out, item, this);
            }
            return;
        }
        if (value instanceof Set<?> set) {
            out.writeByte(9);
            out.writeInt(set.size());
            writeElements(out, set);
            return;
        }
        Map<Identity, byte[]> saved = given.get();
        // A record is written by the codec; it must not meet itself as a digest at the top.
        Identity id = new Identity(value);
        byte[] standIn = saved.remove(id);
        try {
            ValueCodec.writeTop(out, value, this);
        } finally {
            if (standIn != null) {
                saved.put(id, standIn);
            }
        }
    }

    /** The elements of a set, sorted by their encodings when the set has no order of its own. */
    void writeElements(DataOutputStream out, Set<?> set) throws IOException {
        if (!unordered(set)) {
            for (Object item : set) {
                ValueCodec.write(out, item, this);
            }
            return;
        }
        List<byte[]> parts = new ArrayList<>(set.size());
        for (Object item : set) {
            parts.add(encoding(item, false).toByteArray());
        }
        parts.sort(Arrays::compare);
        for (byte[] part : parts) {
            out.write(part);
        }
    }

    /** The entries of a map, sorted by their encodings when the map has no order of its own. */
    void writeEntries(DataOutputStream out, Map<?, ?> map) throws IOException {
        if (!unordered(map)) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                ValueCodec.write(out, entry.getKey(), this);
                ValueCodec.write(out, entry.getValue(), this);
            }
            return;
        }
        List<byte[]> parts = new ArrayList<>(map.size());
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            byte[] key = encoding(entry.getKey(), false).toByteArray();
            byte[] value = encoding(entry.getValue(), false).toByteArray();
            byte[] both = Arrays.copyOf(key, key.length + value.length);
            System.arraycopy(value, 0, both, key.length, value.length);
            parts.add(both);
        }
        parts.sort(Arrays::compare);
        for (byte[] part : parts) {
            out.write(part);
        }
    }

    /** Hash-based collections, whose iteration order says nothing (and may change between runs). */
    private static boolean unordered(Object collection) {
        return collection instanceof HashMap<?, ?> && !(collection instanceof java.util.LinkedHashMap<?, ?>)
                || collection instanceof HashSet<?> && !(collection instanceof java.util.LinkedHashSet<?>)
                || collection instanceof ConcurrentHashMap<?, ?> || collection instanceof ConcurrentHashMap.KeySetView
                || collection.getClass().getName().startsWith("java.util.ImmutableCollections$Set")
                || collection.getClass().getName().startsWith("java.util.ImmutableCollections$Map");
    }

    /** Values that are not records but are part of page keys; false when {@code value} is none of them. */
    boolean writeOther(DataOutputStream out, Object value) throws IOException {
        if (value instanceof Labels labels) {
            out.writeByte(ValueCodec.DIGEST + 1);
            ValueCodec.string(out, labels.language());
            writeEntries(out, labels.texts());
            return true;
        }
        if (value instanceof RetractionDatabase) {
            // What pages show of it follows from its file, which is in the site's fingerprint
            // (site.yaml names it): a key need only say there is one.
            out.writeByte(ValueCodec.DIGEST + 3);
            return true;
        }
        if (value instanceof CslFormatter) {
            // It sits in a style record next to the file and value that name its style; that
            // style's text is a site file (in the fingerprint) or one the program ships.
            out.writeByte(ValueCodec.DIGEST + 2);
            return true;
        }
        return false;
    }
}
