package org.evidencepress.statistics;

/**
 * The log-gamma function and the regularized upper incomplete gamma function, enough for
 * chi-square tail probabilities. Written out rather than taken from a library so that this
 * package stays free of dependencies; checked against R in the tests.
 */
final class Gamma {
    /** Lanczos coefficients for g = 607/128, n = 15 (Godfrey), accurate to about 1e-15. */
    private static final double G = 607.0 / 128.0;
    private static final double[] LANCZOS = {
        0.99999999999999709182, 57.156235665862923517, -59.597960355475491248, 14.136097974741747174,
        -0.49191381609762019978, .33994649984811888699e-4, .46523628927048575665e-4, -.98374475304879564677e-4,
        .15808870322491248884e-3, -.21026444172410488319e-3, .21743961811521264320e-3, -.16431810653676389022e-3,
        .84418223983852743293e-4, -.26190838401581408670e-4, .36899182659531622704e-5,
    };
    private static final double HALF_LOG_2_PI = 0.5 * Math.log(2 * Math.PI);
    private static final double EPSILON = 1e-16;
    private static final int MAX_ITERATIONS = 100_000;

    private Gamma() {
    }

    /** log Γ(x) for x > 0. */
    static double logGamma(double x) {
        if (x < 0.5) {
            // Reflection keeps the Lanczos sum in its accurate range.
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
        }
        double sum = LANCZOS[0];
        for (int i = 1; i < LANCZOS.length; i++) {
            sum += LANCZOS[i] / (x - 1 + i);
        }
        double t = x - 0.5 + G;
        return HALF_LOG_2_PI + (x - 0.5) * Math.log(t) - t + Math.log(sum);
    }

    /**
     * Q(a, x) = Γ(a, x) / Γ(a): the series for P when x < a + 1 (then Q = 1 - P), the
     * continued fraction (modified Lentz) otherwise, so that tiny upper tails keep their digits.
     */
    static double regularizedUpper(double a, double x) {
        if (x <= 0) {
            return 1;
        }
        double logPrefix = a * Math.log(x) - x - logGamma(a);
        if (x < a + 1) {
            double term = 1 / a;
            double sum = term;
            for (int n = 1; n < MAX_ITERATIONS; n++) {
                term *= x / (a + n);
                sum += term;
                if (Math.abs(term) < Math.abs(sum) * EPSILON) {
                    break;
                }
            }
            return Math.max(0, 1 - sum * Math.exp(logPrefix));
        }
        double tiny = 1e-300;
        double b = x + 1 - a;
        double c = 1 / tiny;
        double d = 1 / b;
        double h = d;
        for (int n = 1; n < MAX_ITERATIONS; n++) {
            double an = -n * (n - a);
            b += 2;
            d = an * d + b;
            if (Math.abs(d) < tiny) {
                d = tiny;
            }
            c = b + an / c;
            if (Math.abs(c) < tiny) {
                c = tiny;
            }
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < EPSILON) {
                break;
            }
        }
        return Math.exp(logPrefix) * h;
    }
}
