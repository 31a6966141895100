package org.evidencepress.pipeline;

import org.evidencepress.buildcache.BuildCache;
import org.evidencepress.csl.FormattedStore;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * CSL formatting's packs (one per style and locale) in the build cache, as one object each:
 * read whole when a style is first used, written at the end of the build. A pack that does
 * not read is ignored with the cache's note, and its works are formatted anew. The program's
 * version is the cache's to check: another version's cache is not read at all.
 */
final class CslPacks implements FormattedStore {
    static final String KIND = "csl";
    private final BuildCache store;

    CslPacks(BuildCache store) {
        this.store = store;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, String> load(String name) {
        Map<?, ?> pack = store.find(KIND, name, key(name), Map.class, CslPacks::text);
        return pack == null ? Map.of() : (Map<String, String>) pack;
    }

    @Override
    public void save(String name, Map<String, String> entries) {
        store.keep(KIND, name, key(name), entries);
    }

    /** The name already digests all the pack depends on (style, locale, what is reused). */
    private static byte[] key(String name) {
        return BuildCache.fileKey(KIND, name.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean text(Map<?, ?> pack) {
        return pack.entrySet().stream().allMatch(e -> e.getKey() instanceof String && e.getValue() instanceof String);
    }
}
