package org.evidencepress.labels;

import org.evidencepress.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A site's label files are checked whether or not a page is in their language yet. */
class LabelCatalogTest {
    @TempDir
    Path site;

    @Test
    void aLabelFileOfALanguageNoPageUsesIsCheckedAllTheSame() throws IOException {
        Files.createDirectories(site.resolve("i18n"));
        Files.writeString(site.resolve("i18n/de.yaml"), "sorces: Quellen\n");
        Files.writeString(site.resolve("i18n/fr.yaml"), "sources: [Sources\n");
        Files.writeString(site.resolve("i18n/pt-BR.yaml"), "- a list\n");
        Files.writeString(site.resolve("i18n/notes.txt"), "not a label file\n");
        List<Diagnostic> problems = new ArrayList<>();

        LabelCatalog.load(site, Set.of("en"), problems);

        assertThat(problems).extracting(Diagnostic::format).containsExactly(
                "i18n/de.yaml:1:1: warning: unknown label key 'sorces'; did you mean 'sources'?",
                "i18n/fr.yaml:2:1: error: malformed YAML: expected ',' or ']', but got <stream end>"
                        + " (while parsing a flow sequence that starts at line 1, column 10)",
                "i18n/pt-BR.yaml:1:1: error: a labels file must be a mapping of 'key: text' lines");
    }

    @Test
    void aLabelFileOfALanguageInUseIsReportedOnce() throws IOException {
        Files.createDirectories(site.resolve("i18n"));
        Files.writeString(site.resolve("i18n/de.yaml"), "sorces: Quellen\n");
        List<Diagnostic> problems = new ArrayList<>();

        LabelCatalog.load(site, Set.of("en", "de-AT"), problems);

        assertThat(problems).extracting(Diagnostic::format).filteredOn(p -> p.contains("sorces"))
                .containsExactly("i18n/de.yaml:1:1: warning: unknown label key 'sorces'; did you mean 'sources'?");
    }

    /** A folder where a label file belongs is an error, whether a page is in its language or not. */
    @Test
    void aLabelFileThatIsAFolderIsAnError() throws IOException {
        Files.createDirectories(site.resolve("i18n/en.yaml"));
        Files.createDirectories(site.resolve("i18n/de.yaml"));
        List<Diagnostic> problems = new ArrayList<>();

        LabelCatalog.load(site, Set.of("en"), problems);

        assertThat(problems).extracting(Diagnostic::format).containsExactly(
                "i18n/en.yaml:1:1: error: i18n/en.yaml is a folder, not a file of 'key: text' lines: its labels are"
                        + " not read",
                "i18n/de.yaml:1:1: error: i18n/de.yaml is a folder, not a file of 'key: text' lines: its labels are"
                        + " not read");
    }

    /** A region writes dates its own way unless the site's label file gives the pattern. */
    @Test
    void aRegionalEnglishWritesDatesAsItsReadersDo() throws IOException {
        List<Diagnostic> problems = new ArrayList<>();
        LocalDate date = LocalDate.of(2026, 3, 7);
        LabelCatalog catalog = LabelCatalog.load(site, Set.of("en", "en-US", "en-GB", "en-AU", "de-AT"), problems);
        assertThat(catalog.of("en").date(date)).isEqualTo("March 7, 2026");
        assertThat(catalog.of("en-US").date(date)).isEqualTo("March 7, 2026");
        assertThat(catalog.of("en-GB").date(date)).isEqualTo("7 March 2026");
        assertThat(catalog.of("en-AU").date(date)).isEqualTo("7 March 2026");
        assertThat(catalog.of("de-AT").date(LocalDate.of(2026, 1, 7))).isEqualTo("7. Jänner 2026");

        Files.createDirectories(site.resolve("i18n"));
        Files.writeString(site.resolve("i18n/en.yaml"), "date_format: \"d MMM uuuu\"\n");
        catalog = LabelCatalog.load(site, Set.of("en-GB"), problems);
        assertThat(catalog.of("en-GB").date(date)).isEqualTo("7 Mar 2026");
        assertThat(problems).isEmpty();
    }

    @Test
    void missingLabelsAreOneWarningNamingThem() {
        assertThat(LabelCatalog.missingMessage(List.of("toc"), "it"))
                .isEqualTo("label 'toc' is missing for language 'it'; the English text is used");
        assertThat(LabelCatalog.missingMessage(List.of("toc", "sources", "search"), "it"))
                .isEqualTo("3 labels are missing for language 'it': 'toc', 'sources' and 'search'; the English texts"
                        + " are used (the keys are those of the shipped English file)");
        assertThat(LabelCatalog.missingMessage(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j"), "pt"))
                .startsWith("10 labels are missing for language 'pt': 'a', 'b', 'c', 'd', 'e', 'f', 'g' and 3 more;");
    }
}
