package org.evidencepress.frontmatter;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A packed Sources list gives back every entry as it was given, and compares as a list does. */
class PackedSourcesTest {
    private static final SourceDetails DETAILS = new SourceDetails("book", "16", "1", "22-34", "Press", null,
            "refs.bib", Map.of("type", "book"));

    private static List<SourceEntry> entries() {
        return List.of(
                new SourceEntry(1, "a", "Sleep — and pain: α, β, 😀", List.of("É. Haddad", "N. Sørensen"), "The Lancet",
                        2009, "10.1000/Abc.1", null, 12, 5),
                new SourceEntry(2, "b", "Only a title", List.of(), null, null, null, "https://example.org/x?a=1&b=2",
                        300, 70000),
                new SourceEntry(3, "c", "An ancient work", List.of("et al."), "J", -44, null, null, 1, 1, DETAILS),
                new SourceEntry(4, "d", "", List.of("x".repeat(300)), "J", 0, "10.1/" + "9".repeat(200), "", 2, 3));
    }

    @Test
    void givesBackEveryEntryAsItWasGiven() {
        List<SourceEntry> packed = PackedSources.of(entries());

        assertThat(packed).isInstanceOf(PackedSources.class).containsExactlyElementsOf(entries());
        assertThat(packed.get(2).year()).isEqualTo(-44);
        assertThat(packed.get(1).year()).isNull();
        assertThat(packed.get(2).details()).isSameAs(DETAILS);
        assertThatThrownBy(() -> packed.get(4)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> packed.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void listsPackedApartShareTheirNames() {
        // Each review's list is packed (or read back) alone; the names they repeat are held once.
        List<SourceEntry> one = PackedSources.of(List.of(new SourceEntry(1, new String("1"), "A", List.of(new String(
                "É. Haddad")), new String("The Lancet"), 2009, null, null, 1, 1)));
        List<SourceEntry> other = PackedSources.of(List.of(new SourceEntry(1, new String("1"), "B", List.of(new String(
                "É. Haddad")), new String("The Lancet"), 2010, null, null, 1, 1)));

        assertThat(other.get(0).authors().get(0)).isSameAs(one.get(0).authors().get(0));
        assertThat(other.get(0).journal()).isSameAs(one.get(0).journal());
        assertThat(other.get(0).id()).isSameAs(one.get(0).id());
        PackedSources.Parts parts = ((PackedSources) other).parts();
        parts.shared()[0] = new String("1");
        assertThat(PackedSources.restored(parts).get(0).id()).isSameAs(one.get(0).id());
    }

    @Test
    void comparesAsTheListItHolds() {
        List<SourceEntry> packed = PackedSources.of(entries());
        List<SourceEntry> changed = new ArrayList<>(entries());
        changed.set(3, changed.get(3).numbered(5));

        assertThat(packed).isEqualTo(entries()).hasSameHashCodeAs(entries());
        assertThat(entries()).isEqualTo(packed);
        assertThat(packed).isEqualTo(PackedSources.of(entries()));
        assertThat(packed).isNotEqualTo(PackedSources.of(changed)).isNotEqualTo(changed);
    }

    @Test
    void keepsAsGivenWhatUtf8CannotHoldAndWhatIsEmptyOrPacked() {
        List<SourceEntry> loneSurrogate = List.of(new SourceEntry(1, "a", "broken \uD800 title", List.of(), null,
                null, null, null, 1, 1));
        List<SourceEntry> packed = PackedSources.of(entries());

        assertThat(PackedSources.of(loneSurrogate)).isSameAs(loneSurrogate);
        assertThat(PackedSources.of(List.of())).isEmpty();
        assertThat(PackedSources.of(packed)).isSameAs(packed);
    }

    @Test
    void itsPartsMakeTheSameListAndPartsThatDoNotReadMakeNone() {
        PackedSources packed = (PackedSources) PackedSources.of(entries());
        PackedSources.Parts parts = packed.parts();
        assertThat(PackedSources.restored(parts)).isEqualTo(packed).containsExactlyElementsOf(entries());

        int[] pastTheText = parts.starts().clone();
        pastTheText[2] = parts.text().length + 5;
        Object[] numberForName = parts.shared().clone();
        numberForName[0] = 7;
        Object[] noDetails = parts.shared().clone();
        noDetails[2] = null;
        Object[] numberForAuthor = parts.shared().clone();
        numberForAuthor[4] = 7;
        byte[] cutShort = java.util.Arrays.copyOf(parts.text(), parts.starts()[2] - 3);
        for (PackedSources.Parts bad : List.of(new PackedSources.Parts(parts.text(), parts.shared(), pastTheText),
                new PackedSources.Parts(parts.text(), numberForName, parts.starts()),
                new PackedSources.Parts(parts.text(), noDetails, parts.starts()),
                new PackedSources.Parts(parts.text(), numberForAuthor, parts.starts()),
                new PackedSources.Parts(cutShort, parts.shared(), parts.starts()),
                new PackedSources.Parts(parts.text(), parts.shared(), new int[] {0}),
                new PackedSources.Parts(parts.text(), new Object[0], parts.starts()))) {
            assertThat(PackedSources.restored(bad)).isNull();
        }
    }
}
