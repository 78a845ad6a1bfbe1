package dev.northbound.scoring.toolkit.training;

import dev.northbound.scoring.toolkit.data.CategoricalColumn;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Optimal grouping of a categorical characteristic; see {@link Binner}. */
final class CategoryGrouper {

  private CategoryGrouper() {}

  private record Unit(List<String> labels, double goods, double bads, double rate) {}

  /** Groups on weighted rows: every count is a sum of weights (row counts when all are 1). */
  static BinningResult group(CategoricalColumn column, boolean[] bad, double[] weights,
      BinningConstraints constraints, Counts counts) {
    int size = column.labels().size();
    double[] goods = new double[size];
    double[] bads = new double[size];
    for (int r = 0; r < bad.length; r++) {
      if (!column.isMissing(r)) {
        if (bad[r]) {
          bads[column.code(r)] += weights[r];
        } else {
          goods[column.code(r)] += weights[r];
        }
      }
    }
    double sampleRate = counts.bads / (counts.goods + counts.bads);
    List<Unit> units = new ArrayList<>();
    List<String> rare = new ArrayList<>();
    double rareGoods = 0;
    double rareBads = 0;
    for (int code = 0; code < size; code++) {
      double n = goods[code] + bads[code];
      if (n == 0 || n < constraints.minShare() * counts.total() - 1e-9) {
        rare.add(column.labels().get(code));
        rareGoods += goods[code];
        rareBads += bads[code];
      } else {
        units.add(new Unit(List.of(column.labels().get(code)), goods[code], bads[code],
            bads[code] / n));
      }
    }
    if (!rare.isEmpty()) {
      double n = rareGoods + rareBads;
      units.add(new Unit(rare, rareGoods, rareBads, n == 0 ? sampleRate : rareBads / n));
    }
    units.sort(Comparator.comparingDouble(Unit::rate)); // stable: dictionary order on ties
    double[] unitGoods = units.stream().mapToDouble(Unit::goods).toArray();
    double[] unitBads = units.stream().mapToDouble(Unit::bads).toArray();
    int[] starts = units.isEmpty() ? new int[] {0} : new MergeSearch(unitGoods, unitBads,
        counts.goods, counts.bads, counts.total(), constraints).search(Trend.ASCENDING)
        .map(MergeSearch.Grouping::starts).orElse(new int[] {0});
    List<Attribute> attributes = new ArrayList<>();
    for (int g = 0; g < starts.length && !units.isEmpty(); g++) {
      int end = g + 1 < starts.length ? starts[g + 1] : units.size();
      List<String> labels = new ArrayList<>();
      for (int u = starts[g]; u < end; u++) {
        labels.addAll(units.get(u).labels());
      }
      attributes.add(new Attribute.Categories(labels));
    }
    attributes.add(Attribute.Missing.INSTANCE);
    return Binner.tabulate(column, bad, weights, attributes, counts,
        Optional.of(Trend.ASCENDING));
  }
}
