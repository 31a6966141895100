package org.evidencepress.bibliography;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** CSL name objects: built from the name forms of BibTeX and RIS, and read back for display. */
public final class CslNames {
    private CslNames() {
    }

    /** Words that make a written name a body's, kept whole: "World Health Organization", "Cochrane Editorial Team". */
    private static final Pattern CORPORATE = Pattern.compile("(?i)\\b(of|for|the|on|organi[sz]ation|group|institute"
            + "|collaboration|society|association|committee|council|agency|cent(re|er)|department|ministry|university"
            + "|foundation|consortium|network|commission|office|service|trust|panel|task force|team|investigators"
            + "|college|board|trial|health|research|cancer|diabetes|medical|medicine|national|international"
            + "|world|european|american|british|public)\\b|&");
    /** A suffix after a person's name ("Martin Luther King Jr.", "King, Martin Luther, Jr."). */
    private static final Pattern SUFFIX = Pattern.compile("[\\s,]+((?:Jr|Sr)\\.?|II|III|IV)$");

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
        Matcher suffix = SUFFIX.matcher(text);
        if (suffix.find()) {
            String rest = text.substring(0, suffix.start());
            // "Henry IV" alone is a name of one word; only a person's name with a given name takes a suffix.
            if (rest.indexOf(' ') > 0 || rest.indexOf(',') > 0) {
                Map<String, Object> name = writtenPerson(rest);
                if (name.containsKey("family")) {
                    name.put("suffix", suffix.group(1));
                    return name;
                }
            }
        }
        return writtenPerson(text);
    }

    /**
     * A country's code closing a name, "Asthma UK", "Age UK": a charity's or agency's name,
     * not PubMed's "Family GH" with initials (PubMed writes persons "Family, Given" in RIS).
     */
    private static final Pattern COUNTRY_LAST = Pattern.compile("\\s(?:UK|USA|US|EU|NZ|UAE)$");

    /** Whether a written name is a body's ("World Health Organization", "Asthma UK"), not a person's. */
    public static boolean namesABody(String written) {
        return CORPORATE.matcher(written).find() || COUNTRY_LAST.matcher(written.strip()).find();
    }

    private static Map<String, Object> writtenPerson(String text) {
        int comma = text.indexOf(',');
        if (comma > 0) {
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
            List<String> words = List.of(commaParts.get(0).strip().split("\\s+"));
            if (words.size() == 1) {
                out.put("family", words.get(0));
                return out;
            }
            int family = words.size() - 1;
            int particle = family;
            // "Ludwig van Beethoven": lower-case words before the last one are the particle.
            for (int i = 1; i < family; i++) {
                if (isLowerWord(words.get(i))) {
                    particle = i;
                    break;
                }
            }
            put(out, "given", String.join(" ", words.subList(0, particle)));
            put(out, "non-dropping-particle", String.join(" ", words.subList(particle, family)));
            out.put("family", words.get(family));
            return out;
        }
        String last = commaParts.get(0).strip();
        String[] lastWords = last.split("\\s+");
        int firstUpper = 0;
        while (firstUpper < lastWords.length - 1 && isLowerWord(lastWords[firstUpper])) {
            firstUpper++;
        }
        put(out, "non-dropping-particle", String.join(" ", List.of(lastWords).subList(0, firstUpper)));
        out.put("family", String.join(" ", List.of(lastWords).subList(firstUpper, lastWords.length)));
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
