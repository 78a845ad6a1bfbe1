package dev.northbound.scoring.toolkit.data;

import java.util.List;
import java.util.Objects;

/**
 * One record of a CSV text as {@link CsvRecords} reads it.
 *
 * @param line the 1-based line on which the record starts (a quoted field may span lines)
 * @param values the fields in order; unquoted fields are trimmed, quoted ones are kept as written
 *     between their quotes (with {@code ""} read as one quote)
 * @param quoted for each field, whether it was written in quotes (a quoted missing marker such as
 *     {@code "NA"} is a value, not a missing cell)
 */
public record CsvRecord(long line, List<String> values, List<Boolean> quoted) {

  /**
   * Validates and copies.
   *
   * @throws IllegalArgumentException if the line is below 1, there are no fields, or the lists
   *     differ in size
   */
  public CsvRecord {
    values = List.copyOf(values);
    quoted = List.copyOf(quoted);
    if (line < 1) {
      throw new IllegalArgumentException("line must be 1 or more, found " + line);
    }
    if (values.isEmpty() || values.size() != quoted.size()) {
      throw new IllegalArgumentException("a record needs one quoted flag per field, found "
          + values.size() + " fields and " + quoted.size() + " flags");
    }
  }

  /** The number of fields. */
  public int size() {
    return values.size();
  }

  /** Field {@code i}. */
  public String value(int i) {
    return values.get(i);
  }

  /** Whether field {@code i} was written in quotes. */
  public boolean isQuoted(int i) {
    return Objects.requireNonNull(quoted.get(i));
  }
}
