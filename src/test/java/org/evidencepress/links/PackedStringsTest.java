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
    void findsEachIdAmongManyAndNothingBetweenThem() {
        List<String> ids = new java.util.ArrayList<>();
        for (int source = 1; source <= 40; source++) {
            ids.add("source-" + source);
            for (int cite = 1; cite <= 5; cite++) {
                ids.add("cite-" + source + "-" + cite);
            }
        }
        ids.add("what-role-does-tnf-α-signalling-play");
        Set<String> packed = PackedStrings.of(ids);
        assertThat(packed).hasSize(ids.size()).isEqualTo(Set.copyOf(ids));
        ids.forEach(id -> assertThat(packed.contains(id)).as(id).isTrue());
        for (String absent : List.of("cite-0-1", "cite-1-6", "cite-40-51", "cite-41-1", "source-0", "source-400",
                "sourcf", "ci", "what-role-does-tnf-α-signalling", "what-role-does-tnf-α-signalling-play-")) {
            assertThat(packed.contains(absent)).as(absent).isFalse();
        }
    }

    @Test
    void readsBackFromItsPartsAndRefusesPartsThatDoNotRead() {
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            ids.add("cite-" + i + "-1");
        }
        PackedStrings packed = (PackedStrings) PackedStrings.of(ids);
        PackedStrings.Parts parts = packed.parts();
        assertThat(PackedStrings.restored(parts)).isEqualTo(packed).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(PackedStrings.restored(parts).contains("cite-33-1")).isTrue();

        byte[] cut = java.util.Arrays.copyOf(parts.data(), parts.data().length - 1);
        int[] moved = parts.blockStarts().clone();
        moved[1]++;
        byte[] longer = parts.data().clone();
        longer[1] = 100; // the first id's length, past the longest
        for (PackedStrings.Parts bad : List.of(
                new PackedStrings.Parts(cut, parts.blockStarts(), parts.size(), parts.longest()),
                new PackedStrings.Parts(parts.data(), moved, parts.size(), parts.longest()),
                new PackedStrings.Parts(longer, parts.blockStarts(), parts.size(), parts.longest()),
                new PackedStrings.Parts(parts.data(), parts.blockStarts(), parts.size() + 1, parts.longest()),
                new PackedStrings.Parts(parts.data(), parts.blockStarts(), parts.size(), parts.longest() - 1),
                new PackedStrings.Parts(parts.data(), new int[0], parts.size(), parts.longest()))) {
            assertThat(PackedStrings.restored(bad)).isNull();
        }
    }

    @Test
    void keepsAnyCharacterAStringMayHold() {
        Set<String> odd = PackedStrings.of(List.of("a\u0000b", "c", "\uD83D\uDE00-smile"));
        assertThat(odd).containsExactlyInAnyOrder("a\u0000b", "c", "\uD83D\uDE00-smile");
        assertThat(odd.contains("a")).isFalse();
        assertThat(odd.contains("a\u0000b")).isTrue();
        assertThat(odd.contains("\uD83D\uDE00-smile")).isTrue();

        Set<String> lone = PackedStrings.of(List.of("\uD83D-half", "c"));
        assertThat(lone.contains("\uD83D-half")).isTrue();
        assertThat(lone.contains("?-half")).isFalse();
    }
}
