package org.evidencepress.site;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Sorting by keys made on demand gives the order of the keys themselves. */
class KeyedSortTest {

    @Test
    void ordersAsTheKeysCompare() {
        List<String> keys = List.of("effects of coffee", "effects of caffeine", "effects", "effects\u0000", "",
                "effects of coffee\u00002009", "effects of coffee\u00002008", "\uffff high", "\u8000 also high",
                "\uD83D\uDE00 emoji", "\uE000 private", "a", "effects of coffee\u00002009\u000010.1/a");
        int[] order = KeyedSort.order(keys.size(), keys::get);

        assertThat(Arrays.stream(order).mapToObj(keys::get).toList())
                .isEqualTo(keys.stream().sorted().toList());
    }

    @Test
    void ordersManyKeysSharingLongPrefixes() {
        Random random = new Random(7);
        String[] keys = IntStream.range(0, 20_000).mapToObj(i -> (i % 3 == 0 ? "effects of " : "the effect")
                + (char) ('a' + random.nextInt(3)) + random.nextInt(1000)).toArray(String[]::new);
        int[] order = KeyedSort.order(keys.length, i -> keys[i]);

        Integer[] expected = IntStream.range(0, keys.length).boxed().toArray(Integer[]::new);
        Arrays.sort(expected, Comparator.comparing(i -> keys[i]));
        assertThat(Arrays.stream(order).mapToObj(i -> keys[i]).toList())
                .isEqualTo(Arrays.stream(expected).map(i -> keys[i]).toList());
    }

    @Test
    void ordersNoneOneAndRunsThatEndShort() {
        assertThat(KeyedSort.order(0, i -> "")).isEmpty();
        assertThat(KeyedSort.order(1, i -> "a")).containsExactly(0);
        // 101 keys: runs of 32 sorted first, the last one short, then merged unevenly.
        String[] keys = IntStream.range(0, 101).mapToObj(i -> "k" + (i * 37 % 101)).toArray(String[]::new);
        int[] order = KeyedSort.order(keys.length, i -> keys[i]);
        assertThat(Arrays.stream(order).mapToObj(i -> keys[i]).toList())
                .isEqualTo(Arrays.stream(keys).sorted().toList());
    }
}
