package org.evidencepress.serve;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a request's raw path into a site-relative path, or refuses it. Anything that
 * could name a file outside the output is refused outright rather than normalised:
 * dot segments, encoded slashes and backslashes, NUL and other control characters.
 */
final class RequestPath {
    private RequestPath() {
    }

    /** The site-relative path ("" for the root, "reviews/x/" for a folder), or empty when refused. */
    static Optional<String> parse(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/") || rawPath.indexOf('\\') >= 0) {
            return Optional.empty();
        }
        String lower = rawPath.toLowerCase(Locale.ROOT);
        // An encoded separator or NUL is never part of a page's URL; refuse it before decoding.
        if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00")) {
            return Optional.empty();
        }
        String decoded = decode(rawPath.substring(1));
        if (decoded == null || decoded.indexOf('\\') >= 0 || decoded.startsWith("/")
                || decoded.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return Optional.empty();
        }
        for (String segment : decoded.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return Optional.empty();
            }
        }
        if (decoded.contains("//")) {
            return Optional.empty();
        }
        return Optional.of(decoded);
    }

    /** Percent-decoding as UTF-8; null for a bad escape or bytes that are not UTF-8. */
    private static String decode(String s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length()) {
                    return null;
                }
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return null;
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c > 0x7f) {
                return null;
            } else {
                bytes.write(c);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
