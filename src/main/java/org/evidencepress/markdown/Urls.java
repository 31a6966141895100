package org.evidencepress.markdown;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/** Site-relative URL arithmetic; every URL here is a path such as {@code reviews/x/}. */
public final class Urls {
    private Urls() {
    }

    /** The prefix that leads from a page at {@code url} back to the site root, "../../". */
    public static String rootPrefix(String url) {
        int depth = 0;
        for (int i = 0; i < url.length(); i++) {
            if (url.charAt(i) == '/') {
                depth++;
            }
        }
        if (!url.isEmpty() && !url.endsWith("/")) {
            depth--; // a file such as 404.html sits in its folder
        }
        return "../".repeat(Math.max(0, depth));
    }

    /** The relative href from the page at {@code fromUrl} to the site path {@code toPath}. */
    public static String relative(String fromUrl, String toPath) {
        return rootPrefix(fromUrl) + toPath;
    }

    /**
     * Resolves {@code href} (without its fragment) against the folder of the page at
     * {@code fromUrl}; null when it climbs above the site root.
     */
    public static String resolve(String fromUrl, String href) {
        String path = href.startsWith("/") ? href.substring(1) : folderOf(fromUrl) + href;
        Deque<String> parts = new ArrayDeque<>();
        String[] segments = path.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            if (s.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else if (!s.equals(".") && !(s.isEmpty() && i < segments.length - 1)) {
                parts.addLast(s);
            }
        }
        String joined = String.join("/", parts);
        try {
            return URLDecoder.decode(joined.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return joined; // a broken %-escape names no file: the link check reports it as written
        }
    }

    private static String folderOf(String url) {
        int slash = url.lastIndexOf('/');
        return slash < 0 ? "" : url.substring(0, slash + 1);
    }

    /** The file that serves a site path: folders are served by their index.html. */
    public static String fileOf(String path) {
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }
}
