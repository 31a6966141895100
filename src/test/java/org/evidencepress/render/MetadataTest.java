package org.evidencepress.render;

import org.evidencepress.frontmatter.SourceEntry;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MetadataTest {
    /** BibTeX's "and others" reads "et al." on the page, but an indexer must not take it for an author. */
    @Test
    void etAlIsNoCitationAuthor() {
        SourceEntry source = new SourceEntry(1, "sterne2019", "RoB 2", List.of("Jonathan A C Sterne", "Jelena Savović",
                "et al."), "BMJ", 2019, "10.1136/bmj.l4898", null, 3, 5);

        assertThat(Metadata.citationReference(source))
                .contains("citation_author=Jonathan A C Sterne; citation_author=Jelena Savović; citation_journal_title")
                .doesNotContain("et al.");
    }

    @Test
    void authorsWithoutOthersAreKeptAsTheyAre() {
        List<String> authors = List.of("A. H. Miller", "C. L. Raison");
        SourceEntry source = new SourceEntry(1, "m", "T", authors, null, 2016, null, null, 3, 5);

        assertThat(source.namedAuthors()).isSameAs(authors);
    }
}
