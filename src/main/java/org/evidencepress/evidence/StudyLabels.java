package org.evidencepress.evidence;

import org.evidencepress.bibliography.CslNames;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a study is named in evidence tables when the author gives no {@code label}: its
 * first author's family name and its year, "Aronson 1948", as Cochrane reviews and
 * forest plots name studies. Two sources that would read alike get "a", "b", ... in
 * list order ("Smith 2020a", "Smith 2020b"); a source without authors keeps its id.
 */
public final class StudyLabels {
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

    /**
     * "G. A. Colditz", "Colditz, G. A." and "Colditz GA" give "Colditz"; "Vincent van Gogh"
     * gives "van Gogh", "Martin Luther King Jr." "King"; a body's name stays whole.
     */
    static String familyName(String name) {
        List<String> families = CslNames.families(List.of(CslNames.written(name)));
        return families.isEmpty() ? name : families.get(0);
    }
}
