package dev.northbound.scoring.models.io;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One column of a tabular model's input table, as stored in the model file's {@code inputs}
 * section: the column's name in the data, the feature it feeds, and for a categorical column the
 * dictionary that turns labels into the codes the scorecard's categorical bins hold (label
 * {@code labels.get(i)} is code {@code i}).
 *
 * @param name the column name in the data, not blank
 * @param feature the feature name in the model's schema (snake_case)
 * @param labels the dictionary of a categorical column (possibly empty if every value was
 *     missing in training), or empty for a numeric column; labels distinct and not empty strings
 */
public record InputColumn(String name, String feature, Optional<List<String>> labels) {

  /**
   * Validates and copies.
   *
   * @throws IllegalArgumentException if a name is blank or labels repeat or are empty strings
   */
  public InputColumn {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(feature, "feature");
    Objects.requireNonNull(labels, "labels");
    if (name.isBlank() || feature.isBlank()) {
      throw new IllegalArgumentException("an input column needs a name and a feature");
    }
    labels = labels.map(List::copyOf);
    if (labels.isPresent()) {
      List<String> l = labels.get();
      if (new HashSet<>(l).size() != l.size() || l.contains("")) {
        throw new IllegalArgumentException(
            "input column " + name + ": labels must be distinct and not empty");
      }
    }
  }

  /** A numeric column. */
  public static InputColumn numeric(String name, String feature) {
    return new InputColumn(name, feature, Optional.empty());
  }

  /** A categorical column with its dictionary (label {@code i} is code {@code i}). */
  public static InputColumn categorical(String name, String feature, List<String> labels) {
    return new InputColumn(name, feature, Optional.of(labels));
  }

  /** Whether the column is categorical. */
  public boolean categorical() {
    return labels.isPresent();
  }
}
