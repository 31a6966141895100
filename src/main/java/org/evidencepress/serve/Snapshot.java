package org.evidencepress.serve;

import org.evidencepress.diagnostic.Diagnostic;

import java.util.List;
import java.util.Map;

/**
 * What the server shows: the last site built without errors, the errors of the latest
 * build (empty when it succeeded) and a generation number that changes whenever an open
 * page should load again. While a rebuild is still writing the rest of the site,
 * {@code ahead} holds the pages open in a browser that it has already rendered anew,
 * shown in place of their older versions.
 */
record Snapshot(Map<String, byte[]> files, Map<String, byte[]> ahead, List<ShownError> errors, long generation) {

    Snapshot(Map<String, byte[]> files, List<ShownError> errors, long generation) {
        this(files, Map.of(), errors, generation);
    }

    /** The file at a site-relative path, or null. */
    byte[] file(String path) {
        byte[] newer = ahead.get(path);
        return newer != null ? newer : files.get(path);
    }

    /** An error with the source line it points at (null when there is none to show). */
    record ShownError(Diagnostic diagnostic, String sourceLine) {
    }
}
