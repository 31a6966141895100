package org.evidencepress.evidence;

import java.util.List;
import java.util.Set;

/** The effect measures the evidence blocks know. */
final class Measures {
    static final List<String> ANALYSIS = List.of("RR", "OR", "RD", "MD", "SMD", "GIV");
    static final List<String> GIVEN = List.of("HR", "RR", "OR", "MD");
    static final List<String> OUTCOME = List.of("RR", "OR", "HR", "RD", "MD", "SMD");
    static final Set<String> RATIOS = Set.of("RR", "OR", "HR");

    private Measures() {
    }
}
