package org.evidencepress.site;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * The works gathered so far, found by a 64-bit hash of their identity key: an open-addressing
 * table of two arrays instead of a map from 2.4 million key strings (at 100,000 reviews those
 * keys and the map's entries were the largest thing the index held while it was made). Two
 * keys may share a hash, so a match is confirmed by the caller before it is trusted.
 */
final class WorkTable {
    private final long[] hashes;
    private final int[] works;
    private final int mask;

    /** A table for at most {@code capacity} works. */
    WorkTable(int capacity) {
        int slots = Integer.highestOneBit(Math.max(4, capacity + capacity / 3)) << 1;
        hashes = new long[slots];
        works = new int[slots];
        Arrays.fill(works, -1);
        mask = slots - 1;
    }

    /**
     * The work whose identity hashes to {@code hash} and for which {@code isSame} holds; if
     * none, {@code added} is stored as that work and -1 returned.
     */
    int findOrAdd(long hash, IntPredicate isSame, int added) {
        for (int slot = (int) (hash ^ (hash >>> 32)) & mask; ; slot = (slot + 1) & mask) {
            int work = works[slot];
            if (work < 0) {
                hashes[slot] = hash;
                works[slot] = added;
                return -1;
            }
            if (hashes[slot] == hash && isSame.test(work)) {
                return work;
            }
        }
    }

    /** A well-mixed 64-bit hash of {@code key} (FNV-1a, then MurmurHash3's finaliser). */
    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h = (h ^ key.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }
}
