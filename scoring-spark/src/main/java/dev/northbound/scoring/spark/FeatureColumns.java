package dev.northbound.scoring.spark;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.feature.FeatureBuffer;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.models.scorecard.Characteristic;
import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.toolkit.data.PerformanceOutcome;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructType;

/**
 * Where a table of feature columns keeps what scoring and evaluation read: one numeric or text column
 * per feature the characteristics read (an interaction reads its partner's too; null, NaN or empty
 * text is missing), and optionally the outcome, the month and
 * the segment. Resolved against the table's schema on the driver, shipped to executors.
 */
final class FeatureColumns implements ColumnReader, ColumnReader.Partition {

  private static final long serialVersionUID = 1L;
  static final String FINITE_RULE = "must be finite, or NaN for missing";

  private final int[] schemaIndex; // feature position in the model's schema, per feature read
  private final int[] columnIndex; // input column, per feature read
  private final boolean[] text; // whether the input column holds strings
  private final String[] names;
  private final int outcome; // -1: none
  private final String outcomeName;
  private final int month; // -1: none
  private final String monthName;
  private final int segment; // -1: none
  private final String segmentName;

  private FeatureColumns(int[] schemaIndex, int[] columnIndex, boolean[] text, String[] names, int outcome,
      String outcomeName, int month, String monthName, int segment, String segmentName) {
    this.schemaIndex = schemaIndex;
    this.columnIndex = columnIndex;
    this.text = text;
    this.names = names;
    this.outcome = outcome;
    this.outcomeName = outcomeName;
    this.month = month;
    this.monthName = monthName;
    this.segment = segment;
    this.segmentName = segmentName;
  }

  /** The feature columns of {@code card} in {@code in}. */
  static FeatureColumns features(StructType in, Scorecard card) {
    return of(in, card, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * The feature columns of {@code card} and the named outcome, month and segment columns.
   *
   * @throws IllegalArgumentException if a column is absent or of a type it cannot hold
   */
  static FeatureColumns of(StructType in, Scorecard card, Optional<String> outcome, Optional<String> month,
      Optional<String> segment) {
    FeatureSchema schema = card.schema();
    // Each feature a characteristic reads once: its own, and an interaction's partner.
    Set<String> features = new LinkedHashSet<>();
    for (Characteristic c : card.characteristics()) {
      features.add(c.feature());
      c.partner().ifPresent(features::add);
    }
    int n = features.size();
    int[] schemaIndex = new int[n];
    int[] columnIndex = new int[n];
    boolean[] text = new boolean[n];
    String[] names = features.toArray(String[]::new);
    for (int k = 0; k < n; k++) {
      schemaIndex[k] = schema.indexOf(names[k]).orElseThrow();
      columnIndex[k] = column(in, names[k]);
      DataType type = in.fields()[columnIndex[k]].dataType();
      if (!(type instanceof NumericType) && !type.equals(DataTypes.StringType)) {
        throw new IllegalArgumentException("column " + names[k] + " must be numeric or text, found " + type.simpleString());
      }
      text[k] = type.equals(DataTypes.StringType);
    }
    segment.ifPresent(s -> {
      if (!in.fields()[column(in, s)].dataType().equals(DataTypes.StringType)) {
        throw new IllegalArgumentException("the segment column " + s + " must be text");
      }
    });
    return new FeatureColumns(schemaIndex, columnIndex, text, names, outcome.map(o -> column(in, o)).orElse(-1),
        outcome.orElse(""), month.map(m -> column(in, m)).orElse(-1), month.orElse(""),
        segment.map(s -> column(in, s)).orElse(-1), segment.orElse(""));
  }

  static int column(StructType in, String name) {
    String[] names = in.fieldNames();
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException("the input has no column named " + name);
  }

  /** Stateless: every partition reads through this instance. */
  @Override
  public Partition open(ModelRef model) {
    return this;
  }

  /** Writes the row's feature values into {@code buffer} (cleared first); pointers are {@code /<column>}. */
  @Override
  public void features(Row row, FeatureBuffer buffer) {
    buffer.clear();
    for (int k = 0; k < columnIndex.length; k++) {
      double v = value(row, k);
      if (Double.isInfinite(v)) {
        throw new InvalidInputException("/" + names[k], FINITE_RULE, "an infinite number");
      }
      if (!Double.isNaN(v)) {
        buffer.set(schemaIndex[k], v);
      }
    }
  }

  /** Fills an evaluation row: features, outcome and (if named) month and segment. */
  @Override
  public void fill(Row row, dev.northbound.scoring.toolkit.evaluation.run.Row out) {
    features(row, out.features());
    out.outcome(outcome(row));
    if (month >= 0 && !row.isNullAt(month)) {
      out.month(month(row.get(month)));
    }
    if (segment >= 0 && !row.isNullAt(segment)) {
      String s = row.getString(segment);
      if (s.isBlank() || s.length() > 64) {
        throw new InvalidInputException("/" + segmentName, "must be 1 to 64 characters, not blank",
            s.isBlank() ? "a blank string" : "a string of " + s.length() + " characters");
      }
      out.segment(s);
    }
  }

  /** The outcome: text good/bad/indeterminate, boolean (true = bad) or 0/1; null is indeterminate. */
  private PerformanceOutcome outcome(Row row) {
    if (row.isNullAt(outcome)) {
      return PerformanceOutcome.INDETERMINATE;
    }
    Object v = row.get(outcome);
    if (v instanceof Boolean b) {
      return b ? PerformanceOutcome.BAD : PerformanceOutcome.GOOD;
    }
    if (v instanceof String s) {
      for (PerformanceOutcome o : PerformanceOutcome.values()) {
        if (o.code().equals(s)) {
          return o;
        }
      }
    } else if (v instanceof Number n && (n.doubleValue() == 0 || n.doubleValue() == 1)) {
      return n.doubleValue() == 1 ? PerformanceOutcome.BAD : PerformanceOutcome.GOOD;
    }
    throw new InvalidInputException("/" + outcomeName, "must be good, bad or indeterminate, true or false, or 1 or 0",
        "another value");
  }

  /** The month {@code yyyymm} of an integer {@code yyyymm}, a date, or text {@code yyyy-MM[-dd]}. */
  private int month(Object v) {
    try {
      if (v instanceof Number n && n.doubleValue() == n.longValue()) {
        long m = n.longValue();
        if (m >= 101 && m <= 999912 && m % 100 >= 1 && m % 100 <= 12) {
          return (int) m;
        }
      } else if (v instanceof java.sql.Date d) {
        return month(d.toLocalDate());
      } else if (v instanceof LocalDate d) {
        return month(d);
      } else if (v instanceof String s) {
        String t = s.strip();
        return month(LocalDate.parse(t.length() == 7 ? t + "-01" : t));
      }
    } catch (java.time.format.DateTimeParseException e) {
      // reported below
    }
    throw new InvalidInputException("/" + monthName, "must be a month yyyymm, a date, or text yyyy-MM or yyyy-MM-dd",
        "another value");
  }

  private static int month(LocalDate d) {
    return d.getYear() * 100 + d.getMonthValue();
  }

  /** The value of feature column {@code k}: {@code NaN} for null or empty text (missing). */
  private double value(Row row, int k) {
    int c = columnIndex[k];
    if (row.isNullAt(c)) {
      return Double.NaN;
    }
    if (!text[k]) {
      return ((Number) row.get(c)).doubleValue();
    }
    String s = row.getString(c).strip();
    if (s.isEmpty()) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw new InvalidInputException("/" + names[k], "must be a number, or empty for missing",
          "text of " + s.length() + " characters that is not a number");
    }
  }
}
