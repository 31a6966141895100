package org.evidencepress.serve;

import org.evidencepress.diagnostic.Diagnostic;

import java.util.List;
import java.util.Map;

/**
 * What the server shows: the last site built without errors, the errors of the latest
 * build (empty when it succeeded) and a generation number that changes whenever an open
 * page should load again. While a rebuild is still writing the rest of the site,
 * {@code ahead} holds the pages open in a browser that it has already rendered anew,
 * shown in place of their older versions. {@code builtClean} tells whether {@code files}
 * come from a build without errors, or are what the first builds, all failing, could make.
 */
record Snapshot(Map<String, byte[]> files, Map<String, byte[]> ahead, List<ShownError> errors, long generation,
                boolean builtClean) {

    Snapshot(Map<String, byte[]> files, List<ShownError> errors, long generation, boolean builtClean) {
        this(files, Map.of(), errors, generation, builtClean);
    }

    /**
     * This server run's start, in every generation's name: a tab left open while the server
     * was restarted hears another name on reconnecting and loads the page again, though the
     * new run counts its generations from the start.
     */
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    /** The generation as pages and the event stream name it: unique across server runs. */
    String generationName() {
        return RUN + "-" + generation;
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
