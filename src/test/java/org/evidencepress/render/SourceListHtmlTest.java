package org.evidencepress.render;

import org.evidencepress.diagnostic.Diagnostic;
import org.evidencepress.frontmatter.SourceDetails;
import org.evidencepress.frontmatter.SourceEntry;
import org.evidencepress.integrity.RetractionNotice;
import org.evidencepress.labels.LabelCatalog;
import org.evidencepress.labels.Labels;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Sources list made in Java is the markup review.ftlh made before, byte for byte: the
 * template it had is kept as the reference (test resources, source-list/templates), and both
 * render the same entries, of every shape the template told apart.
 */
class SourceListHtmlTest {
    private static final RetractionNotice RETRACTED = new RetractionNotice("Retraction", LocalDate.of(2021, 3, 4),
            "10.1016/S0140-6736(10)60175-4");
    private static final RetractionNotice CONCERN = new RetractionNotice("expression of concern",
            LocalDate.of(2019, 11, 2), null);

    @Test
    void everyShapeOfEntryIsWrittenAsTheTemplateWroteIt() throws Exception {
        for (String language : List.of("en", "de")) {
            Labels labels = labels(language);
            List<Views.SourceView> sources = sources(labels);
            assertThat(SourceListHtml.render(sources, labels) + "\n").as(language)
                    .isEqualTo(reference(sources, labels));
        }
    }

    @Test
    void aNoticesLabelIsTheThemesMacrosOwn() throws Exception {
        TemplateEngine engine = new TemplateEngine(referenceSite());
        for (String language : List.of("en", "fr")) {
            Labels labels = labels(language);
            for (RetractionNotice notice : List.of(RETRACTED, CONCERN)) {
                String href = notice.noticeHref() == null ? "" : notice.noticeHref();
                TemplateEngine.Result macro = engine.renderText("retraction-label.ftlh",
                        "<#import \"retraction-label.ftlh\" as r><@r.label n href/>",
                        Map.of("n", notice, "href", href, "labels", LabelView.of(labels)));
                assertThat(macro.failure()).isNull();
                assertThat(SourceListHtml.noticeLabel(notice, notice.noticeHref(), labels)).as(language)
                        .isEqualTo(new String(macro.utf8(), StandardCharsets.UTF_8));
            }
        }
        assertThat(SourceListHtml.noticeLabel(RETRACTED, RETRACTED.noticeHref(), labels("en")))
                .startsWith("<a class=\"retraction-label\" href=\"https://doi.org/10.1016/S0140-6736(10)60175-4\"")
                .contains("title=\"Retracted March 4, 2021: read the notice\"");
    }

    /** French puts a no-break space before the colon of the label's title, as elsewhere on its pages. */
    @Test
    void aNoticesTitleTakesTheLanguagesColon() throws Exception {
        assertThat(SourceListHtml.noticeLabel(RETRACTED, RETRACTED.noticeHref(), labels("fr")))
                .contains("title=\"Rétracté 4 mars 2021\u00a0: lire l’avis\"");
    }

    /**
     * A chapter's book is no journal: "In:", its editors, the book, its publisher and "pp." before
     * the pages, as Vancouver and AMA write one, where it read "Handbook, 2018; 123-145."
     */
    @Test
    void aChapterNamesItsBookEditorsAndPublisher() {
        SourceDetails fromLibrary = new SourceDetails("chapter", null, null, "123-145", "Oxford University Press",
                null, "references.bib", Map.of("editor", List.of(Map.of("family", "Brown", "given", "Alice"),
                        Map.of("family", "Green", "given", "Bob"))));
        SourceDetails inline = new SourceDetails("chapter", null, null, "7", "Springer", null, null, null);
        List<Views.SourceView> views = List.of(
                new Views.SourceView(new SourceEntry(1, "a", "Screening in primary care", List.of("John Smith"),
                        "Handbook of Diabetes Care", 2018, null, null, 1, 1, fromLibrary), List.of(), null, null, null),
                new Views.SourceView(new SourceEntry(2, "b", "Exercise", List.of("Kate Jones"), "Metabolic Medicine",
                        2017, null, null, 1, 1, inline), List.of(), null, null, null));
        assertThat(SourceListHtml.render(views, labels("en")).replaceAll("<[^>]+>", "")).contains(
                "John Smith. Screening in primary care. In: Alice Brown, Bob Green, eds. Handbook of Diabetes Care."
                        + " Oxford University Press, 2018; pp. 123-145.",
                "Kate Jones. Exercise. In: Metabolic Medicine. Springer, 2017; p. 7.");
        assertThat(SourceListHtml.render(views.subList(0, 1), labels("de")).replaceAll("<[^>]+>", "")).contains(
                "In: Alice Brown, Bob Green, Hrsg. Handbook of Diabetes Care. Oxford University Press, 2018; S. 123-145.");
    }

