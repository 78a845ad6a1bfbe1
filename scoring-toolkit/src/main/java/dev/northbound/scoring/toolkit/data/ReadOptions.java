package dev.northbound.scoring.toolkit.data;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How to read a table into a {@link Dataset}: which column is the target and which of its values
 * means bad (every other value means good), which columns to ignore, declared column types
 * (undeclared CSV columns are inferred: numeric when every present value is a plain decimal
 * number) and the markers of a missing value (CSV only; ARFF always uses {@code ?}).
 *
 * @param target the name of the target column
 * @param badValue the target value that marks a bad row
 * @param ignore columns to leave out
 * @param types declared column types (CSV only)
 * @param missingMarkers cell texts that mean missing (CSV only), compared after trimming
 * @param requireBadRow whether a table in which no row has the bad value is rejected (training
 *     data), naming the target's values; off for data that is only scored
 */
public record ReadOptions(
    String target,
    String badValue,
    Set<String> ignore,
    Map<String, ColumnType> types,
    Set<String> missingMarkers,
    boolean requireBadRow) {

  /** The default missing markers: the empty cell, {@code NA} and {@code ?}. */
  public static final Set<String> DEFAULT_MISSING = Set.of("", "NA", "?");

  /** Validates and copies. */
  public ReadOptions {
    Columns.requireName(target);
    Objects.requireNonNull(badValue, "badValue");
    ignore = Set.copyOf(ignore);
    types = Map.copyOf(types);
    missingMarkers = Set.copyOf(missingMarkers);
    if (ignore.contains(target)) {
      throw new IllegalArgumentException("the target column " + target + " cannot be ignored");
    }
  }

  /** Options with no ignored or declared columns and the default missing markers. */
  public static ReadOptions of(String target, String badValue) {
    return new ReadOptions(target, badValue, Set.of(), Map.of(), DEFAULT_MISSING, false);
  }

  /** A copy that also ignores {@code columns}. */
  public ReadOptions ignoring(String... columns) {
    Set<String> all = new LinkedHashSet<>(ignore);
    all.addAll(Set.of(columns));
    return new ReadOptions(target, badValue, all, types, missingMarkers, requireBadRow);
  }

  /** A copy that declares the type of {@code column}. */
  public ReadOptions declaring(String column, ColumnType type) {
    Map<String, ColumnType> all = new LinkedHashMap<>(types);
    all.put(column, type);
    return new ReadOptions(target, badValue, ignore, all, missingMarkers, requireBadRow);
  }

  /** A copy with other missing markers. */
  public ReadOptions withMissingMarkers(Set<String> markers) {
    return new ReadOptions(target, badValue, ignore, types, markers, requireBadRow);
  }

  /** A copy that rejects a table in which no row has the bad value (for training data). */
  public ReadOptions requiringABadRow() {
    return new ReadOptions(target, badValue, ignore, types, missingMarkers, true);
  }
}
