package org.evidencepress.evidence;

import java.util.List;

/**
 * The PRISMA 2020 flow: the databases-and-registers arm, the optional other-methods arm,
 * the new studies included and, for an updated review, those of the previous version.
 */
public record Prisma(Arm databases, Arm other, long includedStudies, long includedReports, Long previousStudies,
                     Long previousReports) {

    /**
     * One column of the template. The other-methods arm has no duplicates removed and no
     * screening of records, so {@code removed} is empty and {@code screened}/{@code excluded} null.
     */
    public record Arm(List<Count> identified, List<Count> removed, Long screened, Long excluded, long sought,
                      long notRetrieved, long assessed, List<Count> excludedReports) {
        public long identifiedTotal() {
            return Count.total(identified);
        }

        public long removedTotal() {
            return Count.total(removed);
        }

        public long excludedReportsTotal() {
            return Count.total(excludedReports);
        }
    }

    public boolean hasPrevious() {
        return previousStudies != null;
    }
}