    private static String reference(List<Views.SourceView> sources, Labels labels) throws Exception {
        TemplateEngine.Result result = new TemplateEngine(referenceSite()).render("reference.ftlh",
                Map.of("page", Map.of("sources", sources), "labels", LabelView.of(labels)));
        Diagnostic failure = result.failure();
        assertThat(failure).as(String.valueOf(failure)).isNull();
        return new String(result.utf8(), StandardCharsets.UTF_8);
    }

    private static Path referenceSite() throws URISyntaxException {
        return Path.of(SourceListHtmlTest.class.getResource("/source-list/templates/reference.ftlh").toURI())
                .getParent().getParent();
    }

    private static Labels labels(String language) {
        return LabelCatalog.load(Path.of("no-site"), List.of(language), new ArrayList<>()).of(language);
    }

    /** Entries of every shape the template told apart, with text that needs escaping. */
    private static List<Views.SourceView> sources(Labels labels) {
        SourceDetails volume = new SourceDetails(null, "12", "3", "45-67", null, null, null, null);
        SourceDetails book = new SourceDetails("book", null, null, null, "Oxford University Press", null, null, null);
        SourceDetails edited = new SourceDetails("book", null, null, "1-20", "Wiley", null, "references.json",
                Map.of("title", "Effects of <i>E. coli</i> & \"others\"", "editor",
                        List.of(Map.of("family", "Higgins", "given", "Julian P. T."),
                                Map.of("family", "Green", "given", "Sally"))));
        SourceDetails oneEditor = new SourceDetails("book", "2", null, null, null, null, "references.json",
                Map.of("editor", List.of(Map.of("family", "Moher", "given", "David"))));
        List<SourceEntry> entries = List.of(
                new SourceEntry(1, "a", "Aspirin & the heart", List.of("Smith J", "O'Brien K"), "BMJ", 2020,
                        "10.1136/bmj.m1", "https://example.org/a?x=1&y=<2>", 1, 1, volume),
                new SourceEntry(2, "b", "Does it work?", List.of("Jones A."), null, 2019, "10.1000/b",
                        "https://doi.org/10.1000/b", 1, 1, book),
                new SourceEntry(3, "c", "A report without a year", List.of(), null, null, null,
                        "https://example.org/report", 1, 1, SourceDetails.NONE),
                new SourceEntry(4, "d", "Handbook.", List.of(), null, 2008, null, null, 1, 1, edited),
                new SourceEntry(5, "e", "Guidance!", List.of(), null, null, null, null, 1, 1, oneEditor),
                new SourceEntry(6, "f", "Only a volume", List.of("Lee C"), null, null, null, null, 1, 1, volume),
                new SourceEntry(7, "g", "Retracted trial", List.of("Wakefield AJ"), "Lancet", 1998,
                        "10.1016/S0140-6736(97)11096-0", null, 1, 1, SourceDetails.NONE),
                new SourceEntry(8, "h", "Concerning study", List.of(), "Journal of Things", null, null, null, 1, 1,
                        SourceDetails.NONE),
                new SourceEntry(9, "i", "Styled", List.of("Doe J"), "Styled Journal", 2001, null, null, 1, 1,
                        SourceDetails.NONE),
                new SourceEntry(10, "j", "Styled and retracted", List.of("Roe R"), null, 2002, "10.1000/j", null, 1,
                        1, SourceDetails.NONE));
        List<List<String>> backrefs = List.of(List.of("cite-1"), List.of("cite-2", "cite-5", "cite-9"), List.of(),
                List.of("cite-3"), List.of(), List.of("cite-4", "cite-\"6\""), List.of("cite-7"), List.of("cite-8"),
                List.of("cite-10"), List.of());
        List<Views.SourceView> views = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            RetractionNotice notice = i == 6 || i == 9 ? RETRACTED : i == 7 ? CONCERN : null;
            String styled = i >= 8 ? "Doe J. <i>Styled</i>. 2001 &amp; more." : null;
            views.add(new Views.SourceView(entries.get(i), backrefs.get(i), notice, styled,
                    notice == null ? null : SourceListHtml.noticeLabel(notice, notice.noticeHref(), labels)));
        }
        return views;
    }
}
