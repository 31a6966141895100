package org.evidencepress.site;

/**
 * Where a source index waits for the next run of the program (a build cache), under the
 * digest of all it was made from. Gathering and sorting the works of 16,000 reviews was a
 * sixth of a rebuild from the cache, and most edits leave every Sources list as it was.
 */
public interface WorkStore {
    /** The index kept under {@code digest}, or null. */
    StoredWorks find(byte[] digest);

    void keep(byte[] digest, StoredWorks works);
}
