package org.evidencepress.evidence;

import org.yaml.snakeyaml.nodes.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.evidencepress.evidence.Yaml.format;

/** Reads the {@code prisma} block and checks the arithmetic of the PRISMA 2020 flow (SPEC 9.1). */
final class PrismaParser {
    private static final List<String> KEYS = List.of("databases_and_registers", "other_methods", "included",
            "previous");
    private static final List<String> DB_KEYS = List.of("identified", "removed", "screened", "excluded", "sought",
            "not_retrieved", "assessed", "excluded_reports");
    private static final List<String> DB_REQUIRED = List.of("identified", "screened", "excluded", "sought",
            "not_retrieved", "assessed");
    private static final List<String> OTHER_KEYS = List.of("identified", "sought", "not_retrieved", "assessed",
            "excluded_reports");
    private static final List<String> OTHER_REQUIRED = List.of("identified", "sought", "not_retrieved", "assessed");
    private static final List<String> DB_SOURCES = List.of("databases", "registers");
    private static final List<String> OTHER_SOURCES = List.of("websites", "organisations", "citation_searching");
    private static final List<String> REMOVED = List.of("duplicates", "automation", "other");
    private static final List<String> STUDIES_REPORTS = List.of("studies", "reports");

    private final Yaml yaml;

    PrismaParser(Yaml yaml) {
        this.yaml = yaml;
    }

    Prisma parse(Node node) {
        Map<String, Node> f = yaml.mapping(node, "prisma", KEYS, List.of("databases_and_registers", "included"));
        if (f == null) {
            return null;
        }
        Node dbNode = f.get("databases_and_registers");
        Node otherNode = f.get("other_methods");
        ReadArm dbRead = dbNode == null ? ReadArm.NONE : arm(dbNode, "prisma.databases_and_registers", true);
        ReadArm otherRead = otherNode == null ? ReadArm.NONE : arm(otherNode, "prisma.other_methods", false);
        Prisma.Arm db = dbRead.arm();
        Prisma.Arm other = otherRead.arm();
        Node includedNode = f.get("included");
        Map<String, Node> included = includedNode == null ? null
                : yaml.mapping(includedNode, "prisma.included", STUDIES_REPORTS, STUDIES_REPORTS);
        Long studies = included == null ? null : yaml.count(included.get("studies"), "prisma.included.studies");
        Long reports = included == null ? null : yaml.count(included.get("reports"), "prisma.included.reports");
        Long previousStudies = null;
        Long previousReports = null;
        if (f.get("previous") != null) {
            Map<String, Node> previous = yaml.mapping(f.get("previous"), "prisma.previous", STUDIES_REPORTS,
                    STUDIES_REPORTS);
            if (previous != null) {
                previousStudies = yaml.count(previous.get("studies"), "prisma.previous.studies");
                previousReports = yaml.count(previous.get("reports"), "prisma.previous.reports");
            }
        }
        if (studies != null && reports != null && studies > reports) {
            yaml.error(included.get("studies"), "included studies is " + format(studies) + " but only "
                    + format(reports) + " reports are included; each study has at least one report");
        }
        // Checked whenever the arms' assessed and excluded reports are valid, whatever else in them is not.
        if (reports != null && dbRead.assessed() != null && (otherNode == null || otherRead.assessed() != null)) {
            long expectedReports = dbRead.assessed() - dbRead.excluded()
                    + (otherNode == null ? 0 : otherRead.assessed() - otherRead.excluded());
            if (reports != expectedReports) {
                String sum = "databases and registers " + format(dbRead.assessed()) + " assessed - "
                        + format(dbRead.excluded()) + " excluded"
                        + (otherNode == null ? "" : " + other methods " + format(otherRead.assessed()) + " assessed - "
                        + format(otherRead.excluded()) + " excluded");
                yaml.error(included.get("reports"), "included reports is " + format(reports) + " but " + sum + " = "
                        + format(expectedReports));
            }
        }
        if (db == null || (otherNode != null && other == null) || studies == null || reports == null) {
            return null;
        }
        if (f.get("previous") != null && (previousStudies == null || previousReports == null)) {
            return null;
        }
        return new Prisma(db, other, studies, reports, previousStudies, previousReports);
    }

    /**
     * An arm as read: the arm when all of it is valid, else null; and its assessed reports
     * and the total excluded of them when those are valid, for the included reports' check.
     */
    private record ReadArm(Prisma.Arm arm, Long assessed, long excluded) {
        static final ReadArm NONE = new ReadArm(null, null, 0);
    }

