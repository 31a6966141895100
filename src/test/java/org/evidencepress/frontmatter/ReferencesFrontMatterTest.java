package org.evidencepress.frontmatter;

import org.evidencepress.content.SourceKind;
import org.evidencepress.content.SourceText;
import org.evidencepress.diagnostic.Diagnostic;
import org.evidencepress.site.SiteConfig;
import org.evidencepress.site.SiteConfigParser;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** bibliography:, nocite: and csl: in front matter and site.yaml, and the new fields of inline sources. */
class ReferencesFrontMatterTest {
    private static final String PATH = "content/reviews/a.md";
    private final List<Diagnostic> problems = new ArrayList<>();

    private FrontMatter parse(String extra, String sourceFields) {
        String text = "---\ntitle: T\ndate: 2026-01-02\nstudy:\n  year: 2020\n  journal: J\n  population: P\n"
                + extra + "sources:\n  - id: a\n    title: A\n" + sourceFields + "---\nBody [@a].\n";
        ParsedFile.WithBody parsed = FrontMatterParser.parseFile(new SourceText(PATH, SourceKind.REVIEW, text),
                problems);
        return parsed == null ? null : parsed.file().front();
    }

    private List<String> reported() {
        return problems.stream().map(Diagnostic::format).toList();
    }

    @Test
    void referencesKeepTheirValuesAndPositions() {
        FrontMatter front = parse("bibliography: [refs/a.bib, \"refs/b.ris\"]\nnocite: ['@x', y]\ncsl: apa\n", "");

        assertThat(reported()).isEmpty();
        assertThat(front.references()).isEqualTo(new References(
                List.of(new References.Ref("refs/a.bib", 8, 16), new References.Ref("refs/b.ris", 8, 29)),
                List.of(new References.Ref("x", 9, 11), new References.Ref("y", 9, 16)),
                new References.Ref("apa", 10, 6)));
    }

    /** Pandoc's form: one text of keys, as Quarto and R Markdown authors write it, and "@*" for every entry. */
    @Test
    void aNociteTextHoldsSeveralKeysEachAtItsColumn() {
        assertThat(parse("nocite: \"@x, @y; z\"\n", "").references().nocite()).containsExactly(
                new References.Ref("x", 8, 10), new References.Ref("y", 8, 14), new References.Ref("z", 8, 18));
        assertThat(parse("nocite: |\n  @x, @y\n  @*\n", "").references().nocite()).containsExactly(
                new References.Ref("x", 8, 9), new References.Ref("y", 8, 9), new References.Ref("*", 8, 9));
        assertThat(reported()).isEmpty();
    }

    @Test
    void aSingleBibliographyPathAndNoReferencesAtAll() {
        assertThat(parse("bibliography: refs/one.json\n", "").references().bibliography())
                .containsExactly(new References.Ref("refs/one.json", 8, 15));
        assertThat(parse("", "").references()).isSameAs(References.NONE);
    }

    @Test
    void wrongShapesAreErrorsAtTheirNode() {
        parse("bibliography: {a: b}\nnocite: [[x]]\ncsl: [apa]\n", "");

        assertThat(reported()).containsExactlyInAnyOrder(
                "content/reviews/a.md:8:15: error: 'bibliography' must be text or a list, e.g. [first, second]",
                "content/reviews/a.md:9:10: error: each item of 'nocite' must be text",
                "content/reviews/a.md:10:6: error: 'csl' must be a style id such as 'vancouver' or a path to a .csl file");
    }

    @Test
    void inlineSourcesTakeCslFields() {
        FrontMatter front = parse("", "    type: chapter\n    volume: \"2\"\n    issue: 3\n    pages: 10-19\n"
                + "    publisher: Wiley\n    accessed: 2026-01-05\n");

        assertThat(reported()).isEmpty();
        assertThat(front.sources().get(0).details()).isEqualTo(
                new SourceDetails("chapter", "2", "3", "10-19", "Wiley", "2026-01-05", null, null));
        assertThat(front.sources().get(0).details().volumeIssuePages()).isEqualTo("2(3):10-19");
    }

    @Test
    void anUnknownTypeOrABadAccessDateIsAnError() {
        parse("", "    type: article-jounral\n    accessed: last week\n");

        assertThat(reported()).containsExactly(
                "content/reviews/a.md:11:11: error: unknown source type 'article-jounral'; did you mean 'article-journal'?",
                "content/reviews/a.md:12:15: error: 'sources[].accessed' is not a valid date: \"last week\" (expected YYYY-MM-DD)");
    }

    @Test
    void siteYamlTakesBibliographyAndCsl() {
        SiteConfig config = SiteConfigParser.parse("title: X\nbibliography:\n  - references/library.bib\ncsl: vancouver\n",
                problems);

        assertThat(reported()).isEmpty();
        assertThat(config.references()).isEqualTo(new References(
                List.of(new References.Ref("references/library.bib", 3, 5)), List.of(),
                new References.Ref("vancouver", 4, 6)));
        assertThat(SiteConfigParser.parse("title: X\n", problems).references()).isSameAs(References.NONE);
    }
}
