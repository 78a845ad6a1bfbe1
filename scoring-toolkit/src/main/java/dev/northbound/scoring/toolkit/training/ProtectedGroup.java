package dev.northbound.scoring.toolkit.training;

import dev.northbound.scoring.toolkit.data.CategoricalColumn;
import dev.northbound.scoring.toolkit.data.Column;
import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.data.NumericColumn;
import dev.northbound.scoring.toolkit.evaluation.Discrimination;
import dev.northbound.scoring.toolkit.evaluation.ScoreOrientation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The training spec's protected attributes as fairness segments of the training report: never
 * predictors, always shown. Each group of each attribute (a category, or for a numeric attribute a
 * quartile band and "missing") with its rows, bads, observed bad rate, mean predicted PD and, where
 * the group holds both goods and bads, the scorecard's AUC within it.
 *
 * @param attribute the protected attribute (a column of the training data)
 * @param group the group's label
 * @param rows rows in the group
 * @param bads bads in the group
 * @param meanPd the mean predicted probability of default in the group
 * @param auc the AUC within the group; empty if the group lacks goods or bads
 */
public record ProtectedGroup(String attribute, String group, long rows, long bads, double meanPd, OptionalDouble auc) {

  /**
   * The groups of every protected attribute that is a column of {@code data}, attribute by attribute.
   *
   * @param attributes the protected attributes (one not in the data is skipped)
   * @param data the rows
   * @param scores each row's points (higher is better)
   * @param pd each row's predicted probability of default
   */
  public static List<ProtectedGroup> of(List<String> attributes, Dataset data, double[] scores, double[] pd) {
    List<ProtectedGroup> out = new ArrayList<>();
    boolean[] bad = data.bad();
    for (String attribute : attributes) {
      Column column = data.column(attribute).orElse(null);
      if (column instanceof CategoricalColumn c) {
        for (int code = 0; code < c.labels().size(); code++) {
          int k = code;
          add(out, attribute, c.labels().get(code), r -> !c.isMissing(r) && c.code(r) == k, scores, pd, bad);
        }
        add(out, attribute, "missing", c::isMissing, scores, pd, bad);
      } else if (column instanceof NumericColumn n) {
        double[] cuts = quartileCuts(n);
        for (int b = 0; b <= cuts.length; b++) {
          double lower = b == 0 ? Double.NEGATIVE_INFINITY : cuts[b - 1];
          double upper = b == cuts.length ? Double.POSITIVE_INFINITY : cuts[b];
          add(out, attribute, band(lower, upper),
              r -> !n.isMissing(r) && n.value(r) >= lower && n.value(r) < upper, scores, pd, bad);
        }
        add(out, attribute, "missing", n::isMissing, scores, pd, bad);
      }
    }
    return out;
  }

  /** The observed bad rate of the group. */
  public double badRate() {
    return (double) bads / rows;
  }

  private static void add(List<ProtectedGroup> out, String attribute, String group,
      java.util.function.IntPredicate member, double[] scores, double[] pd, boolean[] bad) {
    int n = 0;
    for (int r = 0; r < scores.length; r++) {
      n += member.test(r) ? 1 : 0;
    }
    if (n == 0) {
      return;
    }
    double[] s = new double[n];
    boolean[] b = new boolean[n];
    long bads = 0;
    double pdSum = 0;
    int i = 0;
    for (int r = 0; r < scores.length; r++) {
      if (member.test(r)) {
        s[i] = scores[r];
        b[i++] = bad[r];
        bads += bad[r] ? 1 : 0;
        pdSum += pd[r];
      }
    }
    OptionalDouble auc = bads == 0 || bads == n ? OptionalDouble.empty()
        : OptionalDouble.of(Discrimination.auc(s, b, ScoreOrientation.HIGHER_IS_BETTER));
    out.add(new ProtectedGroup(attribute, group, n, bads, pdSum / n, auc));
  }

  /** The distinct lower-quartile, median and upper-quartile values of the present values. */
  private static double[] quartileCuts(NumericColumn n) {
    double[] present = Arrays.stream(n.values()).filter(v -> !Double.isNaN(v)).sorted().toArray();
    if (present.length == 0) {
      return new double[0];
    }
    return Arrays.stream(new double[] {0.25, 0.5, 0.75})
        .map(q -> present[(int) Math.min(present.length - 1, Math.floor(q * present.length))])
        .filter(v -> v > present[0]).distinct().toArray();
  }

  private static String band(double lower, double upper) {
    if (lower == Double.NEGATIVE_INFINITY && upper == Double.POSITIVE_INFINITY) {
      return "all values"; // a numeric attribute with a single present value
    }
    if (lower == Double.NEGATIVE_INFINITY) {
      return "< " + BinLabels.number(upper);
    }
    if (upper == Double.POSITIVE_INFINITY) {
      return ">= " + BinLabels.number(lower);
    }
    return String.format(Locale.ROOT, "[%s, %s)", BinLabels.number(lower), BinLabels.number(upper));
  }
}
