package dev.northbound.scoring.toolkit.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.northbound.scoring.toolkit.data.NumericColumn;
import java.util.List;
import org.junit.jupiter.api.Test;

class WoeBinTest {

  // Tiny table, totals G = 100 goods, B = 40 bads:
  //   value 1: 40 goods, 10 bads -> %g 0.40, %b 0.25, WoE ln(1.6) = 0.4700036292, IV 0.15 * WoE
  //   value 2: 50 goods, 30 bads -> %g 0.50, %b 0.75, WoE ln(2/3) = -0.4054651081, IV 0.25 * 0.405..
  //   value 3: 10 goods,  0 bads -> smoothed 10.5 / 0.5: %g 0.105, %b 0.0125, WoE ln(8.4), IV 0.0925
  //            * ln(8.4)
  //   missing: no rows -> WoE 0, IV 0
  private static BinningResult tinyTable() {
    double[] values = new double[140];
    boolean[] bad = new boolean[140];
    int row = 0;
    int[][] cells = {{1, 40, 10}, {2, 50, 30}, {3, 10, 0}};
    for (int[] cell : cells) {
      for (int i = 0; i < cell[1] + cell[2]; i++, row++) {
        values[row] = cell[0];
        bad[row] = i >= cell[1];
      }
    }
    return Binner.fixedNumeric(NumericColumn.of("x", values), bad, new double[] {2, 3}, List.of());
  }

  @Test
  void fixedNumeric_handComputedTable() {
    BinningResult result = tinyTable();
    List<WoeBin> bins = result.bins();
    assertThat(bins).hasSize(4);
    assertThat(bins.get(0).attribute()).isEqualTo(
        new Attribute.Interval(Double.NEGATIVE_INFINITY, false, 2, false));
    assertThat(bins.get(1).attribute()).isEqualTo(new Attribute.Interval(2, true, 3, false));
    assertThat(bins.get(2).attribute()).isEqualTo(
        new Attribute.Interval(3, true, Double.POSITIVE_INFINITY, false));
    assertThat(bins.get(3).attribute()).isEqualTo(Attribute.Missing.INSTANCE);
    assertThat(bins.get(0).woe()).isCloseTo(0.47000362924573563, within(1e-12));
    assertThat(bins.get(0).iv()).isCloseTo(0.07050054438686035, within(1e-12));
    assertThat(bins.get(1).woe()).isCloseTo(-0.40546510810816444, within(1e-12));
    assertThat(bins.get(1).iv()).isCloseTo(0.1013662770270411, within(1e-12));
    assertThat(bins.get(2).woe()).isCloseTo(2.128231705849268, within(1e-12));
    assertThat(bins.get(2).iv()).isCloseTo(0.19686143279105728, within(1e-12));
    assertThat(bins.get(3)).isEqualTo(new WoeBin(Attribute.Missing.INSTANCE, 0, 0, 0, 0));
    assertThat(result.iv()).isCloseTo(0.3687282542049587, within(1e-12));
  }

  @Test
  void woe_positiveMeansLowerRisk() {
    // 30 goods and 10 bads out of 60 and 40: %g 0.5 > %b 0.25, so WoE = ln 2 > 0.
    assertThat(WoeBin.of(Attribute.Missing.INSTANCE, 30, 10, 60, 40).woe())
        .isCloseTo(Math.log(2), within(1e-15));
  }
}
