package org.evidencepress.csl;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * When a probe of a shape with no template yet is worth its cost ({@link EntryTemplates},
 * {@link CitationTemplates}). A probe is one more work or citation through citeproc-js, and
 * it pays when the shape comes again. So a shape is probed when it comes a second time; and
 * once most of the shapes seen so far came again, as on a large site, at its first sighting,
 * which saves formatting that first work alone.
 */
final class Sightings {
    /** Bound on the shapes remembered as seen once. */
    private static final int LIMIT = 50_000;
    /** Shapes seen once before the share of those that came again is trusted. */
    private static final int ENOUGH = 50;

    private final Set<String> seenOnce = ConcurrentHashMap.newKeySet();
    /** Shapes that were not probed at their first sighting, and how many of those came again. */
    private final AtomicInteger deferred = new AtomicInteger();
    private final AtomicInteger cameAgain = new AtomicInteger();

    boolean worthProbing(String shape) {
        if (seenOnce.remove(shape)) {
            cameAgain.incrementAndGet();
            return true;
        }
        int waited = deferred.get();
        if (waited >= ENOUGH && 2 * cameAgain.get() >= waited) {
            return true;
        }
        if (seenOnce.size() < LIMIT && seenOnce.add(shape)) {
            deferred.incrementAndGet();
        }
        return false;
    }
}
