package org.evidencepress.evidence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a study is named in evidence tables when the author gives no {@code label}: its
 * first author's family name and its year, "Aronson 1948", as Cochrane reviews and
 * forest plots name studies. Two sources that would read alike get "a", "b", ... in
 * list order ("Smith 2020a", "Smith 2020b"); a source without authors keeps its id.
 */
public final class StudyLabels {
    /** Words that make a name an organisation's, written whole ("World Health Organization 2019"). */
    private static final Pattern CORPORATE = Pattern.compile(
            "(?i).*(\\b(of|for|and|the|on)\\b|&|organi[sz]ation|institute|group|collaboration|committee|association"
                    + "|society|council|agency|department|university|foundation|centre|center|network|consortium"
                    + "|investigators|ministry|office|board|trial).*");
    /** Lower-case particles that belong to a family name: "van Gogh", "de la Cruz". */
    private static final Set<String> PARTICLES = Set.of("van", "von", "de", "del", "della", "der", "den", "di", "da",
            "du", "la", "le", "ter", "ten", "dos", "das", "y");

    private StudyLabels() {
    }

    /** A source as evidence tables may name it. */
    public record Source(String id, List<String> authors, Integer year) {
    }

    /** Each source id with its study label, in the order given. */
    public static Map<String, String> of(List<Source> sources) {
        Map<String, String> plain = new LinkedHashMap<>();
        Map<String, Integer> uses = new HashMap<>();
        for (Source s : sources) {
            String label = label(s);
            plain.putIfAbsent(s.id(), label);
        }
        plain.values().forEach(l -> uses.merge(l, 1, Integer::sum));
        Map<String, Integer> seen = new HashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : plain.entrySet()) {
            String label = e.getValue();
            boolean derived = !label.equals(e.getKey());
            if (derived && uses.get(label) > 1 && Character.isDigit(label.charAt(label.length() - 1))) {
                int n = seen.merge(label, 1, Integer::sum);
                label = label + (char) ('a' + Math.min(n - 1, 25));
            }
            labels.put(e.getKey(), label);
        }
        return labels;
    }

    static String label(Source s) {
        String first = s.authors() == null ? null : s.authors().stream().filter(a -> a != null && !a.isBlank())
                .findFirst().orElse(null);
        if (first == null) {
            return s.id();
        }
        String family = familyName(first.strip());
        return s.year() == null ? family : family + " " + s.year();
    }

    /** "G. A. Colditz" and "Colditz, G. A." give "Colditz"; "Vincent van Gogh" gives "van Gogh". */
    static String familyName(String name) {
        int comma = name.indexOf(',');
        if (comma > 0) {
            return name.substring(0, comma).strip();
        }
        if (CORPORATE.matcher(name).matches()) {
            return name;
        }
        String[] words = name.split("\\s+");
        List<String> family = new ArrayList<>();
        family.add(words[words.length - 1]);
        for (int i = words.length - 2; i > 0 && PARTICLES.contains(words[i].toLowerCase(Locale.ROOT)); i--) {
            family.add(0, words[i]);
        }
        return String.join(" ", family);
    }
}
