package org.evidencepress.build;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What to build and how.
 *
 * @param output  the output folder, or null to write nothing ({@code check})
 * @param baseUrl overrides site.yaml's baseUrl when not null
 */
public record BuildOptions(Path source, Path output, boolean drafts, boolean future, String baseUrl, boolean strict,
                           LocalDate today) {
}
