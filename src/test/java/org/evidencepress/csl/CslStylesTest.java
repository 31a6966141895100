package org.evidencepress.csl;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CslStylesTest {
    @TempDir
    Path dir;

    @Test
    void findsAnIndependentStyleById() {
        CslStyle apa = found(CslStyles.resolve("apa", dir));
        assertThat(apa.id()).isEqualTo("apa");
        assertThat(apa.xml()).contains("<id>http://www.zotero.org/styles/apa</id>");
        assertThat(apa.numeric()).isFalse();
        assertThat(apa.defaultLocale()).isNull();
    }

    @Test
    void vancouverIsTheNlmCitationSequenceStyleItWasRenamedTo() {
        CslStyle vancouver = found(CslStyles.resolve("vancouver", dir));
        assertThat(vancouver.id()).isEqualTo("vancouver");
        assertThat(vancouver.xml()).contains("<id>http://www.zotero.org/styles/nlm-citation-sequence</id>");
        assertThat(vancouver.numeric()).isTrue();
    }

    @Test
    void aDependentStyleGivesItsParentAndKeepsItsOwnLocale() {
        CslStyle journal = found(CslStyles.resolve("der-ophthalmologe", dir));
        assertThat(journal.id()).isEqualTo("der-ophthalmologe");
        assertThat(journal.xml())
                .contains("<id>http://www.zotero.org/styles/springer-fachzeitschriften-medizin-psychologie</id>");
        assertThat(journal.defaultLocale()).isEqualTo("de-DE");
    }

    @Test
    void readsAStyleFileByPathRelativeToTheBaseFolder() throws IOException {
        String nature = found(CslStyles.resolve("nature", dir)).xml();
        Files.createDirectories(dir.resolve("styles"));
        Files.writeString(dir.resolve("styles/house.csl"), nature);
        CslStyle house = found(CslStyles.resolve("styles/house.csl", dir));
        assertThat(house.id()).isEqualTo("house");
        assertThat(house.xml()).isEqualTo(nature);
        assertThat(house.numeric()).isTrue();
    }

    @Test
    void aDependentStyleFileResolvesItsParentFromTheRepository() throws IOException {
        Files.writeString(dir.resolve("journal.csl"), """
                <?xml version="1.0" encoding="utf-8"?>
                <style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" default-locale="en-GB">
                  <info>
                    <title>A journal</title>
                    <id>http://example.org/journal</id>
                    <link href="http://www.zotero.org/styles/apa" rel="independent-parent"/>
                    <updated>2024-01-01T00:00:00+00:00</updated>
                  </info>
                </style>
                """);
        CslStyle journal = found(CslStyles.resolve("journal.csl", dir));
        assertThat(journal.xml()).contains("<id>http://www.zotero.org/styles/apa</id>");
        assertThat(journal.defaultLocale()).isEqualTo("en-GB");
    }

    @Test
    void anUnknownIdSuggestsNearIds() {
        StyleLookup.Failed failed = failed(CslStyles.resolve("vancuover", dir));
        assertThat(failed.suggestions()).first().isEqualTo("vancouver");
        assertThat(failed.message()).isEqualTo("unknown CSL style \"vancuover\"; did you mean "
                + String.join(", ", failed.suggestions()) + "?");

        assertThat(failed(CslStyles.resolve("american-medical-asociation", dir)).suggestions())
                .first().isEqualTo("american-medical-association");
        assertThat(CslStyles.suggest("chicago-autor-date")).contains("chicago-author-date");
    }

    /** Ids the repository retired resolve as Zotero resolves them (its renamed-styles.json), not to a look-alike. */
    @Test
    void retiredIdsResolveToTheStylesThatReplacedThem() {
        for (String[] pair : new String[][] {{"chicago-note-bibliography", "chicago-shortened-notes-bibliography"},
                {"chicago-fullnote-bibliography", "chicago-notes-bibliography"}, {"harvard1", "harvard-cite-them-right"},
                {"apa5th", "apa"}, {"chicago-note-bibliography-with-ibid",
                "chicago-shortened-notes-bibliography-subsequent-ibid"}}) {
            assertThat(found(CslStyles.resolve(pair[0], dir)).xml()).as(pair[0])
                    .contains("<id>http://www.zotero.org/styles/" + pair[1] + "</id>");
        }
    }

    @Test
    void anIdThatIsNothingLikeAStyleSuggestsNothing() {
        StyleLookup.Failed failed = failed(CslStyles.resolve("qqqqqqqqqqqqqqqq", dir));
        assertThat(failed.suggestions()).isEmpty();
        assertThat(failed.message()).isEqualTo("unknown CSL style \"qqqqqqqqqqqqqqqq\"");
    }

    @Test
    void aMissingFileIsAnError() {
        StyleLookup.Failed failed = failed(CslStyles.resolve("missing.csl", dir));
        assertThat(failed.message()).startsWith("cannot read CSL style file " + dir.resolve("missing.csl"));
    }

    @Test
    void aFolderIsAnUnreadableFile() throws IOException {
        Files.createDirectories(dir.resolve("folder.csl"));
        assertThat(failed(CslStyles.resolve("folder.csl", dir)).message())
                .startsWith("cannot read CSL style file " + dir.resolve("folder.csl"));
    }

    @Test
    void aFileThatIsNotUtf8SaysWhereAndWhy() throws IOException {
        Files.write(dir.resolve("latin.csl"), "<style>\n  <title>Caf\u00e9</title>\n</style>\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThat(failed(CslStyles.resolve("latin.csl", dir)).message()).isEqualTo("CSL style file "
                + dir.resolve("latin.csl") + " is not UTF-8 text (byte 0xE9 at line 2, column 13): save it as UTF-8");
    }

    @Test
    void malformedXmlGivesItsPosition() throws IOException {
        Files.writeString(dir.resolve("broken.csl"), "<style>\n  <citation>\n</style>\n");
        assertThat(failed(CslStyles.resolve("broken.csl", dir)).message())
                .startsWith(dir.resolve("broken.csl") + " is not valid XML (line 3, column ");
    }

    @Test
    void xmlThatIsNotAStyleIsAnError() throws IOException {
        Files.writeString(dir.resolve("locale.csl"), "<locale xmlns=\"http://purl.org/net/xbiblio/csl\"/>");
        assertThat(failed(CslStyles.resolve("locale.csl", dir)).message())
                .isEqualTo(dir.resolve("locale.csl") + " is not a CSL style (its root element is <locale>, not <style>)");
    }

    @Test
    void listsTheWholeRepository() {
        assertThat(CslStyles.ids()).hasSizeGreaterThan(2000)
                .contains("apa", "nature", "american-medical-association", "der-ophthalmologe");
    }

    @Test
    void findsLocales() {
        assertThat(CslStyles.locale("en-US")).get().asString().contains("xml:lang=\"en-US\"");
        assertThat(CslStyles.locale("de")).get().asString().contains("xml:lang=\"de-DE\"");
        assertThat(CslStyles.locale("xx-YY")).isEmpty();
        assertThat(CslStyles.locale("../apa")).isEmpty();
    }

    private static CslStyle found(StyleLookup lookup) {
        assertThat(lookup).isInstanceOf(StyleLookup.Found.class);
        return ((StyleLookup.Found) lookup).style();
    }

    private static StyleLookup.Failed failed(StyleLookup lookup) {
        assertThat(lookup).isInstanceOf(StyleLookup.Failed.class);
        return (StyleLookup.Failed) lookup;
    }
}
