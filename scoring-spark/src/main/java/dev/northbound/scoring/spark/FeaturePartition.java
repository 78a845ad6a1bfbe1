package dev.northbound.scoring.spark;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.model.ScoreHolder;
import dev.northbound.scoring.models.scorecard.Scorecard;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Scores one partition of feature rows: the model comes from the per-JVM cache, one values array
 * and one holder serve every row, and a row that breaks a rule gets the error column instead of
 * failing the task.
 */
final class FeaturePartition extends ScoringPartition {

  private static final long serialVersionUID = 1L;

  private final int[] schemaIndex; // feature position in the schema, per read column
  private final int[] columnIndex; // input column, per read column
  private final boolean[] text; // whether the input column holds strings
  private final String[] names;

  FeaturePartition(Broadcast<ModelRef> model, int[] schemaIndex, int[] columnIndex, boolean[] text, String[] names) {
    super(model);
    this.schemaIndex = schemaIndex;
    this.columnIndex = columnIndex;
    this.text = text;
    this.names = names;
  }

  @Override
  UnaryOperator<Row> rowScorer(Scorecard card, String[] codes) {
    ScoreHolder holder = card.newHolder();
    double[] values = new double[card.schema().size()];
    return row -> {
      Object[] out = Outputs.copy(row, Outputs.WIDTH);
      int at = row.length();
      try {
        Arrays.fill(values, Double.NaN);
        for (int k = 0; k < columnIndex.length; k++) {
          values[schemaIndex[k]] = read(row, k);
        }
        card.score(values, holder);
        Outputs.scored(out, at, card, holder, codes, null);
      } catch (InvalidInputException e) {
        Outputs.failed(out, at, "", e);
      }
      return RowFactory.create(out);
    };
  }

  /** The value of read column {@code k}: {@code NaN} for null (missing). */
  private double read(Row row, int k) {
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
