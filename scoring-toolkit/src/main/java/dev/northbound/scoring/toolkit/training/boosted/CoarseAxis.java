package dev.northbound.scoring.toolkit.training.boosted;

import dev.northbound.scoring.toolkit.training.Attribute;
import java.util.ArrayList;
import java.util.List;

/**
 * A characteristic's axis in an interaction: its fine interval bins merged into at most
 * {@code interactionBins} contiguous groups of about equal row counts (fine bin {@code b} with
 * {@code before} rows in the interval bins below it and {@code c} in it goes to group
 * {@code floor((before + c/2) * interactionBins / total)}, groups then numbered densely), then
 * every special, category and missing bin as a bin of its own, in the fine order. Immutable.
 */
final class CoarseAxis {

  private final int[] coarseOf;
  private final List<Attribute> attributes;

  private CoarseAxis(int[] coarseOf, List<Attribute> attributes) {
    this.coarseOf = coarseOf;
    this.attributes = List.copyOf(attributes);
  }

  static CoarseAxis of(FineLayout layout, long[] counts, int interactionBins) {
    int k = layout.intervals();
    long total = 0;
    for (int b = 0; b < k; b++) {
      total += counts[b];
    }
    int[] coarseOf = new int[layout.bins()];
    List<Attribute> attributes = new ArrayList<>();
    long before = 0;
    long lastKey = -1;
    double lower = Double.NEGATIVE_INFINITY;
    for (int b = 0; b < k; b++) {
      long key = total == 0 ? 0
          : (long) Math.floor((before + counts[b] / 2.0) * interactionBins / total);
      key = Math.min(key, interactionBins - 1);
      if (b > 0 && key != lastKey) {
        double cut = ((Attribute.Interval) layout.attributes().get(b)).lower();
        attributes.add(Attribute.Interval.closedOpen(lower, cut));
        lower = cut;
      }
      lastKey = key;
      coarseOf[b] = attributes.size();
      before += counts[b];
    }
    if (k > 0) {
      attributes.add(Attribute.Interval.closedOpen(lower, Double.POSITIVE_INFINITY));
    }
    for (int b = k; b < layout.bins(); b++) {
      coarseOf[b] = attributes.size();
      attributes.add(layout.attributes().get(b));
    }
    return new CoarseAxis(coarseOf, attributes);
  }

  /** The coarse bin of fine bin {@code fine}. */
  int coarseOf(int fine) {
    return coarseOf[fine];
  }

  /** The coarse bins, in index order. */
  List<Attribute> attributes() {
    return attributes;
  }

  int bins() {
    return attributes.size();
  }

  /** The coarse bin of every row, from the fine indices. */
  short[] index(short[] fine) {
    short[] out = new short[fine.length];
    for (int r = 0; r < fine.length; r++) {
      out[r] = (short) coarseOf[fine[r]];
    }
    return out;
  }
}
