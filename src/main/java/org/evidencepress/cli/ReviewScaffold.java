package org.evidencepress.cli;

import org.evidencepress.labels.Labels;

import java.time.LocalDate;

/** The skeleton {@code evpress new} writes: every field, commented, and the usual sections. */
final class ReviewScaffold {
    private ReviewScaffold() {
    }

    /** The skeleton with its section headings and sample text in the language of {@code words}. */
    static String text(String title, LocalDate today, Labels words) {
        String quoted = "\"" + title.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        return """
                ---
                title: %s    # required
                date: %s                # required, YYYY-MM-DD: publication date on the site
                kind: News                      # optional label above the title
                summary: >-                     # one plain-text paragraph: lede, list pages, meta description
                  What the new study found, and what the wider literature says about it.
                tags: []                        # e.g. [depression, immunology]
                draft: true                     # built only with --drafts until you set false
                key_points:                     # bullets under the lede; may cite like [@source1; @source2]
                  - The first thing a reader should take away [@source1].
                study:                          # the "Study Overview" table
                  year: %s                    # required, the study's publication year
                  organization: ""              # who did the research
                  journal: Journal name         # required
                  authors: []                   # e.g. [First Author, Second Author]
                  population: Who was studied   # required
                  methods: ""                   # e.g. Randomized controlled trial
                  outcome: ""                   # what was measured
                  results: ""                   # one sentence
                search:                         # optional: how related work was found
                  database: ""
                  corpus: ""
                  queries:
                    - first search query
                sources:                        # numbered 1, 2, ... in this order; cite with [@id]
                  - id: source1
                    title: Title of the cited work
                    authors: []
                    journal: ""
                    year: %s
                    doi: ""                     # e.g. 10.1038/nri.2015.5, shown as a doi.org link
                # language: de                  # optional: this review's language, when not the site's
                # extra:                        # optional: fields of your own, for your templates
                #   funding: ""
                ---

                ## %s

                %s [@source1].

                ## %s

                %s

                ## %s

                | %s | %s |
                |---|---|
                | %s | %s [@source1] |
                """.formatted(quoted, today, today.getYear(), today.getYear(),
                words.text("new_study_found"), words.text("new_study_text"), words.text("new_related"),
                words.text("new_related_text"), words.text("new_future"), words.text("new_question"),
                words.text("new_relevance"), words.text("new_open_question"), words.text("new_why"));
    }
}
