package org.evidencepress.csl;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one build's formatters remember from earlier builds and leave for later ones: for
 * each style and locale a pack of entries (by a digest of the work as sent to the engine)
 * and citation shapes, read from a {@link FormattedStore} when the style is first used and
 * saved by {@link #save}. Only what a style may reuse across reviews ({@link CacheRules}) is
 * kept; the text is what the engine gave, so a build that reuses it writes the same pages.
 * Safe for the parallel renderers.
 */
public final class FormattingMemory {
    private final FormattedStore store;
    /** Each formatter of the process with this build's pack; formatters compare by identity. */
    private final Map<CslFormatter, CslFormatter> remembering = new ConcurrentHashMap<>();

    public FormattingMemory(FormattedStore store) {
        this.store = new Once(store);
    }

    /** Whether an earlier build left a pack named {@code name}. */
    boolean holds(String name) {
        return !store.load(name).isEmpty();
    }

    /** Each pack read at most once per build, whoever asks first. */
    private record Once(FormattedStore store, Map<String, Map<String, String>> read) implements FormattedStore {
        Once(FormattedStore store) {
            this(store, new ConcurrentHashMap<>());
        }

        @Override
        public Map<String, String> load(String name) {
            return read.computeIfAbsent(name, store::load);
        }

        @Override
        public void save(String name, Map<String, String> entries) {
            store.save(name, entries);
        }
    }

    /** {@code formatter} with this build's pack of its style and locale; the same one for every review. */
    public CslFormatter remembering(CslFormatter formatter) {
        return remembering.computeIfAbsent(formatter, f -> f.keeping(new KeptPack(store, f.packName())));
    }

    /**
     * Saves the pack of each style this build used. {@code complete}: every review was
     * formatted in this build, so a pack keeps only what it used (the cache holds one site's
     * worth); else the works of reviews reused whole are kept too, for the build that formats
     * those reviews again.
     */
    public void save(boolean complete) {
        remembering.values().forEach(formatter -> formatter.kept().save(complete));
    }
}
