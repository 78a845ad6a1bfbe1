package dev.northbound.scoring.toolkit.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.northbound.scoring.core.InvalidInputException;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StabilityTest {

  private static final double[] BASELINE = {1, 2, 3, 4};

  @Test
  void psi_twoBins() {
    // Cut at 3: baseline .5/.5, current {1,1,1,5} .75/.25.
    // PSI = (.75-.5) ln(1.5) + (.25-.5) ln(.5) = .25 (ln 1.5 + ln 2) = .25 ln 3 = 0.274653.
    StabilityIndex psi = Stability.psi(BASELINE, new double[] {1, 1, 1, 5}, ScoreBands.of(3));
    assertThat(psi.value()).isCloseTo(0.25 * Math.log(3), within(1e-15));
    assertThat(psi.band()).isEqualTo(StabilityBand.SHIFTED);
    assertThat(psi.bins()).containsExactly(
        new StabilityBin("[-inf, 3.0)", 2, 3, 0.5, 0.75, 0.25 * Math.log(1.5)),
        new StabilityBin("[3.0, +inf)", 2, 1, 0.5, 0.25, 0.25 * Math.log(2)));
  }

  @Test
  void psi_emptyBinUsesEpsilon() {
    // Current {1,1,1,1} leaves [3,+inf) empty: its share is taken as 1e-4.
    // PSI = (1-.5) ln 2 + (1e-4 - .5) ln(1e-4 / .5) = .346574 + 4.257745 = 4.604318.
    StabilityIndex psi = Stability.psi(BASELINE, new double[] {1, 1, 1, 1}, ScoreBands.of(3));
    assertThat(psi.value()).isCloseTo(4.60431846666895, within(1e-12));
    assertThat(psi.bins().get(1).currentShare()).isEqualTo(Stability.EMPTY_BIN_SHARE);
  }

  @Test
  void psi_identicalDistributionsIsZero() {
    assertThat(Stability.psi(BASELINE, BASELINE).value()).isEqualTo(0.0);
  }

  @Test
  void band_edges() {
    assertThat(StabilityBand.of(0.0999)).isEqualTo(StabilityBand.STABLE);
    assertThat(StabilityBand.of(0.10)).isEqualTo(StabilityBand.WATCH);
    assertThat(StabilityBand.of(0.25)).isEqualTo(StabilityBand.WATCH);
    assertThat(StabilityBand.of(0.2501)).isEqualTo(StabilityBand.SHIFTED);
  }

  @Test
  void csi_categoricalCodes() {
    // Codes 1,1,2,2 vs 1,2,2,2: shares .5/.5 vs .25/.75;
    // CSI = (.25-.5) ln(.5) + (.75-.5) ln(1.5) = .25 ln 3, as above.
    StabilityIndex csi = Stability.csi(new int[] {1, 1, 2, 2}, new int[] {1, 2, 2, 2});
    assertThat(csi.value()).isCloseTo(0.25 * Math.log(3), within(1e-15));
    assertThat(csi.bins()).extracting(StabilityBin::label).containsExactly("code 1", "code 2");
  }

  @Test
  void monthly_oneIndexPerMonthInOrder() {
    // 202402 scores {1,2,3,4} match the baseline (PSI 0); 202401 scores {1,1,1,5} give .25 ln 3.
    List<MonthlyStability> months = Stability.monthly(BASELINE,
        new int[] {202402, 202401, 202402, 202401, 202402, 202401, 202402, 202401},
        new double[] {1, 1, 2, 1, 3, 1, 4, 5}, ScoreBands.of(3));
    assertThat(months).extracting(MonthlyStability::month)
        .containsExactly(YearMonth.of(2024, 1), YearMonth.of(2024, 2));
    assertThat(months.get(0).index().value()).isCloseTo(0.25 * Math.log(3), within(1e-15));
    assertThat(months.get(1).index().value()).isEqualTo(0.0);
    assertThat(months.get(1).rows()).isEqualTo(4);
  }

  @Test
  void monthly_badMonthCode() {
    assertThatThrownBy(() -> Stability.monthly(BASELINE, new int[] {202401, 202413},
        new double[] {1, 2}))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/months/1: must be a month coded yyyymm; found a number that is not such a code");
  }

  @Test
  void psi_nanInCurrent() {
    assertThatThrownBy(() -> Stability.psi(BASELINE, new double[] {1, Double.NaN}))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/current/1: must be a finite number; found NaN");
  }

  @Test
  void psi_differentBins() {
    assertThatThrownBy(() -> Stability.psi(BandCounts.of(ScoreBands.of(3), BASELINE),
        BandCounts.of(ScoreBands.of(2), BASELINE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("baseline and current must share their bins");
  }

  @Test
  void monthlyCsi_isTheCsiOfEachMonth() {
    // Counted in one pass, the same index to the last bit as csi(baseline, that month's codes); code 9
    // is only in March, so February's bins leave it out as csi does.
    SplittableRandom random = new SplittableRandom(8);
    int[] baseline = random.ints(500, 0, 6).toArray();
    int[] months = new int[300];
    int[] codes = new int[300];
    for (int i = 0; i < codes.length; i++) {
      months[i] = i % 3 == 0 ? 202403 : 202402;
      codes[i] = i == 3 ? 9 : random.nextInt(0, 5);
    }
    List<MonthlyStability> byMonth = Stability.monthlyCsi(baseline, months, codes);
    assertThat(byMonth).extracting(MonthlyStability::month).containsExactly(YearMonth.of(2024, 2), YearMonth.of(2024, 3));
    for (MonthlyStability m : byMonth) {
      int code = m.month().getYear() * 100 + m.month().getMonthValue();
      int[] current = java.util.stream.IntStream.range(0, codes.length).filter(i -> months[i] == code)
          .map(i -> codes[i]).toArray();
      assertThat(m.rows()).isEqualTo(current.length);
      assertThat(m.index()).isEqualTo(Stability.csi(baseline, current));
    }
    assertThat(byMonth.get(0).index().bins()).hasSize(6);
    assertThat(byMonth.get(1).index().bins()).hasSize(7);
    assertThat(Arrays.stream(codes).filter(c -> c == 9).count()).isEqualTo(1);
  }

  @Test
  void monthlyCsi_badMonthCode() {
    assertThatThrownBy(() -> Stability.monthlyCsi(new int[] {1}, new int[] {202413}, new int[] {1}))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("/months/0");
  }

  @Test
  void distinct_sortedDistinctValuesNearOrFarApart() {
    assertThat(Stability.distinct(new int[] {5, -3, 5, 0}, new int[] {2, -3})).containsExactly(-3, 0, 2, 5);
    assertThat(Stability.distinct(new int[] {Integer.MAX_VALUE, 7}, new int[] {Integer.MIN_VALUE, 7}))
        .containsExactly(Integer.MIN_VALUE, 7, Integer.MAX_VALUE);
    assertThat(Stability.distinct(new int[0], new int[0])).isEmpty();
    assertThat(Stability.csi(new int[] {1, 100_000, 100_000}, new int[] {100_000, 3}).bins())
        .extracting(StabilityBin::label).containsExactly("code 1", "code 3", "code 100000");
  }
}
