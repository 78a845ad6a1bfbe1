package dev.northbound.scoring.toolkit.report.shape;

import dev.northbound.scoring.models.scorecard.Bin;
import dev.northbound.scoring.models.scorecard.CategoricalBin;
import dev.northbound.scoring.models.scorecard.IntervalBin;
import dev.northbound.scoring.models.scorecard.MissingBin;
import dev.northbound.scoring.models.scorecard.SpecialValueBin;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The order and labels a shape shows bins in: intervals from low to high, then special values and
 * category sets in the scorecard's order, then the missing bin.
 */
final class ShapeOrder {

  private ShapeOrder() {}

  /** The positions of {@code bins} in display order. */
  static int[] of(List<Bin> bins) {
    Comparator<Integer> order = Comparator.comparingInt((Integer i) -> rank(bins.get(i)))
        .thenComparingDouble(i -> bins.get(i) instanceof IntervalBin in ? in.lower() : 0)
        .thenComparing(i -> bins.get(i) instanceof IntervalBin in && !in.lowerClosed())
        .thenComparingInt(i -> i);
    return IntStream.range(0, bins.size()).boxed().sorted(order).mapToInt(Integer::intValue).toArray();
  }

  private static int rank(Bin bin) {
    if (bin instanceof IntervalBin) {
      return 0;
    }
    if (bin instanceof MissingBin) {
      return 2;
    }
    return 1;
  }

  static BinShape.Kind kind(Bin bin) {
    if (bin instanceof IntervalBin) {
      return BinShape.Kind.INTERVAL;
    }
    if (bin instanceof SpecialValueBin) {
      return BinShape.Kind.SPECIAL;
    }
    if (bin instanceof CategoricalBin) {
      return BinShape.Kind.CATEGORICAL;
    }
    if (bin instanceof MissingBin) {
      return BinShape.Kind.MISSING;
    }
    return BinShape.Kind.CELL;
  }

  /** A bin as a modeller reads it; see {@link BinNames#of}. */
  static String label(Bin bin) {
    return BinNames.of(bin);
  }
}
