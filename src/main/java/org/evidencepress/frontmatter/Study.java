package org.evidencepress.frontmatter;

import java.util.List;

/** The "Study Overview" of a review: the study the review reports on. */
public record Study(int year, String organization, String journal, List<String> authors,
                    String population, String methods, String outcome, String results) {
}
