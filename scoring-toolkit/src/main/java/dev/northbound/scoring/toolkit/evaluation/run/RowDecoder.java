package dev.northbound.scoring.toolkit.evaluation.run;

/**
 * Turns one record of a {@link RowSource} into a {@link Row}: the model's input values in schema
 * order, the outcome, and optionally a month and a segment. One decoder per thread; not thread-safe.
 */
@FunctionalInterface
public interface RowDecoder {

  /**
   * Decodes a record into {@code row}, which was {@linkplain Row#clear() cleared} before.
   *
   * @param lineNumber the record's 1-based line number, for error pointers ({@code /lines/<n>/...})
   * @param record the buffer holding the record's bytes
   * @param length the record's length
   * @param row where to write
   * @throws dev.northbound.scoring.core.InvalidInputException if the record breaks a rule; the run
   *     counts it as skipped (or stops, with fail-fast)
   */
  void decode(long lineNumber, byte[] record, int length, Row row);
}
