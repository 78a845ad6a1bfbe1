package dev.northbound.scoring.toolkit.report.shape;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.model.ScoreHolder;
import dev.northbound.scoring.models.scorecard.Characteristic;
import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.toolkit.data.CategoricalColumn;
import dev.northbound.scoring.toolkit.data.Column;
import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.data.NumericColumn;
import dev.northbound.scoring.toolkit.tabular.TabularInputs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The shapes of all characteristics of a scorecard over one labelled data set, in the scorecard's
 * order, with the data's row and bad counts.
 *
 * @param characteristics the shape of each characteristic, in the scorecard's order
 * @param rows the rows of the data
 * @param bads the bad rows of the data
 */
public record ShapeTable(List<CharacteristicShape> characteristics, long rows, long bads) {

  /**
   * Validates and copies.
   *
   * @throws IllegalArgumentException if there is no characteristic, the bads are not within
   *     {@code [0, rows]}, or a characteristic counts other rows or bads than the data's
   */
  public ShapeTable {
    characteristics = List.copyOf(characteristics);
    if (characteristics.isEmpty()) {
      throw new IllegalArgumentException("a shape table needs at least one characteristic");
    }
    if (bads < 0 || bads > rows) {
      throw new IllegalArgumentException("must have 0 <= bads <= rows, found " + bads + " bads in "
          + rows + " rows");
    }
    for (CharacteristicShape c : characteristics) {
      if (c.rows() != rows || c.bads() != bads) {
        throw new IllegalArgumentException(c.name() + " counts " + c.rows() + " rows and " + c.bads()
            + " bads, but the data has " + rows + " and " + bads);
      }
    }
  }

  /**
   * Counts the rows of {@code data} in every bin of {@code card}, assigning each row to the bin the
   * scorecard itself scores it in ({@link Scorecard#score(double[], ScoreHolder)}, then {@link
   * ScoreHolder#bin(int)}).
   *
   * <p>Each schema feature takes the data column of the same name, as in training: a numeric column
   * gives its value, a categorical column its code (the position of the label in the column's
   * dictionary, which is what a trained scorecard's category sets hold); a missing value, and a
   * feature no characteristic uses and the data lacks, is {@code NaN}.
   *
   * @param card the scorecard
   * @param data labelled rows whose column names are the scorecard's feature names
   * @return the shapes
   * @throws InvalidInputException if a feature of a characteristic is not a column of the data
   *     (pointer {@code /columns/<name>}), or a value is infinite
   */
  public static ShapeTable count(Scorecard card, Dataset data) {
    Objects.requireNonNull(card, "card");
    Objects.requireNonNull(data, "data");
    FeatureSchema schema = card.schema();
    double[][] columns = new double[schema.size()][];
    for (Characteristic c : card.characteristics()) {
      require(data, c.feature());
      c.partner().ifPresent(p -> require(data, p));
    }
    for (int f = 0; f < schema.size(); f++) {
      columns[f] = data.column(schema.name(f)).map(ShapeTable::values).orElse(null);
    }
    return count(card, columns, data.bad());
  }

  /**
   * Counts the rows of a raw table in every bin of a scorecard trained on such a table, binding its
   * columns to the scorecard's features as evaluation does ({@link TabularInputs#bind}: labels to
   * the training codes by text, unknown labels and missing values to {@code NaN}), then assigning
   * each row to the bin the scorecard scores it in.
   *
   * @param card the scorecard
   * @param inputs the model file's inputs ({@link TabularInputs#from})
   * @param table the labelled table, with the columns the model was trained on
   * @return the shapes
   * @throws IllegalArgumentException if the inputs are not of the scorecard's schema
   * @throws InvalidInputException if an input column is absent or of the other type, or a value is
   *     infinite
   */
  public static ShapeTable count(Scorecard card, TabularInputs inputs, Dataset table) {
    Objects.requireNonNull(card, "card");
    Objects.requireNonNull(inputs, "inputs");
    if (!inputs.schema().fingerprint().equals(card.schema().fingerprint())) {
      throw new IllegalArgumentException("the inputs' schema " + inputs.schema().fingerprint().substring(0, 12)
          + " is not the scorecard's " + card.schema().fingerprint().substring(0, 12));
    }
    return count(card, inputs.bind(table).columns(), table.bad());
  }

  /** The shapes of column-wise values in schema order ({@code null}: all missing). */
  private static ShapeTable count(Scorecard card, double[][] columns, boolean[] bad) {
    FeatureSchema schema = card.schema();
    List<Characteristic> characteristics = card.characteristics();
    long[][] rows = new long[characteristics.size()][];
    long[][] bads = new long[characteristics.size()][];
    for (int c = 0; c < rows.length; c++) {
      rows[c] = new long[characteristics.get(c).bins().size()];
      bads[c] = new long[rows[c].length];
    }
    double[] values = new double[schema.size()];
    ScoreHolder holder = card.newHolder();
    long badRows = 0;
    for (int r = 0; r < bad.length; r++) {
      for (int f = 0; f < values.length; f++) {
        values[f] = columns[f] == null ? Double.NaN : columns[f][r];
      }
      card.score(values, holder);
      badRows += bad[r] ? 1 : 0;
      for (int c = 0; c < rows.length; c++) {
        int bin = holder.bin(c);
        if (bin < 0 || bin >= rows[c].length) {
          throw new IllegalStateException(characteristics.get(c).name() + ": the scorecard reported bin "
              + bin + " of " + rows[c].length);
        }
        rows[c][bin]++;
        bads[c][bin] += bad[r] ? 1 : 0;
      }
    }
    List<CharacteristicShape> shapes = new ArrayList<>();
    for (int c = 0; c < rows.length; c++) {
      shapes.add(CharacteristicShape.of(characteristics.get(c), rows[c], bads[c]));
    }
    return new ShapeTable(shapes, bad.length, badRows);
  }

  private static void require(Dataset data, String feature) {
    if (data.column(feature).isEmpty()) {
      throw new InvalidInputException("/columns/" + feature.replace("~", "~0").replace("/", "~1"),
          "must be a column of the data, as in training", "no such column");
    }
  }

  /** A column as the scorecard reads it: values, or codes as numbers; NaN for missing. */
  private static double[] values(Column column) {
    if (column instanceof NumericColumn numeric) {
      return numeric.values();
    }
    CategoricalColumn categorical = (CategoricalColumn) column;
    double[] out = new double[categorical.size()];
    Arrays.setAll(out, r -> categorical.isMissing(r) ? Double.NaN : categorical.code(r));
    return out;
  }
}
