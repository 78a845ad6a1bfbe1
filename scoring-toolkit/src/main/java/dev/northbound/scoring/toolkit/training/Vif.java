package dev.northbound.scoring.toolkit.training;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * Variance inflation factors of the selected WoE columns: each column regressed by ordinary least
 * squares (with an intercept) on the others, {@code VIF = 1 / (1 - R^2)}. A lone column has VIF 1.
 */
final class Vif {

  private Vif() {}

  /**
   * The VIF of each column, in the given order.
   *
   * @param names the column names
   * @param columns the WoE columns, one per name, all the same length
   * @return name to VIF, finite and at least 1
   * @throws IllegalStateException if a column is an exact linear combination of the others
   */
  static Map<String, Double> of(List<String> names, List<double[]> columns) {
    if (names.size() != columns.size()) {
      throw new IllegalArgumentException("names and columns differ in size: " + names.size()
          + " and " + columns.size());
    }
    Map<String, Double> out = new LinkedHashMap<>();
    int k = columns.size();
    for (int j = 0; j < k; j++) {
      if (k == 1) {
        out.put(names.get(j), 1.0);
        continue;
      }
      int rows = columns.get(j).length;
      double[][] x = new double[rows][k - 1];
      for (int r = 0; r < rows; r++) {
        int c = 0;
        for (int o = 0; o < k; o++) {
          if (o != j) {
            x[r][c++] = columns.get(o)[r];
          }
        }
      }
      OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
      ols.newSampleData(columns.get(j).clone(), x);
      double r2;
      try {
        r2 = ols.calculateRSquared();
      } catch (org.apache.commons.math3.linear.SingularMatrixException e) {
        r2 = 1;
      }
      if (!(r2 < 1)) {
        throw new IllegalStateException("the WoE of " + names.get(j)
            + " is a linear combination of the other selected characteristics; VIF is infinite");
      }
      out.put(names.get(j), 1 / (1 - r2));
    }
    return out;
  }
}
