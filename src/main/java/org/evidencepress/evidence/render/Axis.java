package org.evidencepress.evidence.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A forest plot's horizontal scale: log for ratios, linear otherwise, always showing the
 * line of no effect, with "nice" ticks (1-2-5 steps) and a bounded range so one extreme
 * study cannot squash the rest (its CI is then drawn running off the edge).
 */
final class Axis {
    /** Ratios are drawn between 1/1000 and 1000; beyond that a CI runs off the axis. */
    private static final double RATIO_LIMIT = 1000;

    final boolean log;
    final double min;
    final double max;
    final List<Double> ticks;

    private Axis(boolean log, double min, double max, List<Double> ticks) {
        this.log = log;
        this.min = min;
        this.max = max;
        this.ticks = ticks;
    }

    private static boolean isPowerOfTen(double t) {
        double l = Math.log10(t);
        return Math.abs(l - Math.rint(l)) < 1e-9;
    }

    /** A scale covering {@code values} (on the ratio or difference scale, not logged) and the null. */
    static Axis covering(boolean ratio, List<Double> values) {
        if (ratio) {
            double lo = 1;
            double hi = 1;
            for (double v : values) {
                if (Double.isFinite(v) && v > 0) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
            lo = Math.max(lo, 1 / RATIO_LIMIT);
            hi = Math.min(hi, RATIO_LIMIT);
            List<Double> candidates = new ArrayList<>();
            for (int e = -3; e <= 2; e++) {
                for (double m : new double[] {1, 2, 5}) {
                    candidates.add(m * Math.pow(10, e));
                }
            }
            candidates.add(1000.0);
            double start = 1;
            double end = 1;
            for (double c : candidates) {
                if (c <= lo * 1.0000001) {
                    start = c;
                }
            }
            for (int i = candidates.size() - 1; i >= 0; i--) {
                if (candidates.get(i) >= hi / 1.0000001) {
                    end = candidates.get(i);
                }
            }
            if (start == end) {
                start = 0.5;
                end = 2;
            }
            List<Double> ticks = new ArrayList<>();
            for (double c : candidates) {
                if (c >= start / 1.0000001 && c <= end * 1.0000001) {
                    ticks.add(c);
                }
            }
            // Too many ticks crowd the axis: keep the powers of ten and the ends.
            if (ticks.size() > 7) {
                List<Double> fewer = new ArrayList<>();
                for (double t : ticks) {
                    if (isPowerOfTen(t) || t == start || t == end) {
                        fewer.add(t);
                    }
                }
                ticks = fewer;
            }
            Axis axis = new Axis(true, start, end, List.of());
            // An end tick right beside its neighbour would print over it: the one that is not a
            // power of ten goes, so that 1, the line of no effect, always keeps its label.
            List<Double> spaced = new ArrayList<>(ticks);
            if (spaced.size() > 2 && axis.fraction(spaced.get(1)) - axis.fraction(spaced.get(0)) < 0.2) {
                spaced.remove(isPowerOfTen(spaced.get(0)) && !isPowerOfTen(spaced.get(1)) ? 1 : 0);
            }
            int last = spaced.size() - 1;
            if (last > 1 && axis.fraction(spaced.get(last)) - axis.fraction(spaced.get(last - 1)) < 0.2) {
                spaced.remove(isPowerOfTen(spaced.get(last)) && !isPowerOfTen(spaced.get(last - 1)) ? last - 1 : last);
            }
            ticks = spaced;
            return new Axis(true, start, end, List.copyOf(ticks));
        }
        double lo = 0;
        double hi = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (lo == hi) {
            lo = -1;
            hi = 1;
        }
        double step = niceStep((hi - lo) / 5);
        double start = Math.floor(lo / step) * step;
        double end = Math.ceil(hi / step) * step;
        List<Double> ticks = new ArrayList<>();
        for (int i = 0; start + i * step <= end + step * 1e-9 && i < 50; i++) {
            double t = start + i * step;
            ticks.add(Math.abs(t) < step * 1e-9 ? 0 : t);
        }
        return new Axis(false, start, end, List.copyOf(ticks));
    }

    private static double niceStep(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double f = rough / power;
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
        return nice * power;
    }

    /** The position of {@code value} between 0 (min) and 1 (max), not clamped. */
    double fraction(double value) {
        if (log) {
            return (Math.log(value) - Math.log(min)) / (Math.log(max) - Math.log(min));
        }
        return (value - min) / (max - min);
    }

    double nullValue() {
        return log ? 1 : 0;
    }

    static String tickLabel(double t) {
        if (t == Math.rint(t) && Math.abs(t) < 1e15) {
            return Text.grouped(Text.decimal(t, 0));
        }
        String s = new java.math.BigDecimal(t).round(new java.math.MathContext(3)).stripTrailingZeros()
                .toPlainString();
        return Text.grouped(s.replace('-', '−'));
    }
}
