package org.evidencepress.site;

import org.evidencepress.frontmatter.ParsedFile;
import org.evidencepress.frontmatter.SourceEntry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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
 * build uses {@link #forOneBuild()}, which remembers nothing: on a large site the keys
 * would cost more memory than the build can spare. One builder at a time.
 */
public final class SourceIndexMemory {
    private final boolean remembering;
    /** Each parsed file's source identity keys (DOI, or title and year), in source order. */
    private Map<ParsedFile, List<String>> identities = new IdentityHashMap<>();
    private Map<ParsedFile, List<String>> used = Collections.synchronizedMap(new IdentityHashMap<>());
    /** Each work's sort key, by identity key. */
    private Map<String, String> sortKeys = new HashMap<>();
    private Map<String, String> usedSortKeys = new HashMap<>();
    private Map<String, Integer> ranks = Map.of();

    private SourceIndexMemory(boolean remembering) {
        this.remembering = remembering;
    }

    /** For a series of builds of one site. */
    public static SourceIndexMemory remembering() {
        return new SourceIndexMemory(true);
    }

    /** For a single build: nothing is kept. */
    public static SourceIndexMemory forOneBuild() {
        return new SourceIndexMemory(false);
    }

    /** The identity keys of a review's sources, in their order; safe to call from several threads. */
    List<String> identities(ParsedFile file, List<SourceEntry> sources) {
        List<String> known = identities.get(file);
        if (known == null) {
            known = sources.stream().map(SourceIndex::key).toList();
        }
        if (remembering) {
            used.put(file, known);
        }
        return known;
    }

    /** The sort key of the work {@code identity}, described by its first citing entry. */
    String sortKey(String identity, SourceEntry first) {
        if (!remembering) {
            return SourceIndex.sortKey(first);
        }
        String known = sortKeys.get(identity);
        if (known == null) {
            known = SourceIndex.sortKey(first);
        }
        usedSortKeys.put(identity, known);
        return known;
    }

    /** {@code works} sorted by their keys; {@code workKeys[i]} belongs to {@code works.get(i)}. */
    List<Work> sort(List<Work> works, String[] workKeys) {
        // Entries of deleted or edited files are forgotten.
        identities = used;
        used = Collections.synchronizedMap(new IdentityHashMap<>());
        sortKeys = usedSortKeys;
        usedSortKeys = new HashMap<>();
        if (workKeys.length == ranks.size()) {
            Work[] placed = new Work[workKeys.length];
            boolean same = true;
            for (int i = 0; i < workKeys.length && same; i++) {
                Integer rank = ranks.get(workKeys[i]);
                same = rank != null && placed[rank] == null;
                if (same) {
                    placed[rank] = works.get(i);
                }
            }
            if (same) {
                return List.of(placed);
            }
        }
        Integer[] order = IntStream.range(0, workKeys.length).boxed().toArray(Integer[]::new);
        Arrays.parallelSort(order, (a, b) -> workKeys[a].compareTo(workKeys[b]));
        Map<String, Integer> newRanks = remembering ? new HashMap<>(workKeys.length * 2) : Map.of();
        List<Work> sorted = new ArrayList<>(workKeys.length);
        for (int rank = 0; rank < order.length; rank++) {
            if (remembering) {
                newRanks.put(workKeys[order[rank]], rank);
            }
            sorted.add(works.get(order[rank]));
        }
        ranks = newRanks;
        return List.copyOf(sorted);
    }
}
