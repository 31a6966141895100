package org.evidencepress.csl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Citations without the engine, for styles whose citations print numbers, locators and
 * affixes alone and sort their cites by number ({@link CacheRules#citesByNumber()}). Such a
 * citation depends on its numbers only through how each follows the one before (the same,
 * the next, or a later one), which decides what collapses into a range. A citation's
 * <em>structure</em> is those steps with each cite's locator and affixes; a second citation
 * of a structure is formatted beside a probe of the structure on small numbers of its own,
 * and the probe's text, its numbers replaced by the citation's, must equal the citation as
 * the engine formatted it for the structure to keep it. Later citations of the structure
 * then take the probe's text with their own numbers.
 */
final class CitationTemplates {
    private static final int MAX_STRUCTURES = 50_000;
    private static final Pattern NUMBER = Pattern.compile("(?<![0-9#])[0-9]+(?![0-9])");

    private final Map<String, Optional<List<CslFormatter.Piece>>> learned = new ConcurrentHashMap<>();
    private final Sightings sightings = new Sightings();

    /** A citation read for a template: its structure, its numbers and its probe's. */
    record Reading(String structure, int[] numbers, int[] probeNumbers) {
    }

    /**
     * The citation's structure and numbers; null for a narrative citation (it prints names) or
     * one whose locators or affixes hold a number its probe uses.
     */
    static Reading read(List<CiteItem> cites, Map<String, Integer> numbers) {
        StringBuilder structure = new StringBuilder();
        int[] real = new int[cites.size()];
        int[] probe = new int[cites.size()];
        for (int i = 0; i < cites.size(); i++) {
            CiteItem cite = cites.get(i);
            if (cite.authorOnly()) {
                return null;
            }
            real[i] = numbers.get(cite.id());
            char step;
            if (i == 0) {
                step = 'F';
                probe[i] = 1;
            } else if (real[i] == real[i - 1]) {
                step = 'E';
                probe[i] = probe[i - 1];
            } else if (real[i] == real[i - 1] + 1) {
                step = 'N';
                probe[i] = probe[i - 1] + 1;
            } else if (real[i] > real[i - 1]) {
                step = 'G';
                probe[i] = probe[i - 1] + 2;
            } else {
                return null;
            }
            structure.append(step).append('\u0001').append(cite.locator()).append('\u0001')
                    .append(cite.locator() == null ? null : cite.label()).append('\u0001')
                    .append(cite.prefix()).append('\u0001').append(cite.suffix()).append('\u0001')
                    .append(cite.suppressAuthor()).append('\u0002');
        }
        for (CiteItem cite : cites) {
            for (String text : new String[]{cite.locator(), cite.prefix(), cite.suffix()}) {
                if (text != null && holdsAny(text, probe)) {
                    return null;
                }
            }
        }
        return new Reading(structure.toString(), real, probe);
    }

    /** The citation from its structure's template; null when the structure has none (yet, or ever). */
    List<CslFormatter.Piece> fill(Reading reading) {
        Optional<List<CslFormatter.Piece>> probe = learned.get(reading.structure());
        return probe == null || probe.isEmpty() ? null : renumbered(probe.get(), reading);
    }

    /** Whether to probe this citation's structure now ({@link Sightings}); never when it has a template or a refusal. */
    boolean worthProbing(Reading reading) {
        return !learned.containsKey(reading.structure()) && learned.size() < MAX_STRUCTURES
                && sightings.worthProbing(reading.structure());
    }

    /** Keeps the probe's text as the structure's template if, renumbered, it is the citation's own. */
    void learn(Reading reading, List<CslFormatter.Piece> probe, List<CslFormatter.Piece> citation) {
        boolean agrees = citation.equals(renumbered(probe, reading));
        learned.putIfAbsent(reading.structure(), agrees ? Optional.of(List.copyOf(probe)) : Optional.empty());
    }

    /** How many structures have a template, for tests. */
    int templates() {
        return (int) learned.values().stream().filter(Optional::isPresent).count();
    }

    private static List<CslFormatter.Piece> renumbered(List<CslFormatter.Piece> probe, Reading reading) {
        Map<String, String> numbers = new HashMap<>();
        for (int i = 0; i < reading.probeNumbers().length; i++) {
            numbers.put(Integer.toString(reading.probeNumbers()[i]), Integer.toString(reading.numbers()[i]));
        }
        List<CslFormatter.Piece> pieces = new ArrayList<>(probe.size());
        for (CslFormatter.Piece piece : probe) {
            Matcher number = NUMBER.matcher(piece.html());
            StringBuilder html = new StringBuilder();
            while (number.find()) {
                number.appendReplacement(html, Matcher.quoteReplacement(
                        numbers.getOrDefault(number.group(), number.group())));
            }
            number.appendTail(html);
            pieces.add(new CslFormatter.Piece(html.toString(), piece.cite()));
        }
        return List.copyOf(pieces);
    }

    private static boolean holdsAny(String text, int[] numbers) {
        Matcher number = NUMBER.matcher(text);
        while (number.find()) {
            for (int n : numbers) {
                if (number.group().equals(Integer.toString(n))) {
                    return true;
                }
            }
        }
        return false;
    }
}
