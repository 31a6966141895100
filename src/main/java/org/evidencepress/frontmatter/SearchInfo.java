package org.evidencepress.frontmatter;

import java.util.List;

/** How the related literature was found. */
public record SearchInfo(String database, String corpus, List<String> queries) {
}
