package org.evidencepress.statistics;

/**
 * One study's effect on the analysis scale (log for ratios) and its sampling variance,
 * as metafor's {@code escalc} returns them ({@code yi}, {@code vi}).
 */
public record Effect(double yi, double vi) {
    public double se() {
        return Math.sqrt(vi);
    }

    public double lower() {
        return yi - Normal.Z_975 * se();
    }

    public double upper() {
        return yi + Normal.Z_975 * se();
    }
}
