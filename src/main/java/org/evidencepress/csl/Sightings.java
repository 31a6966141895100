package org.evidencepress.csl;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * When a probe of a shape with no template yet is worth its cost ({@link EntryTemplates},
 * {@link CitationTemplates}): a probe is one more work or citation through citeproc-js, so
 * a shape is probed when it comes a second time, or at once in a site that has already
 * shown many shapes (there most come again).
 */
final class Sightings {
    /** Bound on the shapes remembered as seen once. */
    private static final int LIMIT = 50_000;
    /** Sightings of shapes without a template after which a site counts as large. */
    private static final long LARGE_SITE = 1_000;

    private final Set<String> seenOnce = ConcurrentHashMap.newKeySet();
    private final AtomicLong sightings = new AtomicLong();

    boolean worthProbing(String shape) {
        if (sightings.incrementAndGet() > LARGE_SITE || seenOnce.contains(shape)) {
            return true;
        }
        if (seenOnce.size() < LIMIT) {
            seenOnce.add(shape);
        }
        return false;
    }
}
