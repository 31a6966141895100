package org.evidencepress.site;

import org.evidencepress.frontmatter.ParsedFile;
import org.evidencepress.frontmatter.SourceEntry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * What the cross-review source index remembers between builds of one site (serve): the
 * keys of each review's sources, by the identity of its parsed file (an unchanged file
 * keeps its parse result), and the alphabetical order of the works. Building the index from scratch was most of a
 * one-review rebuild at 4,000 reviews; an edit rarely adds or removes a work. A clean
 * build starts with an empty memory. One builder at a time.
 */
public final class SourceIndexMemory {
    /** A source's identity key (DOI, or title and year) and its sort key. */
    record Keys(String identity, String sort) {
    }

    private Map<ParsedFile, List<Keys>> keys = new IdentityHashMap<>();
    private Map<ParsedFile, List<Keys>> used = new IdentityHashMap<>();
    private Map<String, Integer> ranks = Map.of();

    /** The keys of a review's sources, in their order. */
    List<Keys> keys(ParsedFile file, List<SourceEntry> sources) {
        List<Keys> known = keys.get(file);
        if (known == null) {
            known = sources.stream().map(s -> new Keys(SourceIndex.key(s), SourceIndex.sortKey(s))).toList();
        }
        used.put(file, known);
        return known;
    }

    /** {@code works} sorted by their keys; {@code sortKeys[i]} belongs to {@code works.get(i)}. */
    List<Work> sort(List<Work> works, String[] sortKeys) {
        // Entries of deleted or edited files are forgotten.
        keys = used;
        used = new IdentityHashMap<>();
        if (sortKeys.length == ranks.size()) {
            Work[] placed = new Work[sortKeys.length];
            boolean same = true;
            for (int i = 0; i < sortKeys.length && same; i++) {
                Integer rank = ranks.get(sortKeys[i]);
                same = rank != null && placed[rank] == null;
                if (same) {
                    placed[rank] = works.get(i);
                }
            }
            if (same) {
                return List.of(placed);
            }
        }
        Integer[] order = IntStream.range(0, sortKeys.length).boxed().toArray(Integer[]::new);
        Arrays.parallelSort(order, (a, b) -> sortKeys[a].compareTo(sortKeys[b]));
        Map<String, Integer> newRanks = new HashMap<>(sortKeys.length * 2);
        List<Work> sorted = new ArrayList<>(sortKeys.length);
        for (int rank = 0; rank < order.length; rank++) {
            newRanks.put(sortKeys[order[rank]], rank);
            sorted.add(works.get(order[rank]));
        }
        ranks = newRanks;
        return List.copyOf(sorted);
    }
}
