package org.evidencepress.build;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Where the renderer gets the Markdown body of each content file, by site path. */
@FunctionalInterface
interface Bodies {
    String take(String path);

    /**
     * Hands each body out once and then forgets it: in a clean build a body is held only
     * until its page is rendered, which keeps memory flat on large sites.
     */
    static Bodies draining(Map<String, String> bodies) {
        Map<String, String> remaining = new ConcurrentHashMap<>(bodies);
        return remaining::remove;
    }
}
