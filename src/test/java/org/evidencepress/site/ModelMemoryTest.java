package org.evidencepress.site;

import org.evidencepress.content.ContentLoader;
import org.evidencepress.diagnostic.Diagnostic;
import org.evidencepress.frontmatter.FrontMatterParser;
import org.evidencepress.frontmatter.ParsedFile;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** serve keeps the site model while its inputs are the very same parse results. */
class ModelMemoryTest {
    private static final SiteModelBuilder.Selection SELECTION =
            new SiteModelBuilder.Selection(false, false, LocalDate.of(2026, 1, 1));

    @Test
    void theSameParseResultsGiveTheSameModelAndItsProblemsAgain() {
        SiteConfig config = SiteConfigParser.parse("title: T\nbaseUrl: https://example.org\n", new ArrayList<>());
        // Two reviews with one slug: the second is reported, in every build that keeps the model.
        List<ParsedFile> files = List.of(review("content/reviews/a.md", "Sleep", "same"),
                review("content/reviews/b.md", "Mood", "same"));
        ModelMemory memory = ModelMemory.remembering();
        List<Diagnostic> first = new ArrayList<>();
        SiteModel model = SiteModelBuilder.build(config, files, SELECTION, memory, first);
        assertThat(first).singleElement().satisfies(d -> assertThat(d.message()).contains("duplicate slug"));

        List<Diagnostic> again = new ArrayList<>();
        assertThat(SiteModelBuilder.build(config, List.copyOf(files), SELECTION, memory, again)).isSameAs(model);
        assertThat(again).isEqualTo(first);
    }

    @Test
    void aNewParseResultOrOtherSettingsBuildTheModelAgain() {
        SiteConfig config = SiteConfigParser.parse("title: T\nbaseUrl: https://example.org\n", new ArrayList<>());
        ParsedFile a = review("content/reviews/a.md", "Sleep", "a");
        ParsedFile b = review("content/reviews/b.md", "Mood", "b");
        ModelMemory memory = ModelMemory.remembering();
        SiteModel model = SiteModelBuilder.build(config, List.of(a, b), SELECTION, memory, new ArrayList<>());

        // Equal, but parsed again: the file changed, and only identity says it did not.
        SiteModel reparsed = SiteModelBuilder.build(config, List.of(a, review("content/reviews/b.md", "Mood", "b")),
                SELECTION, memory, new ArrayList<>());
        assertThat(reparsed).isNotSameAs(model).isEqualTo(model);

        SiteModel retitled = SiteModelBuilder.build(config, List.of(a, review("content/reviews/b.md", "Mood, again", "b")),
                SELECTION, memory, new ArrayList<>());
        assertThat(retitled.reviews()).extracting(ReviewEntry::title).contains("Mood, again");

        SiteConfig other = SiteConfigParser.parse("title: Other\nbaseUrl: https://example.org\n", new ArrayList<>());
        List<ParsedFile> same = List.of(a, b);
        SiteModel first = SiteModelBuilder.build(config, same, SELECTION, memory, new ArrayList<>());
        assertThat(SiteModelBuilder.build(other, same, SELECTION, memory, new ArrayList<>()).config().title())
                .isEqualTo("Other");
        assertThat(SiteModelBuilder.build(config, same, new SiteModelBuilder.Selection(false, false,
                LocalDate.of(2024, 1, 1)), memory, new ArrayList<>())).isNotSameAs(first);
    }

    @Test
    void aModelForOneBuildIsNotKept() {
        SiteConfig config = SiteConfigParser.parse("title: T\nbaseUrl: https://example.org\n", new ArrayList<>());
        List<ParsedFile> files = List.of(review("content/reviews/a.md", "Sleep", "a"));
        ModelMemory once = ModelMemory.forOneBuild();
        SiteModel model = SiteModelBuilder.build(config, files, SELECTION, once, new ArrayList<>());
        assertThat(SiteModelBuilder.build(config, files, SELECTION, once, new ArrayList<>())).isNotSameAs(model);
    }

    private static ParsedFile review(String path, String title, String slug) {
        String text = "---\ntitle: " + title + "\nslug: " + slug + "\ndate: 2025-05-10\nsummary: S.\ntags: [t]\n"
                + "study:\n  year: 2018\n  journal: J\n  population: Adults\n---\n\nBody.\n";
        List<Diagnostic> problems = new ArrayList<>();
        ParsedFile.WithBody parsed = FrontMatterParser.parseFile(
                ContentLoader.decode(path, text.getBytes(StandardCharsets.UTF_8)).source(), problems);
        assertThat(problems).isEmpty();
        return parsed.file();
    }
}
