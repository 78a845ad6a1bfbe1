package dev.northbound.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northbound.scoring.models.scorecard.Bin;
import dev.northbound.scoring.toolkit.evaluation.BandRange;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Bins and bands as a modeller writes them, never as record text. */
class DemoLabelsTest {

  @Test
  void bins() {
    assertThat(DemoLabels.bin(Bin.closedOpen(12, 24, 1))).isEqualTo("[12, 24)");
    assertThat(DemoLabels.bin(Bin.closedOpen(Double.NEGATIVE_INFINITY, 12, 1))).isEqualTo("< 12");
    assertThat(DemoLabels.bin(Bin.openClosed(Double.NEGATIVE_INFINITY, 0.35, 1))).isEqualTo("<= 0.35");
    assertThat(DemoLabels.bin(Bin.closedOpen(24, Double.POSITIVE_INFINITY, 1))).isEqualTo(">= 24");
    assertThat(DemoLabels.bin(Bin.openClosed(0.1294, Double.POSITIVE_INFINITY, 1))).isEqualTo("> 0.1294");
    assertThat(DemoLabels.bin(Bin.closedOpen(0.12345678, 1.5, 1))).isEqualTo("[0.1235, 1.5)");
    assertThat(DemoLabels.bin(Bin.missing(1))).isEqualTo("missing");
    assertThat(DemoLabels.bin(Bin.special(-1, "no account", 1))).isEqualTo("no account (= -1)");
    assertThat(DemoLabels.bin(Bin.categorical("{A, B}", List.of(1.0, 2.0), 1))).isEqualTo("{A, B}");
  }

  @Test
  void bands() {
    assertThat(DemoLabels.band(new BandRange(OptionalDouble.empty(), OptionalDouble.of(528.5444)))).isEqualTo("< 528.5");
    assertThat(DemoLabels.band(new BandRange(OptionalDouble.of(528.5444), OptionalDouble.of(540.06))))
        .isEqualTo("[528.5, 540.1)");
    assertThat(DemoLabels.band(new BandRange(OptionalDouble.of(603.4069), OptionalDouble.empty()))).isEqualTo(">= 603.4");
  }
}
