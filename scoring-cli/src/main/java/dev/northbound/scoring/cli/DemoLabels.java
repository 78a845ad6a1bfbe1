package dev.northbound.scoring.cli;

import dev.northbound.scoring.models.scorecard.Bin;
import dev.northbound.scoring.toolkit.evaluation.BandRange;
import dev.northbound.scoring.toolkit.report.shape.BinNames;

/**
 * Bins and score bands written as a modeller reads them: {@code [12, 24)}, {@code < 12},
 * {@code >= 24}, {@code missing}, a special value's name, a category group's label.
 */
final class DemoLabels {
  private DemoLabels() {}

  /** The label of a scorecard bin, as every report names it ({@link BinNames#of}). */
  static String bin(Bin bin) {
    return BinNames.of(bin);
  }

  /** The label of a band of points (lower bound included, upper excluded), bounds to one decimal. */
  static String band(BandRange r) {
    if (r.lower().isEmpty() && r.upper().isEmpty()) {
      return "any score";
    }
    if (r.lower().isEmpty()) {
      return "< " + points(r.upper().getAsDouble());
    }
    if (r.upper().isEmpty()) {
      return ">= " + points(r.lower().getAsDouble());
    }
    return "[" + points(r.lower().getAsDouble()) + ", " + points(r.upper().getAsDouble()) + ")";
  }

  /** Points to one decimal: 528.5. */
  static String points(double v) {
    return String.format(java.util.Locale.ROOT, "%.1f", v);
  }
}
