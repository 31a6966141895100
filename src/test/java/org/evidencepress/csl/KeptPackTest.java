package org.evidencepress.csl;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A style's pack for one build: read once when first used, saved with what the build used. */
class KeptPackTest {
    /** A store in memory that counts its reads. */
    static final class Store implements FormattedStore {
        final Map<String, Map<String, String>> packs = new HashMap<>();
        int loads;

        @Override
        public Map<String, String> load(String name) {
            loads++;
            return packs.getOrDefault(name, Map.of());
        }

        @Override
        public void save(String name, Map<String, String> entries) {
            packs.put(name, Map.copyOf(entries));
        }
    }

    @Test
    void aCompleteBuildKeepsWhatItUsedAndMade() {
        Store store = new Store();
        store.packs.put("p", Map.of("e1", "one", "e2", "two"));
        KeptPack pack = new KeptPack(store, "p");
        assertThat(store.loads).isZero();
        assertThat(pack.get("e1")).isEqualTo("one");
        assertThat(pack.get("e3")).isNull();
        pack.put("e3", "three");
        pack.save(true);
        assertThat(store.loads).isEqualTo(1);
        assertThat(store.packs.get("p")).isEqualTo(Map.of("e1", "one", "e3", "three", "", ""));
    }

    @Test
    void aBuildThatReusedPagesKeepsWhatItDidNotRead() {
        Store store = new Store();
        store.packs.put("p", Map.of("e1", "one", "e2", "two"));
        KeptPack pack = new KeptPack(store, "p");
        pack.put("e3", "three");
        assertThat(pack.get("e1")).isEqualTo("one");
        pack.save(false);
        assertThat(store.packs.get("p")).isEqualTo(Map.of("e1", "one", "e2", "two", "e3", "three", "", ""));
    }

    /**
     * A style whose works all came with reused pages, or which has nothing to reuse across
     * reviews (author-date), still leaves a pack: it says citeproc-js took the style, so the
     * next build needs no engine to check it.
     */
    @Test
    void anUnusedPackIsNotReadButSavedAsAccepted() {
        Store store = new Store();
        new KeptPack(store, "p").save(true);
        assertThat(store.loads).isZero();
        assertThat(store.packs).containsEntry("p", Map.of("", ""));
    }

    @Test
    void aPackHoldsNoMoreThanItsBound() {
        Store store = new Store();
        store.packs.put("p", Map.of("e1", "one", "e2", "two"));
        KeptPack pack = new KeptPack(store, "p", 2);
        pack.put("e3", "three");
        pack.put("e4", "four");
        pack.put("e5", "five");
        pack.save(false);
        assertThat(store.packs.get("p")).hasSize(3).containsKeys("e3", "e4", "");

        // A pack over the bound (saved under another) is not read at all.
        KeptPack smaller = new KeptPack(store, "p", 1);
        assertThat(smaller.get("e3")).isNull();
    }

    @Test
    void citationPiecesReadBackAsWritten() {
        List<CslFormatter.Piece> pieces = List.of(new CslFormatter.Piece("[", -1),
                new CslFormatter.Piece("1,2:<i>x</i>", 0), new CslFormatter.Piece("", 1),
                new CslFormatter.Piece("]", -1));
        assertThat(CslFormatter.decode(CslFormatter.encode(pieces))).isEqualTo(pieces);
        assertThat(CslFormatter.decode("0,99:short")).isNull();
        assertThat(CslFormatter.decode("")).isEmpty();
    }
}
