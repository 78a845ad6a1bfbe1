package dev.northbound.scoring.core.internal;

/** Checks shared by the lists built from columns. */
final class Columns {

  private Columns() {}

  /** Fails unless a column of {@code length} values has the list's {@code size}. */
  static void sameLength(int size, int length, String column) {
    if (length != size) {
      throw new IllegalArgumentException(column + " must have " + size + " values, found " + length);
    }
  }
}
