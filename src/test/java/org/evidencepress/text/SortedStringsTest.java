package org.evidencepress.text;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SortedStringsTest {

    @Test
    void stringsComeBackInCompareToOrderAsAStringArray() {
        Set<String> words = new HashSet<>(List.of("zürich", "Zebra", "café", "cafe", "", "中文", "b"));

        String[] sorted = SortedStrings.of(words);

        assertThat(sorted).containsExactly("", "Zebra", "b", "cafe", "café", "zürich", "中文");
        assertThat(sorted.getClass()).isEqualTo(String[].class);
    }

    @Test
    void noStringsGiveAnEmptyArray() {
        assertThat(SortedStrings.of(Set.of())).isEmpty();
    }
}
