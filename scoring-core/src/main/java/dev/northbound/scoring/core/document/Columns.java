package dev.northbound.scoring.core.document;

import dev.northbound.scoring.core.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One group of columns of format version 2, such as {@code "bills": {"kind": [...], "amount": [...]}}:
 * an object whose fields are arrays of one value per entry, all of the same length, every column
 * required. Each column is checked while it streams (the entry limit first, then each value); the
 * entries are built once every column is read. Not thread-safe; one instance reads one group.
 */
final class Columns {

  private final JsonInput in;
  private final String[] names;
  private final List<?>[] values;
  private int mark;
  private int length = -1;
  private String first;

  /** A group of the columns {@code names}, in canonical order. */
  Columns(JsonInput in, String... names) {
    this.in = in;
    this.names = names;
    this.values = new List<?>[names.length];
  }

  /**
   * Reads the group: column {@code names[i]} read value by value with {@code readers[i]}.
   *
   * @param max the most entries
   * @param noun what the entries are, for the message
   * @return the number of entries
   */
  @SafeVarargs
  final int read(int max, String noun, Function<JsonInput, ?>... readers) {
    mark = in.startObject();
    while (in.nextField()) {
      String name = in.fieldName();
      int c = indexOf(name);
      if (c < 0) {
        throw in.unknownField(mark);
      }
      int at = in.startArray();
      List<Object> column = new ArrayList<>(length < 0 ? 16 : length);
      while (in.nextElement(at, column.size(), max, noun)) {
        column.add(readers[c].apply(in));
      }
      if (length < 0) {
        length = column.size();
        first = name;
      } else if (column.size() != length) {
        throw new InvalidInputException(in.pointerAt(at), "must have as many entries as " + first,
            column.size() + " entries against " + length);
      }
      values[c] = column;
    }
    for (int c = 0; c < names.length; c++) {
      ScalarReaders.require(values[c], in, mark, names[c]);
    }
    return length;
  }

  /** Entry {@code i} of column {@code c}. */
  @SuppressWarnings("unchecked")
  <T> T get(int c, int i) {
    return (T) values[c].get(i);
  }

  /** The failure for an entry that breaks a domain rule the readers did not check first (a safety net). */
  InvalidInputException domainRule() {
    return new InvalidInputException(in.pointerAt(mark), "must satisfy the domain rules", "a value that breaks one");
  }

  private int indexOf(String name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }
}
