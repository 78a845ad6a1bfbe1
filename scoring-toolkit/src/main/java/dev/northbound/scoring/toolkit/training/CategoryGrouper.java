package dev.northbound.scoring.toolkit.training;

import dev.northbound.scoring.toolkit.data.CategoricalColumn;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Optimal grouping of a categorical characteristic; see {@link Binner}. */
final class CategoryGrouper {

  private CategoryGrouper() {}

  private record Unit(List<String> labels, long goods, long bads, double rate) {}

  static BinningResult group(CategoricalColumn column, boolean[] bad,
      BinningConstraints constraints, Counts counts) {
    int size = column.labels().size();
    long[] goods = new long[size];
    long[] bads = new long[size];
    for (int r = 0; r < bad.length; r++) {
      if (!column.isMissing(r)) {
        if (bad[r]) {
          bads[column.code(r)]++;
        } else {
          goods[column.code(r)]++;
        }
      }
    }
    double sampleRate = (double) counts.bads / (counts.goods + counts.bads);
    List<Unit> units = new ArrayList<>();
    List<String> rare = new ArrayList<>();
    long rareGoods = 0;
    long rareBads = 0;
    for (int code = 0; code < size; code++) {
      long n = goods[code] + bads[code];
      if (n == 0 || n < constraints.minShare() * bad.length - 1e-9) {
        rare.add(column.labels().get(code));
        rareGoods += goods[code];
        rareBads += bads[code];
      } else {
        units.add(new Unit(List.of(column.labels().get(code)), goods[code], bads[code],
            (double) bads[code] / n));
      }
    }
    if (!rare.isEmpty()) {
      long n = rareGoods + rareBads;
      units.add(new Unit(rare, rareGoods, rareBads, n == 0 ? sampleRate : (double) rareBads / n));
    }
    units.sort(Comparator.comparingDouble(Unit::rate)); // stable: dictionary order on ties
    long[] unitGoods = units.stream().mapToLong(Unit::goods).toArray();
    long[] unitBads = units.stream().mapToLong(Unit::bads).toArray();
    int[] starts = units.isEmpty() ? new int[] {0} : new MergeSearch(unitGoods, unitBads,
        counts.goods, counts.bads, bad.length, constraints).search(Trend.ASCENDING)
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
    return Binner.tabulate(column, bad, attributes, counts, Optional.of(Trend.ASCENDING));
  }
}
