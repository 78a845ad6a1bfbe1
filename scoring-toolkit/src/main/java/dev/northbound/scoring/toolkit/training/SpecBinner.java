package dev.northbound.scoring.toolkit.training;

import dev.northbound.scoring.core.definition.DefinitionJson;
import dev.northbound.scoring.toolkit.data.CategoricalColumn;
import dev.northbound.scoring.toolkit.data.Column;
import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.data.NumericColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Bins every column of a data set but the protected attributes as the configuration's spec says:
 * at its fixed cuts or groups, else optimally under the spec's constraints. The spec must fit the
 * data: every column it names exists, with the kind it says.
 */
final class SpecBinner {

  private SpecBinner() {}

  /**
   * The binning of every column but the protected ones, in column order.
   *
   * @throws dev.northbound.scoring.core.ModelDefinitionException if the spec names a column the
   *     data lacks, gives a kind, cuts, groups or special values that do not fit the column's kind,
   *     or a group label that is not one of the column's labels (pointer into the spec)
   */
  static List<BinningResult> bin(Dataset data, TrainingConfig config) {
    TrainingSpec spec = config.spec();
    for (String name : spec.characteristics().keySet()) {
      requireColumn(data, name, "/characteristics/" + escape(name));
    }
    for (int i = 0; i < spec.protectedAttributes().size(); i++) {
      requireColumn(data, spec.protectedAttributes().get(i), "/protectedAttributes/" + i);
    }
    boolean[] bad = data.bad();
    double[] weights = data.weights();
    List<BinningResult> out = new ArrayList<>();
    for (Column column : data.columns()) {
      if (!spec.protectedAttributes().contains(column.name())) {
        out.add(bin(column, bad, weights, config, spec.characteristic(column.name())));
      }
    }
    return out;
  }

  private static BinningResult bin(Column column, boolean[] bad, double[] weights,
      TrainingConfig config,
      CharacteristicSpec c) {
    String at = "/characteristics/" + escape(column.name());
    boolean numeric = column instanceof NumericColumn;
    CharacteristicSpec.Kind actual =
        numeric ? CharacteristicSpec.Kind.NUMERIC : CharacteristicSpec.Kind.CATEGORICAL;
    if (c.kind().isPresent() && c.kind().get() != actual) {
      throw DefinitionJson.fail(at + "/kind", "must be the column's kind in the data",
          actual.name().toLowerCase(Locale.ROOT));
    }
    if (c.cuts().isPresent() && !numeric) {
      throw DefinitionJson.fail(at + "/cuts", "cuts are for a numeric column", "a categorical column");
    }
    if (c.groups().isPresent() && numeric) {
      throw DefinitionJson.fail(at + "/groups", "groups are for a categorical column",
          "a numeric column");
    }
    if (!c.specialValues().isEmpty() && !numeric) {
      throw DefinitionJson.fail(at + "/specialValues", "are for a numeric column",
          "a categorical column");
    }
    List<Attribute.Special> specials = config.specialValuesOf(column.name());
    if (c.cuts().isPresent()) {
      double[] cuts = c.cuts().get().stream().mapToDouble(Double::doubleValue).toArray();
      return Binner.fixedNumeric((NumericColumn) column, bad, weights, cuts, specials);
    }
    if (c.groups().isPresent()) {
      CategoricalColumn categorical = (CategoricalColumn) column;
      List<List<String>> groups = c.groups().get();
      for (int g = 0; g < groups.size(); g++) {
        for (int i = 0; i < groups.get(g).size(); i++) {
          if (!categorical.labels().contains(groups.get(g).get(i))) {
            throw DefinitionJson.fail(at + "/groups/" + g + "/" + i,
                "must be one of the column's labels", "a label the data does not have");
          }
        }
      }
      return Binner.fixedCategorical(categorical, bad, weights, groups);
    }
    return Binner.bin(column, bad, weights, c.constraints(config.binning()), specials);
  }

  private static void requireColumn(Dataset data, String name, String at) {
    if (data.column(name).isEmpty()) {
      throw DefinitionJson.fail(at, "must name a column of the training data", "no such column");
    }
  }

  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
