package org.evidencepress.statistics;

/**
 * Per-study effect sizes, computed as metafor's {@code escalc} does with its defaults
 * ({@code add = 1/2, to = "only0"}, {@code vtype = "LS"}). Inputs are assumed checked:
 * counts within range, group sizes positive, standard deviations positive.
 */
public final class EffectSizes {
    private static final double CORRECTION = 0.5;

    private EffectSizes() {
    }

    /** The measures computed from events and totals per arm. */
    public enum Binary { RR, OR, RD }

    /**
     * A study's RR, OR or RD from its 2x2 table; {@code null} for RR and OR when no
     * participant (or every participant) in both arms had the event, which carries no
     * information on a ratio (metafor's {@code drop00 = TRUE}; the Cochrane Handbook's
     * "not estimable"). RD keeps such studies, as metafor does by default.
     */
    public static Effect binary(Binary measure, long events1, long total1, long events2, long total2) {
        double a = events1;
        double b = total1 - events1;
        double c = events2;
        double d = total2 - events2;
        boolean noInformation = (a == 0 && c == 0) || (b == 0 && d == 0);
        if (noInformation && measure != Binary.RD) {
            return null;
        }
        if (a == 0 || b == 0 || c == 0 || d == 0) {
            a += CORRECTION;
            b += CORRECTION;
            c += CORRECTION;
            d += CORRECTION;
        }
        double n1 = a + b;
        double n2 = c + d;
        return switch (measure) {
            case RR -> new Effect(Math.log(a / n1) - Math.log(c / n2), 1 / a - 1 / n1 + 1 / c - 1 / n2);
            case OR -> new Effect(Math.log(a) + Math.log(d) - Math.log(b) - Math.log(c), 1 / a + 1 / b + 1 / c + 1 / d);
            case RD -> {
                double p1 = a / n1;
                double p2 = c / n2;
                yield new Effect(p1 - p2, p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2);
            }
        };
    }

    /** The raw mean difference, each arm with its own standard deviation. */
    public static Effect meanDifference(double mean1, double sd1, long n1, double mean2, double sd2, long n2) {
        return new Effect(mean1 - mean2, sd1 * sd1 / n1 + sd2 * sd2 / n2);
    }

    /**
     * Hedges' g: Cohen's d over the pooled SD times the exact small-sample correction
     * {@code c(m) = Γ(m/2) / (√(m/2) Γ((m-1)/2))}, {@code m = n1 + n2 - 2}, and the large-sample
     * variance {@code 1/n1 + 1/n2 + g²/(2(n1+n2))}; {@code null} when {@code m <= 1}.
     */
    public static Effect standardisedMeanDifference(double mean1, double sd1, long n1, double mean2, double sd2,
                                                    long n2) {
        double m = (double) n1 + n2 - 2;
        if (m <= 1) {
            return null;
        }
        double pooledSd = Math.sqrt(((n1 - 1) * sd1 * sd1 + (n2 - 1) * sd2 * sd2) / m);
        double g = hedgesCorrection(m) * (mean1 - mean2) / pooledSd;
        return new Effect(g, 1.0 / n1 + 1.0 / n2 + g * g / (2 * ((double) n1 + n2)));
    }

    static double hedgesCorrection(double m) {
        return Math.exp(Gamma.logGamma(m / 2) - Math.log(Math.sqrt(m / 2)) - Gamma.logGamma((m - 1) / 2));
    }

    /**
     * A reported estimate with its 95% CI. Ratios are taken on the log scale; the SE is
     * the CI's width over {@code 2 x 1.959964}, so an asymmetric CI is averaged.
     */
    public static Effect given(double estimate, double lower, double upper, boolean ratio) {
        double yi = ratio ? Math.log(estimate) : estimate;
        double width = ratio ? Math.log(upper) - Math.log(lower) : upper - lower;
        double se = width / (2 * Normal.Z_975);
        return new Effect(yi, se * se);
    }
}
