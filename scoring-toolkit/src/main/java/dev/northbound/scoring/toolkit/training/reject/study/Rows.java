package dev.northbound.scoring.toolkit.training.reject.study;

import dev.northbound.scoring.toolkit.data.CategoricalColumn;
import dev.northbound.scoring.toolkit.data.Column;
import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.data.NumericColumn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Row-wise helpers on data sets of the same columns. Stateless. */
final class Rows {

  private Rows() {}

  /**
   * The rows of {@code a} then those of {@code b}, with their targets and weights (weighted when
   * either is). A categorical column keeps {@code a}'s labels in order, then {@code b}'s new ones.
   *
   * @throws IllegalArgumentException if the columns differ in name, order or type
   */
  static Dataset concat(Dataset a, Dataset b) {
    if (a.columns().size() != b.columns().size()) {
      throw new IllegalArgumentException("the data sets must have the same columns; found "
          + a.columns().size() + " and " + b.columns().size());
    }
    List<Column> columns = new ArrayList<>();
    for (int j = 0; j < a.columns().size(); j++) {
      columns.add(concat(a.columns().get(j), b.columns().get(j)));
    }
    boolean[] bad = new boolean[a.rows() + b.rows()];
    System.arraycopy(a.bad(), 0, bad, 0, a.rows());
    System.arraycopy(b.bad(), 0, bad, a.rows(), b.rows());
    if (!a.weighted() && !b.weighted()) {
      return Dataset.of(columns, bad);
    }
    double[] weights = new double[bad.length];
    System.arraycopy(a.weights(), 0, weights, 0, a.rows());
    System.arraycopy(b.weights(), 0, weights, a.rows(), b.rows());
    return Dataset.of(columns, bad, weights);
  }

  /** {@code data} with another target, keeping its columns and weights. */
  static Dataset withTarget(Dataset data, boolean[] bad) {
    return data.weighted() ? Dataset.of(data.columns(), bad, data.weights())
        : Dataset.of(data.columns(), bad);
  }

  private static Column concat(Column a, Column b) {
    if (!a.name().equals(b.name())) {
      throw new IllegalArgumentException("the data sets must have the same columns; found "
          + a.name() + " and " + b.name());
    }
    if (a instanceof NumericColumn x && b instanceof NumericColumn y) {
      double[] values = new double[x.size() + y.size()];
      System.arraycopy(x.values(), 0, values, 0, x.size());
      System.arraycopy(y.values(), 0, values, x.size(), y.size());
      return NumericColumn.of(a.name(), values);
    }
    if (a instanceof CategoricalColumn x && b instanceof CategoricalColumn y) {
      Map<String, Integer> codes = new LinkedHashMap<>();
      x.labels().forEach(l -> codes.put(l, codes.size()));
      y.labels().forEach(l -> codes.putIfAbsent(l, codes.size()));
      int[] out = new int[x.size() + y.size()];
      System.arraycopy(x.codes(), 0, out, 0, x.size());
      for (int i = 0; i < y.size(); i++) {
        int code = y.code(i);
        out[x.size() + i] = code == CategoricalColumn.MISSING ? code : codes.get(y.labels().get(code));
      }
      return CategoricalColumn.of(a.name(), out, List.copyOf(codes.keySet()));
    }
    throw new IllegalArgumentException("column " + a.name() + " must have one type in both data sets");
  }
}
