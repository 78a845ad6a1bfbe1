package dev.northbound.scoring.toolkit.data;

/** The declared type of a column read from text. */
public enum ColumnType {
  /** Numbers; read into a {@link NumericColumn}. */
  NUMERIC,
  /** Labels; read into a {@link CategoricalColumn}. */
  CATEGORICAL
}
