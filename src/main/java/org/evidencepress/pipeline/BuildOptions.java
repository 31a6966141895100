package org.evidencepress.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What to build and how.
 *
 * @param output        the output folder, or null to write nothing ({@code check})
 * @param baseUrl       overrides site.yaml's baseUrl when not null
 * @param checkExternal also ask every external http(s) link whether it answers (network)
 */
public record BuildOptions(Path source, Path output, boolean drafts, boolean future, String baseUrl, boolean strict,
                           LocalDate today, boolean checkExternal) {

    /** A build that stays off the network, as every build is unless asked otherwise. */
    public BuildOptions(Path source, Path output, boolean drafts, boolean future, String baseUrl, boolean strict,
                        LocalDate today) {
        this(source, output, drafts, future, baseUrl, strict, today, false);
    }
}
