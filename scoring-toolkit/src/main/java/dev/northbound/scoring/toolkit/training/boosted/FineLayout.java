package dev.northbound.scoring.toolkit.training.boosted;

import dev.northbound.scoring.toolkit.data.CategoricalColumn;
import dev.northbound.scoring.toolkit.data.Column;
import dev.northbound.scoring.toolkit.data.NumericColumn;
import dev.northbound.scoring.toolkit.training.Attribute;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fine bins of one characteristic, in a fixed order: the ordered interval bins first (numeric
 * only), then the special values, then the category groups (categorical only), and the missing
 * bin last.
 *
 * <p>Numeric: with the {@code n} regular values (not missing, not special) sorted as {@code x},
 * the candidate cuts are {@code x[floor(q n / maxBins)]} for {@code q = 1..maxBins-1}; a candidate
 * is kept when at least {@code minBinRows} regular values lie between the previous kept cut (or the
 * smallest value) and it, and at least {@code minBinRows} at or above it. Intervals are
 * {@code [a, b)}, the first from {@code -inf}, the last to {@code +inf}.
 *
 * <p>Categorical: each label with at least {@code minBinRows} rows is a group of its own, in
 * dictionary order; the labels with fewer (but some) rows are pooled into one last group; labels
 * with no row are in no group and score as missing, as in the WoE trainer.
 *
 * <p>Immutable.
 */
final class FineLayout {

  private final String name;
  private final boolean numeric;
  private final double[] cuts;
  private final double[] specials;
  private final Map<String, Integer> groupOfLabel;
  private final List<Attribute> attributes;
  private final int intervals;

  private FineLayout(String name, boolean numeric, double[] cuts, double[] specials,
      Map<String, Integer> groupOfLabel, List<Attribute> attributes, int intervals) {
    this.name = name;
    this.numeric = numeric;
    this.cuts = cuts;
    this.specials = specials;
    this.groupOfLabel = groupOfLabel;
    this.attributes = List.copyOf(attributes);
    this.intervals = intervals;
  }

  static FineLayout of(Column column, List<Attribute.Special> specials, int maxBins,
      int minBinRows) {
    if (column instanceof NumericColumn numeric) {
      return numeric(numeric, specials, maxBins, minBinRows);
    }
    return categorical((CategoricalColumn) column, minBinRows);
  }

  private static FineLayout numeric(NumericColumn column, List<Attribute.Special> declared,
      int maxBins, int minBinRows) {
    double[] specials = declared.stream().mapToDouble(Attribute.Special::value).toArray();
    double[] values = column.values();
    double[] sorted = new double[values.length];
    int n = 0;
    for (double v : values) {
      if (!Double.isNaN(v) && indexOf(specials, v) < 0) {
        sorted[n++] = v;
      }
    }
    sorted = Arrays.copyOf(sorted, n);
    Arrays.sort(sorted);
    double[] cuts = new double[maxBins];
    int kept = 0;
    int start = 0;
    for (int q = 1; q < maxBins && n > 0; q++) {
      double cut = sorted[(int) ((long) q * n / maxBins)];
      int at = lowerBound(sorted, cut);
      if (at > start && at - start >= minBinRows && n - at >= minBinRows) {
        cuts[kept++] = cut;
        start = at;
      }
    }
    cuts = Arrays.copyOf(cuts, kept);
    List<Attribute> attributes = new ArrayList<>();
    for (int i = 0; i <= kept; i++) {
      attributes.add(Attribute.Interval.closedOpen(i == 0 ? Double.NEGATIVE_INFINITY : cuts[i - 1],
          i == kept ? Double.POSITIVE_INFINITY : cuts[i]));
    }
    attributes.addAll(declared);
    attributes.add(Attribute.Missing.INSTANCE);
    return new FineLayout(column.name(), true, cuts, specials, Map.of(), attributes, kept + 1);
  }

  private static FineLayout categorical(CategoricalColumn column, int minBinRows) {
    int[] count = new int[column.labels().size()];
    for (int code : column.codes()) {
      if (code >= 0) {
        count[code]++;
      }
    }
    List<Attribute> attributes = new ArrayList<>();
    Map<String, Integer> group = new HashMap<>();
    List<String> rare = new ArrayList<>();
    for (int code = 0; code < count.length; code++) {
      String label = column.labels().get(code);
      if (count[code] >= minBinRows) {
        group.put(label, attributes.size());
        attributes.add(new Attribute.Categories(List.of(label)));
      } else if (count[code] > 0) {
        rare.add(label);
      }
    }
    if (!rare.isEmpty()) {
      rare.forEach(label -> group.put(label, attributes.size()));
      attributes.add(new Attribute.Categories(rare));
    }
    attributes.add(Attribute.Missing.INSTANCE);
    if (attributes.size() > Short.MAX_VALUE) {
      throw new IllegalArgumentException("column " + column.name() + " must have at most "
          + (Short.MAX_VALUE - 1) + " category groups; found " + (attributes.size() - 1));
    }
    return new FineLayout(column.name(), false, new double[0], new double[0], Map.copyOf(group),
        attributes, 0);
  }

  private static int indexOf(double[] values, double v) {
    for (int i = 0; i < values.length; i++) {
      if (values[i] == v) {
        return i;
      }
    }
    return -1;
  }

  private static int lowerBound(double[] sorted, double v) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < v) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  String name() {
    return name;
  }

  boolean numeric() {
    return numeric;
  }

  /** The bins, in index order. */
  List<Attribute> attributes() {
    return attributes;
  }

  int bins() {
    return attributes.size();
  }

  /** The number of ordered interval bins (indices {@code 0..intervals-1}); 0 for a categorical one. */
  int intervals() {
    return intervals;
  }

  int missingBin() {
    return attributes.size() - 1;
  }

  /**
   * The bin of every row of a column of this characteristic's kind (a categorical column is matched
   * by label text, an unknown label scores as missing).
   *
   * @throws IllegalArgumentException if the column is of the other kind
   */
  short[] index(Column column) {
    short[] out = new short[column.size()];
    if (numeric) {
      if (!(column instanceof NumericColumn c)) {
        throw new IllegalArgumentException("column " + name + " must be numeric as in training");
      }
      for (int r = 0; r < out.length; r++) {
        out[r] = (short) binOf(c.value(r));
      }
      return out;
    }
    if (!(column instanceof CategoricalColumn c)) {
      throw new IllegalArgumentException("column " + name + " must be categorical as in training");
    }
    int[] ofCode = new int[c.labels().size()];
    for (int code = 0; code < ofCode.length; code++) {
      ofCode[code] = groupOfLabel.getOrDefault(c.labels().get(code), missingBin());
    }
    for (int r = 0; r < out.length; r++) {
      int code = c.code(r);
      out[r] = (short) (code < 0 ? missingBin() : ofCode[code]);
    }
    return out;
  }

  private int binOf(double v) {
    if (Double.isNaN(v)) {
      return missingBin();
    }
    int special = indexOf(specials, v);
    if (special >= 0) {
      return intervals + special;
    }
    int at = Arrays.binarySearch(cuts, v);
    return at >= 0 ? at + 1 : -at - 1;
  }
}
