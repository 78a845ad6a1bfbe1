package dev.northbound.scoring.toolkit.training;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * Variance inflation factors: {@code VIF_j = 1 / (1 - R^2_j)}, where {@code R^2_j} is that of the
 * ordinary least-squares regression, with an intercept, of column {@code j} on all the others. A
 * lone column has VIF 1; a column that the others (with the intercept) explain exactly has an
 * infinite VIF.
 */
final class Vif {

  private Vif() {}

  /** The VIF of every column, by name, in input order. */
  static Map<String, Double> of(List<String> names, List<double[]> columns) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (int j = 0; j < columns.size(); j++) {
      out.put(names.get(j), columns.size() == 1 ? 1.0 : of(columns, j));
    }
    return out;
  }

  private static double of(List<double[]> columns, int j) {
    int n = columns.get(j).length;
    int p = columns.size() - 1;
    double[][] x = new double[n][p];
    for (int r = 0; r < n; r++) {
      int k = 0;
      for (int c = 0; c < columns.size(); c++) {
        if (c != j) {
          x[r][k++] = columns.get(c)[r];
        }
      }
    }
    double[] y = columns.get(j);
    double mean = 0;
    for (double v : y) {
      mean += v;
    }
    mean /= n;
    double total = 0;
    for (double v : y) {
      total += (v - mean) * (v - mean);
    }
    if (total == 0) {
      return Double.POSITIVE_INFINITY; // a constant column: the intercept explains it exactly
    }
    OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
    ols.newSampleData(y, x);
    try {
      double unexplained = ols.calculateResidualSumOfSquares() / total;
      return unexplained <= 0 ? Double.POSITIVE_INFINITY : 1 / unexplained;
    } catch (SingularMatrixException e) {
      return Double.POSITIVE_INFINITY;
    }
  }
}
