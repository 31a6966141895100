package org.evidencepress.cli;

import org.evidencepress.testing.Cli;
import org.evidencepress.testing.MiniSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A row of a meta-analysis or risk-of-bias table names its source as a citation does, a
 * bibliography entry included (SPEC 7 and 9), and cites it where the reader meets it: after
 * the body, the summary of findings' notes between the two tables.
 */
class EvidenceSourcesEndToEndTest {
    private static final String LIBRARY = """
            @article{alpha2020, author = {Alpha, John and Doe, Jane}, title = {Alpha trial}, journal = {Lancet}, year = {2020}}
            @article{vanderberg2019, author = {van der Berg, Jan}, title = {Berg trial}, journal = {BMJ}, year = {2019}}
            @article{gamma2018, author = {Gamma, Gus}, title = {Gamma review}, journal = {JAMA}, year = {2018}}
            @article{delta2017, author = {Delta, Dan}, title = {Delta trial}, journal = {NEJM}, year = {2017}}
            """;
    private static final String REVIEW = """
            ---
            title: Rows that cite
            date: 2026-01-01
            study: {year: 2020, journal: J, population: P}
            meta_analysis:
              - outcome: Relapse
                measure: RR
                studies:
                  - {source: alpha2020, treatment: {events: 12, total: 80}, control: {events: 25, total: 79}}
                  - {source: vanderberg2019, treatment: {events: 10, total: 80}, control: {events: 20, total: 79}}
            outcomes:
              - name: Relapse
                studies: 2
                participants: 318
                design: rct
                effect: {measure: RR, estimate: 0.5, ci: [0.3, 0.8]}
                certainty: high
                notes:
                  inconsistency: "Consistent [@delta2017]"
            risk_of_bias:
              tool: rob2
              studies:
                - {source: alpha2020, judgements: [low, low, low, low, low], overall: low}
                - {source: vanderberg2019, judgements: [low, low, low, low, low], overall: low}
            ---

            The body cites [@gamma2018].
            """;

    @TempDir
    Path dir;

    private Cli.Run build(String siteYaml, String review) {
        MiniSite.write(dir, "-- site.yaml --\nbaseUrl: https://example.org\nbibliography: refs.bib\n" + siteYaml
                + "-- refs.bib --\n" + LIBRARY + "-- content/reviews/a.md --\n" + review);
        return Cli.run("build", "--source", dir.toString());
    }

    private String page() throws IOException {
        return Files.readString(dir.resolve("site/reviews/a/index.html"));
    }

    /** The Sources entries as "N text", tags dropped. */
    private static List<String> entries(String html) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("<li class=\"source\" id=\"source-(\\d+)\">\\n(.*?)\\n").matcher(html);
        while (m.find()) {
            found.add(m.group(1) + " " + m.group(2).replaceAll("<[^>]+>", "").strip());
        }
        return found;
    }

    @Test
    void bibliographyEntriesNameAndNumberTheRowsCitingThem() throws IOException {
        Cli.Run run = build("", REVIEW);
        assertThat(run.diagnostics()).as(run.all()).isEmpty();
        String html = page();
        assertThat(entries(html)).containsExactly("1 Gus Gamma. Gamma review. JAMA, 2018.",
                "2 John Alpha, Jane Doe. Alpha trial. Lancet, 2020.", "3 Jan van der Berg. Berg trial. BMJ, 2019.",
                "4 Dan Delta. Delta trial. NEJM, 2017.");
        assertThat(html).contains("<a href=\"#source-2\">Alpha 2020</a>", "<a href=\"#source-3\">van der Berg 2019</a>");
    }

    @Test
    void aNumericStyleNumbersRowsAndNotesWhereThePageHasThem() throws IOException {
        Cli.Run run = build("csl: vancouver\n", REVIEW);
        assertThat(run.diagnostics()).as(run.all()).isEmpty();
        assertThat(entries(page())).containsExactly("1 Gamma G. Gamma review. JAMA. 2018;",
                "2 Alpha J, Doe J. Alpha trial. Lancet. 2020;", "3 van der Berg J. Berg trial. BMJ. 2019;",
                "4 Delta D. Delta trial. NEJM. 2017;");
    }

    @Test
    void aNotesCitationIsCheckedEvenWhenItsOutcomeHasOtherErrors() {
        Cli.Run run = build("", REVIEW.replace("participants: 318", "participants: -5")
                .replace("[@delta2017]", "[@delta2071]"));
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.diagnostics()).containsExactly(
                "content/reviews/a.md:14:19: error: 'outcomes[1].participants' is -5; it must be from 0 to"
                        + " 1,000,000,000,000",
                "content/reviews/a.md:19:35: error: unknown citation id '@delta2071': no source with id 'delta2071'"
                        + " in this review; did you mean '@delta2017'?");
    }

    @Test
    void anUnknownRowSourceIsAnErrorEvenWhenItsRowHasOthers() {
        Cli.Run run = build("", REVIEW.replace("{source: vanderberg2019, treatment: {events: 10,",
                "{source: vanderberg2091, treatment: {events: -1,"));
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.diagnostics()).containsExactly(
                "content/reviews/a.md:10:18: error: unknown source 'vanderberg2091': no source with id 'vanderberg2091'"
                        + " in this review; did you mean 'vanderberg2019'?",
                "content/reviews/a.md:10:54: error: 'meta_analysis[1].studies[2].treatment.events' is -1; it must be"
                        + " from 0 to 1,000,000,000,000");
    }

    /** A review is found by what its evidence sections are about and by its own authors, as by its headings. */
    @Test
    void theEvidenceSectionsAndTheReviewsAuthorsAreSearched() throws IOException {
        MiniSite.write(dir, "-- site.yaml --\ntitle: T\nbaseUrl: https://example.org\n"
                + "-- content/reviews/a.md --\n---\ntitle: Alpha\ndate: 2025-01-01\nauthor: [Quentin Zabriskie]\n"
                + "study: {year: 2020, journal: J, population: Adults}\n"
                + "meta_analysis:\n  - outcome: Quokkapox\n    measure: RR\n    model: fixed\n    studies:\n"
                + "      - {label: \"Aronson 1948\", treatment: {events: 4, total: 123}, control: {events: 11, total: 139}}\n"
                + "      - {label: \"Ferguson 1949\", treatment: {events: 6, total: 306}, control: {events: 29, total: 303}}\n"
                + "outcomes:\n  - name: Wombatitis\n    studies: 2\n    participants: 871\n    design: rct\n"
                + "    effect: {measure: RR, estimate: 0.3, ci: [0.15, 0.6]}\n    certainty: moderate\n"
                + "    downgrades: {risk_of_bias: 1}\n---\n\nText.\n");
        Cli.Run run = Cli.run("build", "--source", dir.toString());
        assertThat(run.exit()).as(run.all()).isZero();
        StringBuilder shards = new StringBuilder();
        try (var files = Files.list(dir.resolve("site/search/t"))) {
            for (Path shard : files.toList()) {
                shards.append(Files.readString(shard));
            }
        }
        assertThat(shards.toString()).contains("\"quokkapox\"", "\"wombatiti", "\"zabriskie\"");
    }
}
