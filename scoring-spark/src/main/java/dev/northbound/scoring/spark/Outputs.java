package dev.northbound.scoring.spark;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.model.ScoreHolder;
import dev.northbound.scoring.models.scorecard.Scorecard;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The columns scoring adds, and how one scored or failed row fills them. */
final class Outputs {

  /** The error struct: where, which rule, and a description of what was found (never the value). */
  static final StructType ERROR_TYPE = DataTypes.createStructType(List.of(
      DataTypes.createStructField("pointer", DataTypes.StringType, false),
      DataTypes.createStructField("rule", DataTypes.StringType, false),
      DataTypes.createStructField("found", DataTypes.StringType, false)));

  /** How many columns {@link #append} adds. */
  static final int WIDTH = 6;

  private Outputs() {}

  /** {@code input} with the score columns appended (and {@code extra} columns before them). */
  static StructType append(StructType input, StructField... extra) {
    for (StructField f : extra) {
      requireAbsent(input, f.name());
      input = input.add(f);
    }
    for (String name : List.of(SparkScoring.SCORE, SparkScoring.PD, SparkScoring.GRADE, SparkScoring.REASON_CODES,
        SparkScoring.DECISION, SparkScoring.ERROR)) {
      requireAbsent(input, name);
    }
    return input
        .add(SparkScoring.SCORE, DataTypes.DoubleType, true)
        .add(SparkScoring.PD, DataTypes.DoubleType, true)
        .add(SparkScoring.GRADE, DataTypes.StringType, true)
        .add(SparkScoring.REASON_CODES, DataTypes.createArrayType(DataTypes.StringType, false), true)
        .add(SparkScoring.DECISION, DataTypes.StringType, true)
        .add(SparkScoring.ERROR, ERROR_TYPE, true);
  }

  private static void requireAbsent(StructType input, String name) {
    for (String existing : input.fieldNames()) {
      if (existing.equalsIgnoreCase(name)) {
        throw new IllegalArgumentException("the input already has a column named " + existing
            + "; rename or drop it before scoring");
      }
    }
  }

  /** The input row's values in a new array with room for {@code extra} more columns. */
  static Object[] copy(Row row, int extra) {
    Object[] out = new Object[row.length() + extra];
    for (int i = 0; i < row.length(); i++) {
      out[i] = row.get(i);
    }
    return out;
  }

  /** Writes the score columns from a filled holder at {@code at}. */
  static void scored(Object[] out, int at, Scorecard card, ScoreHolder holder, String[] reasonCodes,
      String decision) {
    out[at] = holder.points();
    out[at + 1] = holder.probabilityOfDefault();
    out[at + 2] = card.grades().get(holder.grade());
    String[] reasons = new String[holder.reasonCount()];
    for (int r = 0; r < reasons.length; r++) {
      reasons[r] = reasonCodes[holder.reasonCharacteristic(r)];
    }
    out[at + 3] = reasons;
    out[at + 4] = decision;
  }

  /** Writes the error column (score columns stay null) at {@code at}. */
  static void failed(Object[] out, int at, String pointerPrefix, InvalidInputException e) {
    String pointer = pointerPrefix + e.pointer();
    out[at + 5] = RowFactory.create(pointer.isEmpty() ? "/" : pointer, e.rule(), e.found());
  }

  /** The reason code of each characteristic, by characteristic index. */
  static String[] reasonCodes(Scorecard card) {
    return card.characteristics().stream().map(c -> c.reasonCode()).toArray(String[]::new);
  }
}
