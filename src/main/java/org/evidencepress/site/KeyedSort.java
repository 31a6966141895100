package org.evidencepress.site;

import java.util.Arrays;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Sorts items by string keys made on demand, without holding every key at once: first by the
 * keys' first eight characters packed into two numbers, then, within each run of items that
 * share those, by their whole keys. The source index sorts 2.4 million works at 100,000
 * reviews; their keys, held all at once, took more memory than the rest of the index.
 */
final class KeyedSort {
    private static final int UNITS_PER_LONG = 4;

    private KeyedSort() {
    }

    /**
     * The items {@code 0..count-1} in the order of their keys ({@link String#compareTo}).
     * {@code keyOf} may be called from several threads, and twice for an item.
     */
    static int[] order(int count, IntFunction<String> keyOf) {
        long[] high = new long[count];
        long[] low = new long[count];
        IntStream.range(0, count).parallel().forEach(i -> {
            String key = keyOf.apply(i);
            high[i] = units(key, 0);
            low[i] = units(key, UNITS_PER_LONG);
        });
        Integer[] sorted = IntStream.range(0, count).boxed().toArray(Integer[]::new);
        Arrays.parallelSort(sorted, (a, b) -> {
            int c = Long.compareUnsigned(high[a], high[b]);
            return c != 0 ? c : Long.compareUnsigned(low[a], low[b]);
        });
        int[] order = new int[count];
        for (int start = 0; start < count; ) {
            int end = start + 1;
            while (end < count && high[sorted[end]] == high[sorted[start]] && low[sorted[end]] == low[sorted[start]]) {
                end++;
            }
            if (end - start == 1) {
                order[start] = sorted[start];
            } else {
                Keyed[] run = new Keyed[end - start];
                for (int i = start; i < end; i++) {
                    run[i - start] = new Keyed(keyOf.apply(sorted[i]), sorted[i]);
                }
                Arrays.sort(run, (a, b) -> a.key.compareTo(b.key));
                for (int i = start; i < end; i++) {
                    order[i] = run[i - start].item;
                }
            }
            start = end;
        }
        return order;
    }

    private record Keyed(String key, int item) {
    }

    /**
     * Four characters of {@code key} from {@code from} as one number whose unsigned order is
     * theirs; past the end of the key a zero, which sorts a key before its own extensions.
     */
    private static long units(String key, int from) {
        long packed = 0;
        for (int i = from; i < from + UNITS_PER_LONG; i++) {
            packed = (packed << 16) | (i < key.length() ? key.charAt(i) : 0);
        }
        return packed;
    }
}
