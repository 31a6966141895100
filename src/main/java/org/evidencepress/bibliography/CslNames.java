package org.evidencepress.bibliography;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** CSL name objects: built from the name forms of BibTeX and RIS, and read back for display. */
public final class CslNames {
    private CslNames() {
    }

    /**
     * Words that make a written name a body's, kept whole: "World Health Organization",
     * "Cochrane Editorial Team". Matched as whole words in any ASCII case; looked up in a set,
     * as every author of every source is asked about several times per build (a pattern of
     * these words, tried at each position of each name, was 4 % of a build's time).
     */
    private static final Set<String> BODY_WORDS = Set.of("of", "for", "the", "on", "organisation", "organization",
            "group", "institute", "collaboration", "society", "association", "committee", "council", "agency",
            "centre", "center", "department", "ministry", "university", "foundation", "consortium", "network",
            "commission", "office", "service", "trust", "panel", "team", "investigators", "college", "board",
            "trial", "health", "research", "cancer", "diabetes", "medical", "medicine", "national",
            "international", "world", "european", "american", "british", "public");
    /**
     * The suffixes after a person's name ("Martin Luther King Jr.", "King, Martin Luther, Jr."),
     * and after the initials as PubMed writes them ("Smith JA 3rd", "King ML Jr").
     */
    private static final List<String> SUFFIXES = List.of("Jr.", "Jr", "Sr.", "Sr", "III", "II", "IV", "2nd", "3rd",
            "4th");
    /** A country's code closing a body's name: "Asthma UK", "Age UK" (see {@link #namesABody}). */
    private static final List<String> COUNTRIES = List.of("UK", "USA", "US", "EU", "NZ", "UAE");

    /**
     * A name as authors write it in front matter, as a CSL name: "A. Miller", "Miller, A.",
     * "Miller AJ" (Vancouver's initials), "Jan van der Berg" and "van der Berg, Jan" (the
     * particle kept with the family name), "Martin Luther King Jr." (the suffix apart); a
     * name of one word, or one that names a body, stays whole. Pages, evidence tables and
     * download files all split names here, so they agree.
     */
    public static Map<String, Object> written(String written) {
        String text = written.strip();
        if (namesABody(text)) {
            return literal(text);
        }
        for (String suffix : SUFFIXES) {
            int at = text.length() - suffix.length();
            if (text.endsWith(suffix) && at > 0 && isSpaceOrComma(text.charAt(at - 1))) {
                while (at > 0 && isSpaceOrComma(text.charAt(at - 1))) {
                    at--;
                }
                String rest = text.substring(0, at);
                // "Henry IV" alone is a name of one word; only a person's name with a given name takes a suffix.
                if (rest.indexOf(' ') > 0 || rest.indexOf(',') > 0) {
                    Map<String, Object> name = writtenPerson(rest);
                    if (name.containsKey("family")) {
                        name.put("suffix", suffix);
                        return name;
                    }
                }
                break;
            }
        }
        return writtenPerson(text);
    }

