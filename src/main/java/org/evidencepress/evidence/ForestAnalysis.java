package org.evidencepress.evidence;

import org.evidencepress.statistics.Pooling;

import java.util.List;

/**
 * One meta-analysis with its computed results.
 *
 * @param measure  RR, OR, RD, MD, SMD or GIV as written
 * @param effect   the effect shown: the measure, or for GIV the given effect (HR, RR, OR, MD)
 * @param ratio    whether effects are ratios, pooled on the log scale and drawn on a log axis
 * @param favours  the author's two side labels, or empty for the theme's own
 * @param pooled   null when no study could be pooled
 */
public record ForestAnalysis(int number, String anchor, String outcome, String measure, String effect, boolean ratio,
                             Pooling.Model model, List<String> favours, List<ForestStudy> studies,
                             Pooling.Result pooled) {

    public static String anchorFor(int number) {
        return "meta-analysis-" + number;
    }
}