    private ReadArm arm(Node node, String name, boolean databases) {
        Map<String, Node> f = yaml.mapping(node, name, databases ? DB_KEYS : OTHER_KEYS,
                databases ? DB_REQUIRED : OTHER_REQUIRED);
        if (f == null) {
            return ReadArm.NONE;
        }
        List<Count> identified = counts(f.get("identified"), name + ".identified",
                databases ? DB_SOURCES : OTHER_SOURCES);
        List<Count> removed = databases && f.get("removed") != null
                ? counts(f.get("removed"), name + ".removed", REMOVED) : List.of();
        Long screened = databases ? yaml.count(f.get("screened"), name + ".screened") : null;
        Long excluded = databases ? yaml.count(f.get("excluded"), name + ".excluded") : null;
        Long sought = yaml.count(f.get("sought"), name + ".sought");
        Long notRetrieved = yaml.count(f.get("not_retrieved"), name + ".not_retrieved");
        Long assessed = yaml.count(f.get("assessed"), name + ".assessed");
        List<Count> excludedReports = f.get("excluded_reports") == null ? List.of()
                : reasons(f.get("excluded_reports"), name + ".excluded_reports");
        // Each check runs when the numbers it compares are valid, whatever else is wrong.
        if (databases && identified != null && removed != null && screened != null
                && screened != Count.total(identified) - Count.total(removed)) {
            yaml.error(f.get("screened"), "screened is " + format(screened) + " but identified "
                    + format(Count.total(identified)) + " - removed " + format(Count.total(removed)) + " = "
                    + format(Count.total(identified) - Count.total(removed)));
        }
        if (databases && screened != null && excluded != null && excluded > screened) {
            yaml.error(f.get("excluded"), "excluded is " + format(excluded) + " but only " + format(screened)
                    + " records were screened");
        } else if (databases && screened != null && excluded != null && sought != null && sought != screened - excluded) {
            yaml.warn(f.get("sought"), "sought is " + format(sought) + " but screened " + format(screened)
                    + " - excluded " + format(excluded) + " = " + format(screened - excluded)
                    + " (fine if some records led to several reports)");
        }
        if (!databases && identified != null && sought != null && sought > Count.total(identified)) {
            yaml.warn(f.get("sought"), "sought is " + format(sought) + " but only "
                    + format(Count.total(identified)) + " records were identified by other methods");
        }
        if (sought != null && notRetrieved != null && notRetrieved > sought) {
            yaml.error(f.get("not_retrieved"), "not retrieved is " + format(notRetrieved) + " but only "
                    + format(sought) + " reports were sought");
        } else if (assessed != null && sought != null && notRetrieved != null && assessed != sought - notRetrieved) {
            yaml.error(f.get("assessed"), "assessed is " + format(assessed) + " but sought " + format(sought)
                    + " - not retrieved " + format(notRetrieved) + " = " + format(sought - notRetrieved));
        }
        if (excludedReports != null && assessed != null && Count.total(excludedReports) > assessed) {
            yaml.error(f.get("excluded_reports"), "excluded reports add up to " + format(Count.total(excludedReports))
                    + " but only " + format(assessed) + " were assessed");
        }
        long excludedTotal = excludedReports == null ? 0 : Count.total(excludedReports);
        // More excluded than assessed is reported above; what it leaves to include means nothing.
        Long assessedReports = excludedReports == null || assessed == null || excludedTotal > assessed ? null : assessed;
        if (identified == null || removed == null || (databases && (screened == null || excluded == null))
                || sought == null || notRetrieved == null || assessed == null || excludedReports == null) {
            return new ReadArm(null, assessedReports, excludedTotal);
        }
        return new ReadArm(new Prisma.Arm(identified, removed, screened, excluded, sought, notRetrieved, assessed,
                excludedReports), assessed, excludedTotal);
    }

    /** {@code {key: n or [{name, n}], ...}} with keys from {@code known}. */
    private List<Count> counts(Node node, String name, List<String> known) {
        Map<String, Node> f = yaml.mapping(node, name, known, List.of());
        if (f == null) {
            return null;
        }
        List<Count> counts = new ArrayList<>();
        boolean ok = true;
        for (String key : known) {
            Node value = f.get(key);
            if (value == null) {
                continue;
            }
            String label = labelKey(key);
            if (value instanceof org.yaml.snakeyaml.nodes.SequenceNode) {
                List<Count> parts = named(value, name + "." + key, "name");
                if (parts == null) {
                    ok = false;
                } else {
                    counts.add(new Count(label, null, parts.stream().mapToLong(Count::n).sum(), parts));
                }
            } else {
                Long n = yaml.count(value, name + "." + key);
                if (n == null) {
                    ok = false;
                } else {
                    counts.add(new Count(label, null, n, List.of()));
                }
            }
        }
        return ok ? List.copyOf(counts) : null;
    }

    private List<Count> reasons(Node node, String name) {
        return named(node, name, "reason");
    }

    /** {@code [{<labelKey>: text, n: count}, ...]}. */
    private List<Count> named(Node node, String name, String labelKey) {
        List<Node> items = yaml.list(node, name);
        if (items == null) {
            return null;
        }
        List<Count> counts = new ArrayList<>();
        boolean ok = true;
        for (Node item : items) {
            Map<String, Node> f = yaml.mapping(item, name + "[]", List.of(labelKey, "n"), List.of(labelKey, "n"));
            String label = f == null ? null : yaml.text(f.get(labelKey), name + "[]." + labelKey);
            Long n = f == null ? null : yaml.count(f.get("n"), name + "[].n");
            if (label == null || n == null) {
                ok = false;
            } else {
                counts.add(new Count(null, label, n, List.of()));
            }
        }
        return ok ? List.copyOf(counts) : null;
    }

    /** The theme label of a template line: "Databases", "Duplicate records removed", ... */
    private static String labelKey(String key) {
        return key.equals("other") ? "prisma_removed_other" : "prisma_" + key;
    }
}
