package dev.northbound.scoring.toolkit.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SelectorTest {

  private static BinningResult withIv(String name, double iv) {
    return new BinningResult(name, true, Optional.empty(),
        List.of(new WoeBin(Attribute.Missing.INSTANCE, 1, 1, 0, iv)), iv);
  }

  @Test
  void select_dropsLowIvAndTheWeakerOfACorrelatedPair() {
    // r(x, y) for x = 1,2,3,4 and y = 1,2,3,5 is 0.98270763 (numpy.corrcoef); z is uncorrelated.
    List<BinningResult> binnings = List.of(withIv("y", 0.2), withIv("w", 0.01),
        withIv("x", 0.3), withIv("z", 0.1));
    Map<String, double[]> woe = Map.of("x", new double[] {1, 2, 3, 4},
        "y", new double[] {1, 2, 3, 5}, "z", new double[] {1, -1, -1, 1},
        "w", new double[] {4, 3, 2, 1});
    SelectionReport report = Selector.select(binnings, woe, 0.02, 0.7);
    assertThat(report.selected()).containsExactly("x", "z");
    assertThat(report.dropped()).containsExactly(
        new SelectionReport.Dropped("y", SelectionReport.Reason.CORRELATED,
            "|r| = 0.9827 with x (IV 0.3000) exceeds 0.7000"),
        new SelectionReport.Dropped("w", SelectionReport.Reason.LOW_IV,
            "IV 0.0100 is below the threshold 0.0200"));
  }

  @Test
  void correlation_handComputed() {
    assertThat(Selector.correlation(new double[] {1, 2, 3, 4}, new double[] {1, 2, 3, 5}))
        .isCloseTo(0.9827076298239908, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(Selector.correlation(new double[] {1, 1}, new double[] {1, 2})).isZero();
  }
}
