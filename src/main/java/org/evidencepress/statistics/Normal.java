package org.evidencepress.statistics;

/** The standard normal quantile every 95% interval uses. */
public final class Normal {
    /** {@code qnorm(0.975)} to double precision, as R computes it. */
    public static final double Z_975 = 1.959963984540054;

    private Normal() {
    }
}
