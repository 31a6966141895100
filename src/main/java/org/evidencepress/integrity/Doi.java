package org.evidencepress.integrity;

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
                break;
            }
        }
        return d.isEmpty() ? null : d;
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

    /** The key two DOIs share when they name the same work. */
    public static String key(String doi) {
        return doi.toLowerCase(Locale.ROOT);
    }

    /** The resolver URL of a bare DOI, not yet percent-encoded. */
    public static String url(String doi) {
        return "https://doi.org/" + doi;
    }
}
