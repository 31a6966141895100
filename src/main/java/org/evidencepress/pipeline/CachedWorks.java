package org.evidencepress.pipeline;

import org.evidencepress.buildcache.BuildCache;
import org.evidencepress.site.StoredWorks;
import org.evidencepress.site.WorkStore;

/**
 * The site model's source index in the build cache, as one object under the digest of the
 * Sources lists it was made from. The index checks what it reads back before using it.
 */
final class CachedWorks implements WorkStore {
    static final String KIND = "works";
    private final BuildCache store;

    CachedWorks(BuildCache store) {
        this.store = store;
    }

    @Override
    public StoredWorks find(byte[] digest) {
        return store.find(KIND, "", digest, StoredWorks.class, works -> true);
    }

    @Override
    public void keep(byte[] digest, StoredWorks works) {
        store.keep(KIND, "", digest, works);
    }
}
