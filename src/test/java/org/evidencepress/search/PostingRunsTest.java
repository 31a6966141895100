package org.evidencepress.search;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class PostingRunsTest {

    @ParameterizedTest
    @ValueSource(strings = {"ascending", "two threads", "nine threads", "stolen halves", "descending", "shuffled"})
    void givesBackEveryPostingInOrderWhateverOrderTheyCameIn(String order) {
        List<Integer> postings = IntStream.range(0, 5_000).map(doc -> doc << 4 | doc % 3 + (doc % 7 == 0 ? 8 : 1))
                .boxed().toList();
        List<Integer> arriving = switch (order) {
            case "ascending" -> postings;
            case "two threads" -> interleaved(postings, 2);
            case "nine threads" -> interleaved(postings, 9);
            case "stolen halves" -> {
                List<Integer> list = new ArrayList<>(interleaved(postings.subList(2_500, 5_000), 3));
                list.addAll(0, postings.subList(0, 1_000));
                list.addAll(postings.subList(1_000, 2_500));
                yield list;
            }
            case "descending" -> reversed(postings);
            default -> {
                List<Integer> list = new ArrayList<>(postings);
                Collections.shuffle(list, new Random(7));
                yield list;
            }
        };
        PostingRuns runs = new PostingRuns();
        arriving.forEach(runs::add);
        assertThat(runs.size()).isEqualTo(postings.size());
        assertThat(runs.sorted()).containsExactly(postings.stream().mapToInt(Integer::intValue).toArray());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 127, 128, 16_383, 16_384, Integer.MAX_VALUE})
    void keepsValuesOfEveryVarintLength(int value) {
        PostingRuns runs = new PostingRuns();
        runs.add(value);
        runs.add(value);
        assertThat(runs.sorted()).containsExactly(value, value);
    }

    /** Postings as {@code threads} threads deliver them, each through its own stretch, in turns. */
    private static List<Integer> interleaved(List<Integer> postings, int threads) {
        int stretch = (postings.size() + threads - 1) / threads;
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < stretch; i++) {
            for (int t = 0; t < threads; t++) {
                int at = t * stretch + i;
                if (at < postings.size()) {
                    out.add(postings.get(at));
                }
            }
        }
        return out;
    }

    private static List<Integer> reversed(List<Integer> postings) {
        List<Integer> list = new ArrayList<>(postings);
        Collections.reverse(list);
        return list;
    }
}
