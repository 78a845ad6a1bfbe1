package dev.northbound.scoring.models.io;

import dev.northbound.scoring.core.feature.FeatureDefinition;
import dev.northbound.scoring.core.feature.FeatureGroup;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.feature.RiskDirection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The input table of a model trained on tabular data (CSV or ARFF): its columns in schema order.
 * Stored as the optional {@code inputs} section of the model file, so that the file alone says how
 * to turn a row of the same table into the model's {@code double[]} (see
 * {@code dev.northbound.scoring.toolkit.tabular.TabularInputs}).
 *
 * <p>The feature schema is derived from the columns, one feature per column in order:
 * {@code FeatureDefinition(feature, description, unit, WILLINGNESS, NONE)} with unit
 * {@value #NUMERIC_UNIT} for a numeric column and {@value #CATEGORICAL_UNIT} for a categorical one,
 * and description {@code Column "<name>" of the training table} (a categorical one adds
 * {@code ", as a code of the model's dictionary"}). The core has no feature group for an arbitrary
 * table; WILLINGNESS is used for all of them and carries no meaning here.
 *
 * @param columns the columns, at least one, with distinct names and distinct features
 */
public record ModelInputs(List<InputColumn> columns) {

  /** The unit of a numeric input feature. */
  public static final String NUMERIC_UNIT = "value";
  /** The unit of a categorical input feature. */
  public static final String CATEGORICAL_UNIT = "category code";

  /**
   * Validates and copies.
   *
   * @throws IllegalArgumentException if there is no column or a name or feature repeats
   */
  public ModelInputs {
    columns = List.copyOf(columns);
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("model inputs need at least one column");
    }
    Set<String> names = new HashSet<>();
    Set<String> features = new HashSet<>();
    for (InputColumn c : columns) {
      if (!names.add(c.name()) || !features.add(c.feature())) {
        throw new IllegalArgumentException(
            "input column names and features must be distinct; " + c.name() + " repeats one");
      }
    }
  }

  /** Inputs of the given columns. */
  public static ModelInputs of(List<InputColumn> columns) {
    return new ModelInputs(columns);
  }

  /**
   * The feature schema the columns define (see the class comment).
   *
   * @throws IllegalArgumentException if a feature name is not snake_case of at most 64 characters
   */
  public FeatureSchema schema() {
    return FeatureSchema.of(columns.stream().map(ModelInputs::definition).toList());
  }

  private static FeatureDefinition definition(InputColumn c) {
    String description = "Column \"" + c.name() + "\" of the training table"
        + (c.categorical() ? ", as a code of the model's dictionary" : "");
    return new FeatureDefinition(c.feature(), description,
        c.categorical() ? CATEGORICAL_UNIT : NUMERIC_UNIT, FeatureGroup.WILLINGNESS,
        RiskDirection.NONE);
  }
}
