package org.evidencepress.markdown;

import java.net.IDN;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/** Site-relative URL arithmetic; every URL here is a path such as {@code reviews/x/}. */
public final class Urls {
    /** How Zola links to a content file from content/ itself, whatever the linking file's folder: {@code @/reviews/other.md}. */
    public static final String CONTENT_ROOT = "@/";

    private Urls() {
    }

    /** The scheme {@code url} starts with, as written ("https" for https://x.org); null for none. */
    public static String scheme(String url) {
        int end = schemeEnd(url);
        return end < 0 ? null : url.substring(0, end);
    }

    /** Whether {@code url} starts with a scheme ({@code https:}, {@code mailto:}, ...). */
    public static boolean hasScheme(String url) {
        return schemeEnd(url) >= 0;
    }

    /**
     * Where the scheme {@code url} starts with ends, at its colon, or -1: a letter, then
     * letters, digits, "+", "." or "-" (RFC 3986). By hand, as the template links of every
     * page are checked with it.
     */
    private static int schemeEnd(String url) {
        if (url.isEmpty() || !isAsciiLetter(url.charAt(0))) {
            return -1;
        }
        for (int i = 1; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == ':') {
                return i;
            }
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '.' && c != '-') {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Why {@code url} cannot be a source's link (not absolute, or neither http nor https); null when it can. */
    public static String httpProblem(String url) {
        String written = scheme(url);
        if (written == null) {
            return "url '" + url + "' is not absolute: write it with http:// or https://";
        }
        String scheme = written.toLowerCase(Locale.ROOT);
        return scheme.equals("http") || scheme.equals("https") ? null
                : "url scheme '" + scheme + ":' is not allowed: use http or https";
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
        // Segment by segment into one builder, each kept segment's start noted so ".." can
        // drop it: a large site resolves a million template links, and splitting each into
        // an array and a deque of strings was most of the time it took.
        StringBuilder joined = new StringBuilder(path.length());
        int[] starts = new int[8];
        int depth = 0;
        int from = 0;
        while (true) {
            int slash = path.indexOf('/', from);
            boolean last = slash < 0;
            int end = last ? path.length() : slash;
            int length = end - from;
            if (length == 2 && path.charAt(from) == '.' && path.charAt(from + 1) == '.') {
                if (depth == 0) {
                    return null;
                }
                depth--;
                joined.setLength(depth == 0 ? 0 : starts[depth] - 1);
            } else if (!(length == 1 && path.charAt(from) == '.') && !(length == 0 && !last)) {
                if (depth == starts.length) {
                    starts = Arrays.copyOf(starts, depth * 2);
                }
                if (depth > 0) {
                    joined.append('/');
                }
                starts[depth++] = joined.length();
                joined.append(path, from, end);
            }
            if (last) {
                break;
            }
            from = slash + 1;
        }
        String resolved = joined.toString();
        if (resolved.indexOf('%') < 0) {
            return resolved; // nothing to decode, and a '+' stays a '+'
        }
        try {
            return URLDecoder.decode(resolved.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return resolved; // a broken %-escape names no file: the link check reports it as written
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

    /**
     * An absolute URL as it may stand in an {@code href}: every character the URL standard
     * (WHATWG) does not allow there is percent-encoded as UTF-8: spaces, controls, quotes,
     * {@code < > ` { } | \ ^ [ ]} outside the host, a second {@code #}, a {@code %} not
     * followed by two hex digits, and non-ASCII (a non-ASCII host becomes its IDNA form).
     * Characters already valid are kept, so encoding twice changes nothing.
     */
    public static String href(String url) {
        if (url == null || alreadyValid(url)) {
            return url;
        }
        int hostStart = url.indexOf("://");
        int hostEnd = -1;
        if (hostStart > 0) {
            hostStart += 3;
            hostEnd = hostStart;
            while (hostEnd < url.length() && "/?#".indexOf(url.charAt(hostEnd)) < 0) {
                hostEnd++;
            }
        }
        StringBuilder out = new StringBuilder(url.length() + 16);
        boolean fragment = false;
        int i = 0;
        while (i < url.length()) {
            if (i == hostStart && hostEnd > hostStart) {
                out.append(host(url.substring(hostStart, hostEnd)));
                i = hostEnd;
                continue;
            }
            int cp = url.codePointAt(i);
            int width = Character.charCount(cp);
            if (cp == '#' && !fragment) {
                fragment = true;
                out.append('#');
            } else if (cp == '%' && i + 2 < url.length() && isHex(url.charAt(i + 1)) && isHex(url.charAt(i + 2))) {
                out.append('%');
            } else if (cp < 128 && (ALLOWED.indexOf(cp) >= 0 || Character.isLetterOrDigit(cp))) {
                out.append((char) cp);
            } else {
                byte[] bytes = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                for (byte b : bytes) {
                    out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
                }
            }
            i += width;
        }
        return out.toString();
    }

    /**
     * Whether {@link #href} would keep every character as it is: most addresses (every DOI
     * link of every source) need no encoding, and are then returned without a copy.
     */
    private static boolean alreadyValid(String url) {
        boolean fragment = false;
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '#' && !fragment) {
                fragment = true;
            } else if (c == '%') {
                if (!(i + 2 < url.length() && isHex(url.charAt(i + 1)) && isHex(url.charAt(i + 2)))) {
                    return false;
                }
            } else if (c >= 128 || ALLOWED.indexOf(c) < 0 && !Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return true;
    }

    /** The ASCII characters a URL may hold as they are, beside letters and digits. */
    private static final String ALLOWED = "!$&'()*+,-./:;=?@_~";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'F' || c >= 'a' && c <= 'f';
    }

    /** The authority part: an internationalised host name in its ASCII (IDNA) form. */
    private static String host(String authority) {
        boolean ascii = authority.chars().allMatch(c -> c < 128 && c > 32 && "\"<>`{}|\\^".indexOf(c) < 0);
        if (ascii) {
            return authority;
        }
        int at = authority.lastIndexOf('@');
        String user = at < 0 ? "" : href(authority.substring(0, at)) + "@";
        String hostPort = authority.substring(at + 1);
        try {
            return user + IDN.toASCII(hostPort, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            return user + href(hostPort);
        }
    }
}
