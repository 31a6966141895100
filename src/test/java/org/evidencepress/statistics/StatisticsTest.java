package org.evidencepress.statistics;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Properties that hold whatever R says: edge cases of the pure functions. */
class StatisticsTest {

    @Test
    void givenRatioEstimatesAreLoggedWithTheSeFromTheirCi() {
        Effect e = EffectSizes.given(0.82, 0.70, 0.96, true);
        assertThat(e.yi()).isCloseTo(Math.log(0.82), within(1e-15));
        assertThat(e.se()).isCloseTo((Math.log(0.96) - Math.log(0.70)) / (2 * 1.959964), within(1e-6));
    }

    @Test
    void aSingleStudyPoolsToItselfWithoutHeterogeneity() {
        Pooling.Result r = Pooling.pool(List.of(new Effect(0.3, 0.04)), Pooling.Model.RANDOM);
        assertThat(r.estimate()).isEqualTo(0.3);
        assertThat(r.tau2()).isZero();
        assertThat(r.i2()).isZero();
        assertThat(r.p()).isNaN();
        assertThat(r.weightsPercent()).containsExactly(100.0);
    }

    @Test
    void identicalStudiesHaveNoHeterogeneity() {
        Pooling.Result r = Pooling.pool(List.of(new Effect(1, 1), new Effect(1, 1)), Pooling.Model.RANDOM);
        assertThat(r.q()).isZero();
        assertThat(r.p()).isEqualTo(1.0);
        assertThat(r.i2()).isZero();
    }

    @Test
    void aVarianceThatDwarfsTheOtherLeavesTau2Finite() {
        // Mean differences of 10^6 (SDs of 10^5, two per arm) and 1 (SDs of 10^-4, a hundred per arm).
        double v1 = 1e10;
        double v2 = 2e-10;
        Pooling.Result r = Pooling.pool(List.of(new Effect(1e6, v1), new Effect(1, v2)), Pooling.Model.RANDOM);
        double w1 = 1 / v1;
        double w2 = 1 / v2;
        // sum(w) - sum(w²)/sum(w) is 2·w1·w2/(w1 + w2) for two studies; as a difference it is 0 in doubles.
        assertThat(r.tau2()).isCloseTo((r.q() - 1) * (w1 + w2) / (2 * w1 * w2), within(1.0));
        assertThat(r.tau2()).isCloseTo(4.95e11, within(1e9));
        assertThat(r.weightsPercent()).allSatisfy(w -> assertThat(w).isBetween(49.0, 51.0));
        assertThat(r.lower()).isFinite();
        assertThat(r.upper()).isFinite();
    }

    @Test
    void chiSquareTailsMatchKnownQuantiles() {
        // 3.841459 is the 95% quantile of chi-square with 1 df; 18.307038 with 10 df.
        assertThat(ChiSquare.upperTail(3.841459, 1)).isCloseTo(0.05, within(1e-7));
        assertThat(ChiSquare.upperTail(18.307038, 10)).isCloseTo(0.05, within(1e-7));
        assertThat(ChiSquare.upperTail(0, 4)).isEqualTo(1.0);
    }

    @Test
    void doubleZeroStudiesCarryNoRatioButKeepARiskDifference() {
        assertThat(EffectSizes.binary(EffectSizes.Binary.OR, 0, 10, 0, 12)).isNull();
        assertThat(EffectSizes.binary(EffectSizes.Binary.RR, 10, 10, 12, 12)).isNull();
        Effect rd = EffectSizes.binary(EffectSizes.Binary.RD, 0, 10, 0, 12);
        assertThat(rd.yi()).isCloseTo(0.5 / 11 - 0.5 / 13, within(1e-15));
        assertThat(rd.vi()).isPositive();
    }

    @Test
    void hedgesCorrectionApproachesOneAndNeedsTwoDegreesOfFreedom() {
        assertThat(EffectSizes.hedgesCorrection(1e6)).isCloseTo(1.0, within(1e-6));
        assertThat(EffectSizes.standardisedMeanDifference(1, 1, 1, 0, 1, 2)).isNull();
    }
}
