package dev.northbound.scoring.toolkit.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScoreBandsTest {

  @Test
  void quantiles_equalCountCuts() {
    // n = 10, 4 bands: cut j = sorted[floor(10 j / 4)] = sorted[2], sorted[5], sorted[7] = 3, 6, 8.
    ScoreBands bands = ScoreBands.quantiles(new double[] {10, 9, 8, 7, 6, 5, 4, 3, 2, 1}, 4);
    assertThat(bands.cuts()).containsExactly(3, 6, 8);
  }

  @Test
  void quantiles_tiesShareABand() {
    // n = 7, 3 bands: sorted[2] = 1 equals the minimum (dropped), sorted[4] = 2.
    assertThat(ScoreBands.quantiles(new double[] {1, 1, 1, 2, 2, 2, 3}, 3).cuts())
        .containsExactly(2);
    assertThat(ScoreBands.quantiles(new double[] {5, 5, 5}, 10).count()).isEqualTo(1);
  }

  @Test
  void bandOf_cutBelongsToUpperBand() {
    ScoreBands bands = ScoreBands.of(600, 650);
    assertThat(bands.bandOf(599.9)).isZero();
    assertThat(bands.bandOf(600)).isEqualTo(1);
    assertThat(bands.bandOf(650)).isEqualTo(2);
    assertThat(bands.range(1)).hasToString("[600.0, 650.0)");
  }

  @Test
  void of_notIncreasing() {
    assertThatThrownBy(() -> ScoreBands.of(600, 600))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cut points must be strictly increasing; cut point 1 is not above the previous");
  }

  @Test
  void merge_equalsCountingEverything() {
    ScoreBands bands = ScoreBands.of(600, 650);
    BandCounts left = BandCounts.of(bands, new double[] {590, 620}, new boolean[] {true, false},
        new double[] {0.5, 0.25});
    BandCounts right = BandCounts.of(bands, new double[] {700, 640}, new boolean[] {false, true},
        new double[] {0.125, 0.25});
    BandCounts all = BandCounts.of(bands, new double[] {590, 620, 700, 640},
        new boolean[] {true, false, false, true}, new double[] {0.5, 0.25, 0.125, 0.25});
    assertThat(left.merge(right)).isEqualTo(all);
    // band [600,650) holds 620 and 640: 2 rows, 1 bad, pd sum 0.5.
    assertThat(all.rows(1)).isEqualTo(2);
    assertThat(all.bads(1)).isEqualTo(1);
    assertThat(all.pdSum(1)).isEqualTo(0.5);
  }

  @Test
  void merge_differentBands() {
    assertThatThrownBy(() -> BandCounts.of(ScoreBands.of(1), new double[] {0})
        .merge(BandCounts.of(ScoreBands.of(2), new double[] {0})))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot merge histograms over different bands");
  }
}
