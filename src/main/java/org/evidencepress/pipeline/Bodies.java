package org.evidencepress.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;

/** Where the renderer gets the Markdown body of each content file, by site path. */
@FunctionalInterface
interface Bodies {
    String take(String path);

    /**
     * Hands each body out once and then forgets it: in a clean build a body is held only
     * until its page is rendered, which keeps memory flat on large sites. Bodies wait as
     * UTF-8, half the size of a Java string once the text holds one non-Latin character.
     * The map is emptied as the bodies are taken.
     */
    static Bodies draining(ConcurrentHashMap<String, byte[]> bodies) {
        return path -> {
            byte[] utf8 = bodies.remove(path);
            return utf8 == null ? null : new String(utf8, StandardCharsets.UTF_8);
        };
    }
}
