package org.evidencepress.csl;

import org.evidencepress.digest.Sha256;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One style and locale's pack for one build: what an earlier build left, read on first use,
 * and what this build used or made, which is what is saved. Each map holds at most
 * {@code limit} entries, so that a site of only distinct works does not fill the memory:
 * the works beyond it are formatted again. The limit follows the heap (an entry's key and
 * text take some 400 bytes, shared by both maps): 16,000 reviews cite some 400,000 distinct
 * works, and a pack of the formatter's own 100,000 left three quarters of them to format
 * again on every build.
 */
final class KeptPack {
    /** Heap per entry a pack may hold: a full pack takes about an eighth of the heap. */
    private static final long BYTES_PER_ENTRY = 4 * 1024;
    /** The entry every saved pack has, under a key no work or citation digests to (see {@link #save}). */
    private static final String ACCEPTED = "";
    private final FormattedStore store;
    private final String name;
    private final int limit;
    private volatile Map<String, String> loaded;
    private final Map<String, String> used = new ConcurrentHashMap<>();

    KeptPack(FormattedStore store, String name, int limit) {
        this.store = store;
        this.name = name;
        this.limit = limit;
    }

    KeptPack(FormattedStore store, String name) {
        this(store, name, (int) Math.min(Integer.MAX_VALUE,
                Math.max(CslFormatter.CACHE_LIMIT, Runtime.getRuntime().maxMemory() / BYTES_PER_ENTRY)));
    }

    /** The text kept under {@code key}, or null; a found one is kept for the next build as well. */
    String get(String key) {
        String value = used.get(key);
        if (value == null) {
            value = loaded().get(key);
            if (value != null) {
                put(key, value);
            }
        }
        return value;
    }

    void put(String key, String value) {
        if (used.size() < limit) {
            used.putIfAbsent(key, value);
        }
    }

    private Map<String, String> loaded() {
        Map<String, String> map = loaded;
        if (map == null) {
            synchronized (this) {
                if (loaded == null) {
                    Map<String, String> read = store.load(name);
                    loaded = read.size() <= limit + 1L ? read : Map.of(); // one more: ACCEPTED
                }
                map = loaded;
            }
        }
        return map;
    }

    /**
     * Saves what this build used (and, unless {@code complete}, what it left unread), with
     * {@link #ACCEPTED}: a pack is there only when citeproc-js took its style, so the next
     * build starts no engine before a work or citation needs one. Without that entry a
     * style with nothing to reuse across reviews (an author-date one, such as APA) left no
     * pack, and every build built its engine to check the style: a cached rebuild of one
     * unchanged review with APA took 12 s, of which the engine 10 s.
     */
    void save(boolean complete) {
        // Sorted, so the same build saves the same bytes.
        Map<String, String> out = new TreeMap<>(used);
        if (!complete) {
            for (Map.Entry<String, String> entry : loaded().entrySet()) {
                if (out.size() >= limit) {
                    break;
                }
                out.putIfAbsent(entry.getKey(), entry.getValue());
            }
        }
        out.put(ACCEPTED, "");
        store.save(name, out);
    }

    /** A short digest of {@code text}: the key of a work or a citation shape in the pack. */
    static String digest(String text) {
        byte[] sha = Sha256.of(text.getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(sha, 16));
    }
}
