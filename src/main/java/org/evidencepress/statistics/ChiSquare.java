package org.evidencepress.statistics;

/** The chi-square distribution's upper tail, R's {@code pchisq(x, df, lower.tail = FALSE)}. */
public final class ChiSquare {
    private ChiSquare() {
    }

    public static double upperTail(double x, int degreesOfFreedom) {
        if (degreesOfFreedom <= 0) {
            return Double.NaN;
        }
        return Gamma.regularizedUpper(degreesOfFreedom / 2.0, x / 2);
    }
}
