package dev.northbound.scoring.toolkit.report.shape;

import dev.northbound.scoring.core.model.ModelProvenance;
import dev.northbound.scoring.models.scaling.RiskGrades;
import dev.northbound.scoring.models.scaling.Scaling;
import dev.northbound.scoring.models.scorecard.Bin;
import dev.northbound.scoring.models.scorecard.Characteristic;
import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.toolkit.data.CategoricalColumn;
import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.data.NumericColumn;
import dev.northbound.scoring.toolkit.tabular.TabularInputs;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A hand-built scorecard and ten rows whose bins were counted by hand.
 *
 * <pre>
 * row  months  housing   util  bad   months bin   housing bin
 *  0   6       own       0.1   yes   &lt; 12         own
 *  1   12      rent      0.7   no    [12, 24)     rent, mortgage
 *  2   23.5    mortgage  0.9   yes   [12, 24)     rent, mortgage
 *  3   24      own       0.2   no    &gt;= 24        own
 *  4   36      missing   NaN   no    &gt;= 24        missing
 *  5   -1      own       0.6   yes   no history   own
 *  6   NaN     rent      0.3   no    missing      rent, mortgage
 *  7   11.99   own       0.5   no    &lt; 12         own
 *  8   30      mortgage  0.8   yes   &gt;= 24        rent, mortgage
 *  9   12      missing   0.4   no    [12, 24)     missing
 * </pre>
 */
final class ShapeFixtures {

  static final boolean[] BAD = {true, false, true, false, false, true, false, false, true, false};

  private ShapeFixtures() {}

  static Dataset data() {
    double nan = Double.NaN;
    return Dataset.of(List.of(
        NumericColumn.of("months", new double[] {6, 12, 23.5, 24, 36, -1, nan, 11.99, 30, 12}),
        CategoricalColumn.of("housing", new int[] {0, 1, 2, 0, -1, 0, 1, 0, 2, -1},
            List.of("own", "rent", "mortgage")),
        NumericColumn.of("util", new double[] {0.1, 0.7, 0.9, 0.2, nan, 0.6, 0.3, 0.5, 0.8, 0.4})),
        BAD);
  }

  /** Months: bins given out of display order on purpose. */
  static Characteristic months() {
    return Characteristic.of("months", "W01", "Short history", "信用历史短", List.of(
        Bin.missing(0), Bin.closedOpen(24, Double.POSITIVE_INFINITY, 40),
        Bin.special(-1, "no history", 5), Bin.closedOpen(Double.NEGATIVE_INFINITY, 12, 10),
        Bin.closedOpen(12, 24, 25)));
  }

  /** Housing: codes are positions in the column's dictionary (own, rent, mortgage). */
  static Characteristic housing() {
    return Characteristic.of("housing", "W02", "Housing", "住房", List.of(
        Bin.categorical("own", List.of(0.0), 20), Bin.categorical("rent, mortgage", List.of(1.0, 2.0), -5),
        Bin.missing(0), Bin.interval(Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false, 0)));
  }

  /**
   * Months × util: first axis missing, [12, +inf), (-inf, 12) (out of order); second axis
   * (-inf, 0.5), [0.5, +inf), missing. Points {@code 10 * (i + 1) + j} over the given axes.
   */
  static Characteristic monthsByUtil() {
    List<Bin> first = List.of(Bin.missing(0), Bin.closedOpen(12, Double.POSITIVE_INFINITY, 0),
        Bin.closedOpen(Double.NEGATIVE_INFINITY, 12, 0));
    List<Bin> second = List.of(Bin.closedOpen(Double.NEGATIVE_INFINITY, 0.5, 0),
        Bin.closedOpen(0.5, Double.POSITIVE_INFINITY, 0), Bin.missing(0));
    double[][] points = {{10, 11, 12}, {20, 21, 22}, {30, 31, 32}};
    return Characteristic.interaction("months", "util", "W03", "History and utilisation", "历史与使用率",
        first, second, points);
  }

  static Scorecard card(List<Characteristic> characteristics) {
    var builder = Scorecard.builder(TabularInputs.derive(data()).schema()).id("shape-test").version("1")
        .initialScore(500).scaling(Scaling.of(600, 50, 20)).grades(RiskGrades.of(List.of("A"), List.of()))
        .provenance(ModelProvenance.of("test", "d", Instant.EPOCH, Map.of(), 1));
    characteristics.forEach(builder::addCharacteristic);
    return builder.build();
  }
}
