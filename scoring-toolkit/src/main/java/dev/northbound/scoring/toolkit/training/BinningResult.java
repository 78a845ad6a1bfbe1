package dev.northbound.scoring.toolkit.training;

import dev.northbound.scoring.toolkit.data.CategoricalColumn;
import dev.northbound.scoring.toolkit.data.Column;
import dev.northbound.scoring.toolkit.data.NumericColumn;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The bins of one characteristic with their WoE and IV. Bins come in this order: the interval bins
 * from the lowest values up (numeric) or the category groups from the lowest bad rate up
 * (categorical), then the special bins in declared order, then the one missing bin. Immutable and
 * thread-safe.
 *
 * @param characteristic the column name
 * @param numeric whether the characteristic is numeric (interval bins) or categorical (groups)
 * @param trend the bad-rate trend enforced on the bins: never {@link Trend#AUTO} (the trend AUTO
 *     chose), {@link Trend#ASCENDING} for optimal category groups (ordered by bad rate), empty for
 *     bins given by the caller
 * @param bins the bins, in the order above
 * @param iv the total Information Value, the sum of the bins' IV
 */
public record BinningResult(
    String characteristic, boolean numeric, Optional<Trend> trend, List<WoeBin> bins, double iv) {

  /** Validates and copies. */
  public BinningResult {
    Objects.requireNonNull(characteristic, "characteristic");
    Objects.requireNonNull(trend, "trend");
    bins = List.copyOf(bins);
    long missing = bins.stream().filter(b -> b.attribute() instanceof Attribute.Missing).count();
    if (missing != 1) {
      throw new IllegalArgumentException(
          characteristic + ": must have exactly one missing bin; found " + missing);
    }
  }

  /** The attributes of the bins, in order. */
  public List<Attribute> attributes() {
    return bins.stream().map(WoeBin::attribute).toList();
  }

  /** The index of the bin that holds row {@code row} of {@code column}. */
  public int binOf(Column column, int row) {
    if (column instanceof NumericColumn n) {
      return binOf(n.value(row));
    }
    CategoricalColumn c = (CategoricalColumn) column;
    return c.isMissing(row) ? missingBin() : binOfLabel(c.labels().get(c.code(row)));
  }

  /** The index of the bin of a numeric value: missing for NaN, then specials, then intervals. */
  public int binOf(double value) {
    return AttributeMatcher.numeric(attributes(), value);
  }

  /** The index of the bin of a label; a label seen in no group falls in the missing bin. */
  public int binOfLabel(String label) {
    return AttributeMatcher.label(attributes(), label);
  }

  /** The index of the missing bin. */
  public int missingBin() {
    return AttributeMatcher.missing(attributes());
  }

  /** The WoE of every row of {@code column}. */
  public double[] woe(Column column) {
    double[] out = new double[column.size()];
    int[] index = binIndices(column);
    for (int r = 0; r < out.length; r++) {
      out[r] = bins.get(index[r]).woe();
    }
    return out;
  }

  /** The bin index of every row of {@code column}. */
  public int[] binIndices(Column column) {
    int[] out = new int[column.size()];
    if (column instanceof CategoricalColumn c) {
      int missing = missingBin();
      int[] byCode = new int[c.labels().size()];
      for (int code = 0; code < byCode.length; code++) {
        byCode[code] = binOfLabel(c.labels().get(code));
      }
      for (int r = 0; r < out.length; r++) {
        out[r] = c.isMissing(r) ? missing : byCode[c.code(r)];
      }
    } else {
      List<Attribute> attributes = attributes();
      NumericColumn n = (NumericColumn) column;
      for (int r = 0; r < out.length; r++) {
        out[r] = AttributeMatcher.numeric(attributes, n.value(r));
      }
    }
    return out;
  }
}
