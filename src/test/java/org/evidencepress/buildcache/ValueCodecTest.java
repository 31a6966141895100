package org.evidencepress.buildcache;

import org.evidencepress.diagnostic.Diagnostic;
import org.evidencepress.frontmatter.PackedSources;
import org.evidencepress.links.PackedStrings;
import org.evidencepress.links.PageFacts;
import org.evidencepress.markdown.LinkRef;
import org.evidencepress.frontmatter.References;
import org.evidencepress.frontmatter.SourceDetails;
import org.evidencepress.frontmatter.SourceEntry;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValueCodecTest {

    @Test
    void valuesReadBackEqual() throws ValueCodec.Malformed {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("zeta", List.of(1L, 2.5, true));
        extra.put("alpha", null);
        extra.put("date", LocalDate.of(2026, 3, 7));
        List<Object> value = Arrays.asList(Diagnostic.warning("content/a.md", 3, 7, "übel — “quoted”"), extra,
                Set.of("x", "y"), new byte[]{1, 2}, null, new String[]{"a", null});
        Object back = ValueCodec.decode(ValueCodec.encode(value));
        List<?> list = (List<?>) back;
        assertThat(list.get(0)).isEqualTo(value.get(0));
        assertThat(list.get(1)).isEqualTo(extra);
        // The order written is the order read: templates iterate extra mappings.
        assertThat(List.copyOf(((Map<?, ?>) list.get(1)).keySet())).isEqualTo(List.of("zeta", "alpha", "date"));
        assertThat(list.get(2)).isEqualTo(Set.of("x", "y"));
        assertThat((byte[]) list.get(3)).containsExactly(1, 2);
        assertThat(list.get(4)).isNull();
        assertThat((String[]) list.get(5)).containsExactly("a", null);
    }

    @Test
    void aRepeatedStringIsWrittenOnceAndReadBackAsOneString() throws ValueCodec.Malformed {
        String url = "/reviews/evening-coffee-and-sleep/#source-12";
        String text = "x".repeat(600);
        List<Object> value = List.of(Diagnostic.warning("content/a.md", 1, 1, url), url, List.of(url, text, text),
                new String[]{url, "content/a.md"});
        byte[] bytes = ValueCodec.encode(value);
        assertThat(occurrences(bytes, url)).isEqualTo(1);
        assertThat(occurrences(bytes, text)).as("long strings are written each time").isEqualTo(2);
        List<?> back = (List<?>) ValueCodec.decode(bytes);
        assertThat(back).usingRecursiveComparison().isEqualTo(value);
        assertThat(back.get(1)).isSameAs(((List<?>) back.get(2)).get(0));
    }

    @Test
    void aStringNumberThatWasNotWrittenIsMalformed() {
        byte[] bytes = ValueCodec.encode(List.of("a", "a"));
        // The last four bytes number the repeated "a": point them past the strings written.
        bytes[bytes.length - 1] = 9;
        assertThatThrownBy(() -> ValueCodec.decode(bytes)).isInstanceOf(ValueCodec.Malformed.class);
    }

    private static int occurrences(byte[] bytes, String s) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int count = 0;
        for (int at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) {
            count++;
        }
        return count;
    }

    @Test
    void sharedConstantsComeBackAsThemselves() throws ValueCodec.Malformed {
        // Code compares some values with these constants by identity.
        assertThat(ValueCodec.decode(ValueCodec.encode(References.NONE))).isSameAs(References.NONE);
        assertThat(ValueCodec.decode(ValueCodec.encode(SourceDetails.NONE))).isSameAs(SourceDetails.NONE);
        // An equal value made elsewhere comes back as the constant too, and is written as its name alone.
        SourceDetails none = new SourceDetails(null, null, null, null, null, null, null, null);
        byte[] written = ValueCodec.encode(List.of(none, none));
        SourceDetails book = new SourceDetails("book", null, null, null, null, null, null, null);
        assertThat(written.length).isLessThan(ValueCodec.encode(List.of(book, book)).length);
        List<?> back = (List<?>) ValueCodec.decode(written);
        assertThat(back.get(0)).isSameAs(SourceDetails.NONE);
        assertThat(back.get(1)).isSameAs(SourceDetails.NONE);
        byte[] renamed = new String(written, java.nio.charset.StandardCharsets.ISO_8859_1).replace("NONE", "NINE")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> ValueCodec.decode(renamed)).isInstanceOf(ValueCodec.Malformed.class);
    }

    @Test
    void damagedBytesAreMalformedNotAnotherValue() {
        byte[] bytes = ValueCodec.encode(List.of("a", "b", Diagnostic.error("x.md", 1, 2, "m")));
        assertThatThrownBy(() -> ValueCodec.decode(Arrays.copyOf(bytes, bytes.length - 3)))
                .isInstanceOf(ValueCodec.Malformed.class);
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
        assertThatThrownBy(() -> ValueCodec.decode(longer)).isInstanceOf(ValueCodec.Malformed.class);
    }

    @Test
    void onlyTheProgramsOwnClassesAreMade() {
        byte[] bytes = ValueCodec.encode(Diagnostic.error("x.md", 1, 2, "m"));
        String text = new String(bytes, StandardCharsets.ISO_8859_1)
                .replace("org.evidencepress.diagnostic.Diagnostic", "java.lang.ProcessBuilder$Redirect000000");
        assertThatThrownBy(() -> ValueCodec.decode(text.getBytes(StandardCharsets.ISO_8859_1)))
                .isInstanceOf(ValueCodec.Malformed.class).hasMessageContaining("foreign class");
    }

    @Test
    void whatIsNotDataIsNotCached() {
        assertThatThrownBy(() -> ValueCodec.encode(List.of(new StringBuilder("engine"))))
                .isInstanceOf(ValueCodec.Unsupported.class);
    }

    @Test
    void keyDigestsIgnoreHashOrderButNotWrittenOrder() {
        KeyDigest digests = new KeyDigest(0);
        Map<String, Integer> one = new HashMap<>();
        Map<String, Integer> two = new HashMap<>(64);
        for (int i = 0; i < 40; i++) {
            one.put("k" + i, i);
            two.put("k" + (39 - i), 39 - i);
        }
        assertThat(digests.of(List.of(one))).isEqualTo(digests.of(List.of(two)));
        Map<String, Integer> ab = new LinkedHashMap<>(Map.of("a", 1));
        ab.put("b", 2);
        Map<String, Integer> ba = new LinkedHashMap<>(Map.of("b", 2));
        ba.put("a", 1);
        assertThat(digests.of(List.of(ab))).isNotEqualTo(digests.of(List.of(ba)));
        assertThat(digests.of(List.of("a", 1))).isNotEqualTo(digests.of(List.of("a", 1L)));
    }

    @Test
    void aPackedSourcesListReadsBackAsTheSamePackedList() throws ValueCodec.Malformed {
        List<SourceEntry> packed = PackedSources.of(List.of(
                new SourceEntry(1, "a", "Sleep — α", List.of("É. Haddad", "N. Sørensen"), "J", 2009, "10.1/x", null, 3, 5),
                new SourceEntry(2, "b", "Other", List.of("É. Haddad"), null, null, null, "https://example.org", 9, 5)));
        Object back = ValueCodec.decode(ValueCodec.encode(List.of(packed)));
        assertThat(((List<?>) back).get(0)).isInstanceOf(PackedSources.class).isEqualTo(packed);
    }

    @Test
    void aPackedSourcesListReadBackMakesItsNamesOnlyWhenAnEntryIsAskedFor() throws ValueCodec.Malformed {
        List<SourceEntry> packed = PackedSources.of(List.of(
                new SourceEntry(1, "a", "Sleep", List.of("É. Haddad"), "J", 2009, "10.1/x", null, 3, 5)));
        String foreign = "java.lang.ProcessBuilder$Redirect0000000000";
        String details = SourceDetails.class.getName();
        assertThat(foreign).hasSameSizeAs(details);
        // Names that do not read (as only a fault of the program could write them): found when first made.
        byte[] unreadable = new String(ValueCodec.encode(packed), StandardCharsets.ISO_8859_1)
                .replace(details, foreign).getBytes(StandardCharsets.ISO_8859_1);
        List<?> one = (List<?>) ValueCodec.decode(unreadable);
        List<?> two = (List<?>) ValueCodec.decode(unreadable);

        assertThat(one).hasSize(1).isEqualTo(two);
        assertThatThrownBy(() -> one.get(0)).isInstanceOf(IllegalStateException.class);
        List<SourceEntry> otherAuthor = PackedSources.of(List.of(
                new SourceEntry(1, "a", "Sleep", List.of("E. Haddad"), "J", 2009, "10.1/x", null, 3, 5)));
        assertThat(ValueCodec.decode(ValueCodec.encode(packed)))
                .isEqualTo(ValueCodec.decode(ValueCodec.encode(packed)))
                .isNotEqualTo(ValueCodec.decode(ValueCodec.encode(otherAuthor))).isNotEqualTo(otherAuthor)
                .isEqualTo(packed);
    }

    @Test
    void aPagesPackedAnchorsReadBackAsTheSamePackedSet() throws ValueCodec.Malformed {
        List<String> ids = new java.util.ArrayList<>(List.of("toc", "é-anchor", ""));
        for (int i = 1; i <= 40; i++) {
            ids.add("cite-" + i + "-1");
        }
        PageFacts facts = new PageFacts("content/reviews/a.md", "reviews/a/", new java.util.HashSet<>(ids),
                List.of(new LinkRef("b.md#x", "../b/#x", 3, 5)));
        PageFacts back = (PageFacts) ValueCodec.decode(ValueCodec.encode(facts));
        assertThat(back).isEqualTo(facts);
        assertThat(back.anchors()).isInstanceOf(PackedStrings.class).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(back.anchors().contains("cite-40-1")).isTrue();
        assertThat(back.anchors().contains("cite-41-1")).isFalse();
    }
}
