package org.evidencepress.site;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Works found by hash are trusted only once their keys agree. */
class WorkTableTest {

    @Test
    void aSharedHashIsNotTheSameWorkUnlessTheKeysAgree() {
        WorkTable table = new WorkTable(3);
        String[] keys = {"10.1/a", "10.1/b", "10.1/a"};
        long sameHash = 42;

        assertThat(table.findOrAdd(sameHash, w -> keys[w].equals(keys[0]), 0)).isEqualTo(-1);
        assertThat(table.findOrAdd(sameHash, w -> keys[w].equals(keys[1]), 1)).isEqualTo(-1);
        assertThat(table.findOrAdd(sameHash, w -> keys[w].equals(keys[2]), 2)).isEqualTo(0);
        assertThat(table.findOrAdd(sameHash, w -> keys[w].equals(keys[1]), 3)).isEqualTo(1);
    }

    @Test
    void hashesDifferForKeysThatDiffer() {
        assertThat(WorkTable.hash("10.1/a")).isNotEqualTo(WorkTable.hash("10.1/b"))
                .isEqualTo(WorkTable.hash("10.1/a"));
    }
}
