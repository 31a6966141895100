package org.evidencepress.integrity;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * DOI syntax: {@code 10.} + a registrant code of digits (with optional dotted
 * subdivisions) + {@code /} + a suffix of printable characters. Authors paste DOIs in
 * several forms; the resolver-URL and {@code doi:} forms are accepted and reduced to the
 * bare DOI, kept in the case it was written (DOIs compare without case).
 */
public final class Doi {
    private static final List<String> PREFIXES = List.of("https://doi.org/", "http://doi.org/",
            "https://dx.doi.org/", "http://dx.doi.org/", "doi:");
    /** The ASCII characters a DOI keeps in a link, beside letters and digits; "#", "?" and "%" are the DOI's own. */
    private static final String KEPT_IN_LINK = "!$&'()*+,-./:;=@_~";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Doi() {
    }

    /** The bare DOI without resolver or {@code doi:} prefix; null for null or blank. */
    public static String normalise(String doi) {
        if (doi == null) {
            return null;
        }
        String d = doi.strip();
        for (String prefix : PREFIXES) {
            if (d.regionMatches(true, 0, prefix, 0, prefix.length())) {
                d = d.substring(prefix.length()).strip();
                // A resolver address copied from a browser is percent-encoded ("%3C" for "<"); the DOI is not.
                if (!prefix.equals("doi:")) {
                    d = percentDecoded(d);
                }
                break;
            }
        }
        return d.isEmpty() ? null : d;
    }

    /**
     * The DOI of a work given by its {@code doi}, else by its {@code url} when that is a
     * resolver link: a bibliography exported with the link alone names the work as surely.
     */
    public static String ofWork(String doi, String url) {
        return doi != null ? doi : ofResolverUrl(url);
    }

    /**
     * The DOI a resolver link names ({@code https://doi.org/10.1136/bmj.n71}), or null for any
     * other address: a work cited by that link alone is the work with that DOI.
     */
    public static String ofResolverUrl(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip();
        for (String prefix : PREFIXES) {
            if (!prefix.equals("doi:") && u.regionMatches(true, 0, prefix, 0, prefix.length())) {
                String doi = normalise(u);
                return isValid(doi) ? doi : null;
            }
        }
        return null;
    }

    /** {@code text} with its %-escapes decoded as UTF-8; as it is when they do not spell UTF-8. */
    private static String percentDecoded(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '%' && i + 2 < text.length() && hex(text.charAt(i + 1)) >= 0
                    && hex(text.charAt(i + 2)) >= 0) {
                bytes.write(hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2)));
                i += 3;
            } else {
                int cp = text.codePointAt(i);
                bytes.writeBytes(Character.toString(cp).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return text;
        }
    }

    /** Whether a normalised DOI has DOI syntax. */
    public static boolean isValid(String normalised) {
        if (normalised == null || !normalised.startsWith("10.")) {
            return false;
        }
        // By hand, not by a regular expression: loading the retraction database checks 100,000 DOIs.
        int i = 3;
        int n = normalised.length();
        int digits = 0;
        while (i < n && Character.isDigit(normalised.charAt(i)) && normalised.charAt(i) < 128) {
            i++;
            digits++;
        }
        if (digits < 4 || digits > 9) {
            return false;
        }
        while (i < n && normalised.charAt(i) == '.') {
            int start = ++i;
            while (i < n && normalised.charAt(i) >= '0' && normalised.charAt(i) <= '9') {
                i++;
            }
            if (i == start) {
                return false;
            }
        }
        if (i >= n - 1 || normalised.charAt(i) != '/') {
            return false;
        }
        for (int j = i + 1; j < n; j++) {
            char c = normalised.charAt(j);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }

    /** The problem with a DOI as written, for "doi ... " messages; null when it is a DOI. */
    public static String problem(String written) {
        String d = normalise(written);
        return isValid(d) ? null : "'" + written.strip() + "' is not a DOI: expected 10.<registrant>/<suffix>, "
                + "such as 10.1000/xyz123";
    }

    /**
     * A doubt about a DOI that has DOI syntax: one that ends in '.', ',' or ';' most often
     * carries the punctuation of the reference it was copied from ("doi: 10.1136/bmj.n71."),
     * and then links to no work and escapes the retraction check. Null when there is none.
     */
    public static String doubt(String normalised) {
        char last = normalised.charAt(normalised.length() - 1);
        return ".,;".indexOf(last) < 0 ? null : "'" + normalised + "' ends with '" + last + "', most often the "
                + (last == '.' ? "full stop" : "punctuation") + " of the reference it was copied from; a DOI rarely ends so";
    }

    private static int hex(char c) {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    }

    /** The key two DOIs share when they name the same work. */
    public static String key(String doi) {
        return doi.toLowerCase(Locale.ROOT);
    }

    /** The resolver URL of a bare DOI as it reads, not percent-encoded: for text, not for an {@code href}. */
    public static String url(String doi) {
        return "https://doi.org/" + doi;
    }

    /**
     * The resolver URL of a bare DOI, ready for an {@code href}: every character of the DOI
     * that a URL path does not hold as itself is percent-encoded as UTF-8, "#", "?" and "%"
     * included, since in a DOI they are text, not a fragment, a query or an escape.
     */
    public static String href(String doi) {
        StringBuilder out = new StringBuilder("https://doi.org/".length() + doi.length() + 8).append("https://doi.org/");
        for (byte b : doi.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 128 && (Character.isLetterOrDigit(c) || KEPT_IN_LINK.indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }
}
