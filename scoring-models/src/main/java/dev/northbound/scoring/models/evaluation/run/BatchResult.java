package dev.northbound.scoring.models.evaluation.run;

import dev.northbound.scoring.core.InvalidInputException;

/**
 * What a worker made of one batch, row by row in line order: a kind per record (scored, excluded as
 * indeterminate, or skipped with its error) and, for scored rows, points, PD, outcome, month,
 * segment and the bin of each characteristic.
 */
final class BatchResult {

  static final byte SCORED = 0;
  static final byte INDETERMINATE = 1;
  static final byte SKIPPED = 2;

  final int size;
  final long[] lineNumbers;
  final byte[] kind;
  final double[] points;
  final double[] pd;
  final boolean[] bad;
  final int[] month;
  final String[] segment;
  final byte[][] bins;
  final InvalidInputException[] errors;

  BatchResult(long[] lineNumbers, int size, int characteristics) {
    this.size = size;
    this.lineNumbers = lineNumbers;
    this.kind = new byte[size];
    this.points = new double[size];
    this.pd = new double[size];
    this.bad = new boolean[size];
    this.month = new int[size];
    this.segment = new String[size];
    this.bins = new byte[characteristics][size];
    this.errors = new InvalidInputException[size];
  }
}
