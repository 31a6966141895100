package org.evidencepress.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DocTermsTest {

    @Test
    void termsComeBackInOrderWithTheirValuesThoughPackedAgainstEachOther() {
        // Shared prefixes, a prefix cut inside a two-byte letter (é and è share their first byte), and none.
        String[] terms = {"", "cafe", "café", "cafè", "cafés", "zürich", "中文"};
        byte[] values = {1, 9, 2, 15, 3, 8, 7};
        DocTerms packed = DocTerms.of(terms, values);
        assertThat(packed.unpack().terms()).containsExactly(terms);
        assertThat(packed.unpack().values()).containsExactly(values);
        assertThat(packed).isEqualTo(DocTerms.of(terms.clone(), values.clone()));
        assertThat(packed).isNotEqualTo(DocTerms.of(terms, new byte[] {1, 9, 2, 15, 3, 8, 6}));
        assertThat(DocTerms.of(new String[0], new byte[0]).unpack().terms()).isEmpty();
    }
}
