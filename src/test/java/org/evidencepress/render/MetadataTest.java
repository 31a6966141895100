package org.evidencepress.render;

import org.evidencepress.frontmatter.SourceDetails;
import org.evidencepress.frontmatter.SourceEntry;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

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

    /** A SICI DOI holds a ';', which ends a field of the value; a ',' in its place would name another DOI. */
    @Test
    void aSemicolonInADoiIsPercentEncoded() {
        SourceEntry source = new SourceEntry(1, "d", "A; B", List.of(), null, 1998,
                "10.1002/(SICI)1097-0258(19980430)17:8<857::AID-SIM777>3.0.CO;2-E", null, 3, 5);

        assertThat(Metadata.citationReference(source)).isEqualTo("citation_title=A, B; citation_publication_date=1998;"
                + " citation_doi=10.1002/(SICI)1097-0258(19980430)17:8<857::AID-SIM777>3.0.CO%3B2-E");
    }

    /** A chapter's book is no journal: Google Scholar's citation_inbook_title, schema.org's Chapter of a Book. */
    @Test
    void aChaptersBookIsNoJournal() {
        SourceEntry chapter = new SourceEntry(1, "c", "Screening", List.of("John Smith"), "Handbook of Diabetes Care",
                2018, null, null, 3, 5, new SourceDetails("chapter", null, null, "123-145", "Oxford University Press",
                null, null, null));

        assertThat(Metadata.citationReference(chapter)).isEqualTo("citation_title=Screening; citation_author=John Smith;"
                + " citation_inbook_title=Handbook of Diabetes Care; citation_publication_date=2018");
        assertThat(Metadata.work(chapter)).containsEntry("@type", "Chapter")
                .containsEntry("isPartOf", Map.of("@type", "Book", "name", "Handbook of Diabetes Care"));
    }

    @Test
    void authorsWithoutOthersAreKeptAsTheyAre() {
        List<String> authors = List.of("A. H. Miller", "C. L. Raison");
        SourceEntry source = new SourceEntry(1, "m", "T", authors, null, 2016, null, null, 3, 5);

        assertThat(source.namedAuthors()).isSameAs(authors);
    }
}