    /**
     * Whether a written name is a body's ("World Health Organization", "Asthma UK"), not a
     * person's: it holds "&amp;" or one of {@link #BODY_WORDS}, or ends in a country's code
     * after a space (a charity's or agency's name, not PubMed's "Family GH" with initials).
     * Words are as a pattern's {@code \b} sees them: letters, digits, '_' and the marks
     * that combine with them.
     */
    public static boolean namesABody(String written) {
        if (written.indexOf('&') >= 0) {
            return true;
        }
        int previousStart = -1;
        int previousEnd = -1;
        for (int at = 0; at < written.length(); ) {
            int cp = written.codePointAt(at);
            if (!isWordPart(cp)) {
                at += Character.charCount(cp);
                continue;
            }
            int start = at;
            while (at < written.length() && isWordPart(written.codePointAt(at))) {
                at += Character.charCount(written.codePointAt(at));
            }
            boolean taskForce = previousEnd >= 0 && start == previousEnd + 1 && written.charAt(previousEnd) == ' '
                    && isWord(written, previousStart, previousEnd, "task") && isWord(written, start, at, "force");
            if (taskForce || isBodyWord(written, start, at)) {
                return true;
            }
            previousStart = start;
            previousEnd = at;
        }
        String text = written.strip();
        for (String country : COUNTRIES) {
            int at = text.length() - country.length();
            if (text.endsWith(country) && at > 0 && isSpace(text.charAt(at - 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWordPart(int cp) {
        return cp == '_' || Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
    }

    /** Whether {@code written[start, end)} is one of {@link #BODY_WORDS} in any ASCII case. */
    private static boolean isBodyWord(String written, int start, int end) {
        if (end - start > 13 || !isAscii(written, start, end)) {
            return false;
        }
        char[] word = new char[end - start];
        for (int i = start; i < end; i++) {
            char c = written.charAt(i);
            word[i - start] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return BODY_WORDS.contains(new String(word));
    }

    private static boolean isWord(String written, int start, int end, String word) {
        return end - start == word.length() && isAscii(written, start, end)
                && written.regionMatches(true, start, word, 0, word.length());
    }

    private static boolean isAscii(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** A pattern's {@code \s}: ASCII white space. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isSpaceOrComma(char c) {
        return c == ',' || isSpace(c);
    }

    private static Map<String, Object> writtenPerson(String text) {
        int comma = text.indexOf(',');
        if (comma > 0) {
            // BibTeX's "King, Jr., Martin Luther": the part between two commas is the suffix.
            int second = text.indexOf(',', comma + 1);
            if (second > 0 && text.indexOf(',', second + 1) < 0
                    && SUFFIXES.contains(text.substring(comma + 1, second).strip())) {
                return person(List.of(text.substring(0, comma), text.substring(comma + 1, second),
                        text.substring(second + 1)));
            }
            return person(List.of(text.substring(0, comma), text.substring(comma + 1)));
        }
        int space = text.lastIndexOf(' ');
        if (space < 0) {
            return literal(text);
        }
        String last = text.substring(space + 1);
        String rest = text.substring(0, space).strip();
        // Vancouver style, "Wakefield AJ": the trailing capitals are the initials.
        if (initials(last) && !initials(rest.substring(rest.lastIndexOf(' ') + 1))) {
            return person(List.of(rest, dotted(last)));
        }
        return person(List.of(text));
    }

    /** Vancouver's initials as given names: "AJ" is "A. J.", which styles abbreviate again as they like. */
    static String dotted(String initials) {
        return String.join(". ", initials.split("")) + ".";
    }

    /** One to three capital letters, as Vancouver writes initials. */
    static boolean initials(String word) {
        int count = word.codePointCount(0, word.length());
        return count >= 1 && count <= 3
                && word.codePoints().allMatch(cp -> Character.getType(cp) == Character.UPPERCASE_LETTER);
    }

    /** A corporate author, kept whole: "World Health Organization". */
    static Map<String, Object> literal(String name) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("literal", name);
        return out;
    }

    /** "Family, Given", "Family, Suffix, Given" or "Given von Family" (BibTeX's three forms), as plain text. */
    static Map<String, Object> person(List<String> commaParts) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (commaParts.size() == 1) {
            List<String> words = words(commaParts.get(0).strip());
            if (words.size() == 1) {
                out.put("family", words.get(0));
                return out;
            }
            // BibTeX's "First von Last": the particle runs from the first lower-case word to the
            // last one before the final word ("Ludwig van Beethoven"); the family name is every
            // word after it ("Charles de la Vallée Poussin"), or the final word when there is none.
            int particle = -1;
            int family = words.size() - 1;
            for (int i = 1; i < words.size() - 1; i++) {
                if (isLowerWord(words.get(i))) {
                    particle = particle < 0 ? i : particle;
                    family = i + 1;
                }
            }
            put(out, "given", String.join(" ", words.subList(0, particle < 0 ? family : particle)));
            if (particle >= 0) {
                put(out, "non-dropping-particle", String.join(" ", words.subList(particle, family)));
            }
            out.put("family", String.join(" ", words.subList(family, words.size())));
            return out;
        }
        String last = commaParts.get(0).strip();
        List<String> lastWords = words(last);
        int firstUpper = 0;
        while (firstUpper < lastWords.size() - 1 && isLowerWord(lastWords.get(firstUpper))) {
            firstUpper++;
        }
        put(out, "non-dropping-particle", String.join(" ", lastWords.subList(0, firstUpper)));
        out.put("family", String.join(" ", lastWords.subList(firstUpper, lastWords.size())));
        put(out, "given", commaParts.get(commaParts.size() - 1).strip());
        if (commaParts.size() >= 3) {
            put(out, "suffix", commaParts.get(1).strip());
        }
        return out;
    }

    /**
     * A name from the parts of BibLaTeX's extended name format, as Pandoc reads it: the
     * prefix is a particle that stays with the family name in sorting with useprefix=true,
     * else one that drops ("de la Peña", sorted under P); initials ("given-i") are left to the style.
     */
    static Map<String, Object> keyed(Map<String, String> parts) {
        Map<String, Object> out = new LinkedHashMap<>();
        put(out, "family", parts.getOrDefault("family", ""));
        put(out, "given", parts.getOrDefault("given", ""));
        put(out, "true".equalsIgnoreCase(parts.getOrDefault("useprefix", "").strip()) ? "non-dropping-particle"
                : "dropping-particle", parts.getOrDefault("prefix", ""));
        put(out, "suffix", parts.getOrDefault("suffix", ""));
        return out;
    }

    /** The words of stripped text between runs of white space (a pattern's {@code \s}), as {@code split("\\s+")} gives them. */
    private static List<String> words(String stripped) {
        List<String> words = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < stripped.length(); i++) {
            if (isSpace(stripped.charAt(i))) {
                if (i > start) {
                    words.add(stripped.substring(start, i));
                }
                start = i + 1;
            }
        }
        words.add(stripped.substring(start));
        return words;
    }

    private static boolean isLowerWord(String word) {
        return !word.isEmpty() && Character.isLowerCase(word.charAt(0));
    }

    private static void put(Map<String, Object> out, String key, String value) {
        if (!value.isBlank()) {
            out.put(key, value);
        }
    }

    /** The literal of BibTeX's "and others" at the end of a name list, as Pandoc writes it in CSL-JSON. */
    public static final String OTHERS = "others";

    /** Whether a name list ends in BibTeX's "and others": more authors than it names. */
    public static boolean endsWithOthers(Object names) {
        List<Map<?, ?>> list = maps(names);
        return list.size() > 1 && OTHERS.equals(list.get(list.size() - 1).get("literal"));
    }

    /** The names as they read in running text; a final "and others" reads "et al.". */
    public static List<String> display(Object names) {
        List<String> out = new ArrayList<>();
        boolean more = endsWithOthers(names);
        for (Map<?, ?> name : more ? maps(names).subList(0, maps(names).size() - 1) : maps(names)) {
            if (name.get("literal") != null) {
                out.add(name.get("literal").toString());
                continue;
            }
            StringBuilder text = new StringBuilder();
            for (String part : List.of("given", "dropping-particle", "non-dropping-particle", "family", "suffix")) {
                Object value = name.get(part);
                if (value != null && !value.toString().isBlank()) {
                    if (text.length() > 0) {
                        text.append(part.equals("suffix") ? ", " : " ");
                    }
                    text.append(value.toString().strip());
                }
            }
            if (text.length() > 0) {
                out.add(text.toString());
            }
        }
        if (more) {
            out.add("et al.");
        }
        return List.copyOf(out);
    }

    /** The family (or corporate) names, without a final "and others" (see {@link #endsWithOthers}). */
    public static List<String> families(Object names) {
        List<String> out = new ArrayList<>();
        List<Map<?, ?>> list = maps(names);
        for (Map<?, ?> name : endsWithOthers(names) ? list.subList(0, list.size() - 1) : list) {
            Object value = name.get("literal") != null ? name.get("literal") : name.get("family");
            if (value != null && !value.toString().isBlank()) {
                Object particle = name.get("non-dropping-particle");
                String family = value.toString().strip();
                out.add(particle == null || name.get("literal") != null ? family
                        : particle.toString().strip() + " " + family);
            }
        }
        return List.copyOf(out);
    }

    private static List<Map<?, ?>> maps(Object names) {
        List<Map<?, ?>> out = new ArrayList<>();
        if (names instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> map) {
                    out.add(map);
                }
            }
        }
        return out;
    }
}
