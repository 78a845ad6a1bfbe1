package dev.northbound.scoring.toolkit.tabular;

import dev.northbound.scoring.core.ModelDefinitionException;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.models.io.InputColumn;
import dev.northbound.scoring.models.io.ModelFile;
import dev.northbound.scoring.models.io.ModelInputs;
import dev.northbound.scoring.toolkit.data.CategoricalColumn;
import dev.northbound.scoring.toolkit.data.Column;
import dev.northbound.scoring.toolkit.data.ColumnType;
import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.data.NumericColumn;
import dev.northbound.scoring.toolkit.data.ReadOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The inputs of a model trained on a table (CSV or ARFF): the columns in schema order, each a
 * numeric feature (unit {@value ModelInputs#NUMERIC_UNIT}) or a categorical one (unit
 * {@value ModelInputs#CATEGORICAL_UNIT}) with the dictionary that codes its labels. Stored in the
 * model file's {@code inputs} section ({@link ModelInputs}).
 *
 * <p>Turning a row of a table into the model's {@code double[]} ({@link #bind(Dataset)}, then
 * {@link TabularRows#fill(int, double[])}):
 *
 * <ul>
 *   <li>numeric column: the value; a missing value (a missing marker in CSV, {@code ?} in ARFF) is
 *       {@code NaN}, which scores the missing bin;
 *   <li>categorical column: the label's code in the model's dictionary, matched by label text, so
 *       the data's own dictionary order does not matter; a missing value is {@code NaN};
 *   <li><b>unknown category</b>: a label the model's dictionary does not hold is {@code NaN}, so it
 *       scores the missing bin, as an unseen label does in training; {@link
 *       TabularRows#unknownLabelRows()} counts such rows per column for monitoring.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class TabularInputs {

  private final ModelInputs inputs;
  private final FeatureSchema schema;

  private TabularInputs(ModelInputs inputs) {
    this.inputs = inputs;
    this.schema = inputs.schema();
  }

  /**
   * The inputs of a training table: every column of {@code training} in order, named by the rule of
   * the package docs ({@code docs/training.md}): lower-case snake_case, {@code "Credit Amount
   * (DM)"} becomes {@code credit_amount_dm}.
   */
  public static TabularInputs derive(Dataset training) {
    List<Column> columns = training.columns();
    List<String> features = FeatureNames.of(columns.stream().map(Column::name).toList());
    List<InputColumn> out = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      Column c = columns.get(i);
      out.add(c instanceof CategoricalColumn cat
          ? InputColumn.categorical(c.name(), features.get(i), cat.labels())
          : InputColumn.numeric(c.name(), features.get(i)));
    }
    return new TabularInputs(ModelInputs.of(out));
  }

  /** The inputs stored in a model file. */
  public static TabularInputs of(ModelInputs inputs) {
    return new TabularInputs(Objects.requireNonNull(inputs, "inputs"));
  }

  /**
   * The inputs of a model file.
   *
   * @throws ModelDefinitionException if the file has no {@code inputs} section (it was not trained
   *     on a table)
   */
  public static TabularInputs from(ModelFile file) {
    return of(file.inputs().orElseThrow(() -> new ModelDefinitionException(
        "/inputs", "is required to score a table's rows (the model was not trained on a table)", "nothing")));
  }

  /** The stored form, for {@link ModelFile#of(dev.northbound.scoring.models.scorecard.Scorecard, ModelInputs)}. */
  public ModelInputs inputs() {
    return inputs;
  }

  /** The feature schema: one feature per column, in column order. */
  public FeatureSchema schema() {
    return schema;
  }

  /** The column names in the data, in schema order. */
  public List<String> columnNames() {
    return inputs.columns().stream().map(InputColumn::name).toList();
  }

  /**
   * Read options that declare every input column's type as in training, so that a CSV whose
   * categorical column happens to hold only numbers is still read as categorical.
   */
  public ReadOptions readOptions(String target, String badValue) {
    ReadOptions options = ReadOptions.of(target, badValue);
    for (InputColumn c : inputs.columns()) {
      options = options.declaring(c.name(),
          c.categorical() ? ColumnType.CATEGORICAL : ColumnType.NUMERIC);
    }
    return options;
  }

  /**
   * The training table with its columns renamed to their features, in schema order: the data a
   * scorecard is trained on, so that characteristic names are feature names; a weighted table
   * keeps its weights.
   *
   * @throws dev.northbound.scoring.core.InvalidInputException as {@link #bind(Dataset)}
   */
  public Dataset featureTable(Dataset data) {
    TabularRows.requireColumns(inputs, data);
    List<Column> renamed = new ArrayList<>();
    for (InputColumn c : inputs.columns()) {
      Column column = data.column(c.name()).orElseThrow();
      renamed.add(column instanceof CategoricalColumn cat
          ? CategoricalColumn.of(c.feature(), cat.codes(), cat.labels())
          : NumericColumn.of(c.feature(), ((NumericColumn) column).values()));
    }
    return data.weighted() ? Dataset.of(renamed, data.bad(), data.weights())
        : Dataset.of(renamed, data.bad());
  }

  /**
   * The feature table of another table of these columns (for example the rejected applicants of a
   * through-the-door sample, read beside the training table): as {@link #featureTable}, but each
   * categorical column recoded by label text into these inputs' dictionary, so its codes mean what
   * they mean in training; a label the dictionary does not hold is missing, as {@link #bind} scores
   * it. Extra columns are ignored; a weighted table keeps its weights.
   *
   * @throws dev.northbound.scoring.core.InvalidInputException as {@link #bind(Dataset)}
   */
  public Dataset recodedFeatureTable(Dataset data) {
    double[][] values = bind(data).columns();
    List<Column> out = new ArrayList<>();
    List<InputColumn> list = inputs.columns();
    for (int j = 0; j < list.size(); j++) {
      InputColumn c = list.get(j);
      if (c.categorical()) {
        int[] codes = new int[values[j].length];
        for (int r = 0; r < codes.length; r++) {
          codes[r] = Double.isNaN(values[j][r]) ? CategoricalColumn.MISSING : (int) values[j][r];
        }
        out.add(CategoricalColumn.of(c.feature(), codes, c.labels().orElseThrow()));
      } else {
        out.add(NumericColumn.of(c.feature(), values[j]));
      }
    }
    return data.weighted() ? Dataset.of(out, data.bad(), data.weights())
        : Dataset.of(out, data.bad());
  }

  /**
   * Binds a table of the same columns (extra columns are ignored, order does not matter) for
   * scoring row by row or column by column.
   *
   * @throws dev.northbound.scoring.core.InvalidInputException if an input column is absent (pointer
   *     {@code /columns/<name>}) or of the other type
   */
  public TabularRows bind(Dataset data) {
    return new TabularRows(inputs, data);
  }

  /**
   * The cell-by-cell decoding of these inputs, for engines that read rows themselves; the same label
   * coding as {@link #bind(Dataset)} and the CSV reader's number rule.
   */
  public TabularCells cells() {
    return new TabularCells(inputs);
  }

  /** Row {@code row} of {@code data} as the model's values; see {@link TabularRows#row(int)}. */
  public double[] row(Dataset data, int row) {
    return bind(data).row(row);
  }

  /** Fills {@code out} with row {@code row} of {@code data}; see {@link TabularRows#fill}. */
  public void fill(Dataset data, int row, double[] out) {
    bind(data).fill(row, out);
  }
}
