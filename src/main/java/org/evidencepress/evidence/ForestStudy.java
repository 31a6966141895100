package org.evidencepress.evidence;

import org.evidencepress.statistics.Effect;

/**
 * One study of a meta-analysis: what the author gave and what was computed from it.
 *
 * @param label  null until named from its source, when the author gave none and the source is not inline
 * @param effect null when the study carries no information on the measure (shown, not pooled)
 * @param weight its share of the pooled weight in %, null when not pooled
 */
public record ForestStudy(String label, SourceRef source, String anchor, ArmData treatment, ArmData control,
                          Given given, Effect effect, Double weight) {

    /** One arm: events and total for binary measures, or mean, SD and n for continuous ones. */
    public record ArmData(Long events, Long total, Double mean, Double sd, Long n) {
    }

    /** A reported estimate with its 95% CI, on the scale the author wrote it. */
    public record Given(double estimate, double lower, double upper) {
    }
}
