package org.evidencepress.links;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PackedStringsTest {

    @Test
    void holdsExactlyTheStringsGiven() {
        List<String> ids = List.of("source-10", "source-1", "cite-1-1", "cite-1-10", "toc", "", "é-anchor", "source-1");
        Set<String> packed = PackedStrings.of(ids);
        assertThat(packed).hasSize(7).isEqualTo(Set.copyOf(ids));
        for (String id : ids) {
            assertThat(packed.contains(id)).as(id).isTrue();
        }
        for (String absent : List.of("source", "source-100", "cite-1", "cite-1-1 ", "z", "a", "é")) {
            assertThat(packed.contains(absent)).as(absent).isFalse();
        }
        assertThat(packed).containsExactly("", "cite-1-1", "cite-1-10", "source-1", "source-10", "toc", "é-anchor");
        assertThat(PackedStrings.of(List.of())).isEmpty();
        assertThat(PackedStrings.of(List.of()).contains("")).isFalse();
        assertThat(PackedStrings.of(List.of("a")).contains("")).isFalse();
        assertThat(PackedStrings.of(List.of("a", "b")).contains("a\u0000b")).isFalse();
    }

    @Test
    void keepsStringsHoldingTheSeparatorAsTheyAre() {
        Set<String> odd = PackedStrings.of(List.of("a\u0000b", "c"));
        assertThat(odd).containsExactlyInAnyOrder("a\u0000b", "c");
        assertThat(odd.contains("a")).isFalse();
        assertThat(odd.contains("a\u0000b")).isTrue();
    }
}
