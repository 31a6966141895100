package org.evidencepress.statistics;

import java.util.List;

/**
 * Inverse-variance pooling as metafor's {@code rma(method = "FE")} and
 * {@code rma(method = "DL")} compute it: Cochran's Q with its chi-square p-value, the
 * DerSimonian-Laird τ² (zero for the fixed-effect model), I² and the pooled estimate.
 */
public final class Pooling {
    private Pooling() {
    }

    public enum Model { FIXED, RANDOM }

    /**
     * @param weightsPercent each study's share of the total weight of the chosen model, in %
     * @param p              Q's upper-tail p-value on k - 1 degrees of freedom (NaN for one study)
     */
    public record Result(Model model, int k, double estimate, double se, double lower, double upper, double q,
                         double p, double i2, double tau2, List<Double> weightsPercent) {
    }

    /** Pools effects with finite, positive variances; at least one. */
    public static Result pool(List<Effect> effects, Model model) {
        int k = effects.size();
        if (k == 0) {
            throw new IllegalArgumentException("no effects to pool");
        }
        double sumW = 0;
        double sumWy = 0;
        // DerSimonian-Laird's denominator, sum(w) - sum(w²)/sum(w), as 2·sum over pairs i < j
        // of w_i·w_j / sum(w): the same number, but a sum of positive terms. Written as the
        // difference it cancels to zero when one study's weight dwarfs the others' (an SD
        // of 0.0001 beside one of 100,000), and τ² came out infinite and every weight NaN.
        double pairs = 0;
        for (Effect e : effects) {
            double w = 1 / e.vi();
            pairs += w * sumW;
            sumW += w;
            sumWy += w * e.yi();
        }
        double fixed = sumWy / sumW;
        double q = 0;
        for (Effect e : effects) {
            double r = e.yi() - fixed;
            q += r * r / e.vi();
        }
        int df = k - 1;
        double tau2 = 0;
        if (model == Model.RANDOM && df > 0) {
            tau2 = Math.max(0, (q - df) / (2 * pairs / sumW));
        }
        double i2 = df > 0 && q > 0 ? Math.max(0, 100 * (q - df) / q) : 0;
        double totalW = 0;
        double totalWy = 0;
        double[] w = new double[k];
        for (int i = 0; i < k; i++) {
            Effect e = effects.get(i);
            w[i] = 1 / (e.vi() + tau2);
            totalW += w[i];
            totalWy += w[i] * e.yi();
        }
        double estimate = totalWy / totalW;
        double se = Math.sqrt(1 / totalW);
        Double[] percent = new Double[k];
        for (int i = 0; i < k; i++) {
            percent[i] = 100 * w[i] / totalW;
        }
        return new Result(model, k, estimate, se, estimate - Normal.Z_975 * se, estimate + Normal.Z_975 * se, q,
                df > 0 ? ChiSquare.upperTail(q, df) : Double.NaN, i2, tau2, List.of(percent));
    }
}
