package dev.northbound.scoring.toolkit.data;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
 * @param weightColumn the column that holds each row's weight (numeric, finite, greater than 0),
 *     read into {@link Dataset#weights()} and not as a characteristic; empty for an unweighted
 *     data set
 * @param unlabelled whether the table is read without outcomes (for example the rejected
 *     applicants of a through-the-door sample, whose outcome nobody observed): the target column
 *     may be absent, and when present it is left out unread; every row's bad flag is {@code false}
 *     and {@code badValue} is not used
 */
public record ReadOptions(
    String target,
    String badValue,
    Set<String> ignore,
    Map<String, ColumnType> types,
    Set<String> missingMarkers,
    boolean requireBadRow,
    Optional<String> weightColumn,
    boolean unlabelled) {

  /** The default missing markers: the empty cell, {@code NA} and {@code ?}. */
  public static final Set<String> DEFAULT_MISSING = Set.of("", "NA", "?");

  /** Validates and copies. */
  public ReadOptions {
    Columns.requireName(target);
    Objects.requireNonNull(badValue, "badValue");
    ignore = Set.copyOf(ignore);
    types = Map.copyOf(types);
    missingMarkers = Set.copyOf(missingMarkers);
    Objects.requireNonNull(weightColumn, "weightColumn");
    if (ignore.contains(target)) {
      throw new IllegalArgumentException("the target column " + target + " cannot be ignored");
    }
    if (weightColumn.isPresent()) {
      String w = weightColumn.get();
      Columns.requireName(w);
      if (w.equals(target) || ignore.contains(w)) {
        throw new IllegalArgumentException("the weight column " + w
            + " cannot be the target or ignored");
      }
    }
    if (unlabelled && requireBadRow) {
      throw new IllegalArgumentException("an unlabelled table has no bad row to require");
    }
  }

  /** Options of a labelled table (the form these options had before unlabelled tables). */
  public ReadOptions(String target, String badValue, Set<String> ignore,
      Map<String, ColumnType> types, Set<String> missingMarkers, boolean requireBadRow,
      Optional<String> weightColumn) {
    this(target, badValue, ignore, types, missingMarkers, requireBadRow, weightColumn, false);
  }

  /** Options without a weight column (the form these options had before weights). */
  public ReadOptions(String target, String badValue, Set<String> ignore,
      Map<String, ColumnType> types, Set<String> missingMarkers, boolean requireBadRow) {
    this(target, badValue, ignore, types, missingMarkers, requireBadRow, Optional.empty());
  }

  /** Options with no ignored or declared columns and the default missing markers. */
  public static ReadOptions of(String target, String badValue) {
    return new ReadOptions(target, badValue, Set.of(), Map.of(), DEFAULT_MISSING, false);
  }

  /** A copy that also ignores {@code columns}. */
  public ReadOptions ignoring(String... columns) {
    Set<String> all = new LinkedHashSet<>(ignore);
    all.addAll(Set.of(columns));
    return new ReadOptions(target, badValue, all, types, missingMarkers, requireBadRow,
        weightColumn, unlabelled);
  }

  /** A copy that declares the type of {@code column}. */
  public ReadOptions declaring(String column, ColumnType type) {
    Map<String, ColumnType> all = new LinkedHashMap<>(types);
    all.put(column, type);
    return new ReadOptions(target, badValue, ignore, all, missingMarkers, requireBadRow,
        weightColumn, unlabelled);
  }

  /** A copy with other missing markers. */
  public ReadOptions withMissingMarkers(Set<String> markers) {
    return new ReadOptions(target, badValue, ignore, types, markers, requireBadRow,
        weightColumn, unlabelled);
  }

  /** A copy that rejects a table in which no row has the bad value (for training data). */
  public ReadOptions requiringABadRow() {
    return new ReadOptions(target, badValue, ignore, types, missingMarkers, true, weightColumn,
        unlabelled);
  }

  /**
   * A copy that reads each row's weight from the numeric column {@code name} (finite, greater
   * than 0) instead of reading that column as a characteristic.
   */
  public ReadOptions weightColumn(String name) {
    return new ReadOptions(target, badValue, ignore, types, missingMarkers, requireBadRow,
        Optional.of(name), unlabelled);
  }

  /**
   * A copy for a table without outcomes: the target column may be absent and is left out unread
   * when present; every row is read as good ({@code bad} false), as no outcome is known.
   *
   * @throws IllegalArgumentException if these options require a bad row
   */
  public ReadOptions withoutTarget() {
    return new ReadOptions(target, badValue, ignore, types, missingMarkers, requireBadRow,
        weightColumn, true);
  }
}
