package dev.northbound.scoring.toolkit.evaluation.run;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.model.ScoreHolder;
import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.toolkit.data.PerformanceOutcome;
import java.util.Arrays;
import java.util.Objects;

/**
 * Scored records of an evaluation, compact and in input order: per record its kind (scored,
 * excluded as indeterminate, or skipped for an error) and, for a scored record, points, PD,
 * outcome, month, segment and the bin of each characteristic; for a skipped record its line number,
 * pointer, rule and description of what was found (never the value). About 25 bytes plus one per
 * characteristic a scored record once {@linkplain #toBytes() encoded}.
 *
 * <p>This is how an engine that scores elsewhere (for example Spark executors) feeds {@link
 * EvaluationRun#evaluate(Scorecard, String, java.util.Iterator, EvaluationSettings, ProgressListener)}:
 * score chunks of records with a {@link Builder} where the data is, ship {@link #toBytes()}, and
 * merge the {@linkplain #parse(byte[]) parsed} batches in input order. The local run builds its
 * batches with the same {@link Builder}.
 *
 * <p>Immutable once built, and thread-safe.
 */
public final class ScoredBatch {

  static final byte SCORED = 0;
  static final byte INDETERMINATE = 1;
  static final byte SKIPPED = 2;
  static final int MAX_BINS = 65_535;

  final int size;
  final long lines;
  final long[] lineNumbers;
  final byte[] kind;
  final double[] points;
  final double[] pd;
  final boolean[] bad;
  final int[] month;
  final String[] segment;
  final short[][] bins;
  final InvalidInputException[] errors;

  ScoredBatch(int size, long lines, long[] lineNumbers, byte[] kind, double[] points, double[] pd, boolean[] bad,
      int[] month, String[] segment, short[][] bins, InvalidInputException[] errors) {
    this.size = size;
    this.lines = lines;
    this.lineNumbers = lineNumbers;
    this.kind = kind;
    this.points = points;
    this.pd = pd;
    this.bad = bad;
    this.month = month;
    this.segment = segment;
    this.bins = bins;
    this.errors = errors;
  }

  /**
   * A builder that scores records with {@code model} for an evaluation (indeterminate records are
   * counted, not scored). Confined to one thread.
   *
   * @param model the model
   * @return the builder
   * @throws IllegalArgumentException if a characteristic has more than 65,535 bins
   */
  public static Builder builder(Scorecard model) {
    return new Builder(Objects.requireNonNull(model, "model"), false);
  }

  /** The number of records. */
  public int size() {
    return size;
  }

  /**
   * The number of input lines the batch spans: its last line number, or more when blank lines
   * follow ({@link Builder#throughLine(long)}).
   */
  public long lines() {
    return lines;
  }

  /**
   * This batch with every line number moved by {@code offset}, in the records and in the {@code
   * /lines/<n>} prefix of their error pointers: for engines that number lines within a chunk and
   * learn the chunk's place in the input only when merging.
   *
   * @param offset the number of input lines before this batch
   * @return the renumbered batch (this one if {@code offset} is 0)
   * @throws IllegalArgumentException if {@code offset} is negative
   */
  public ScoredBatch renumbered(long offset) {
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative, found " + offset);
    }
    if (offset == 0) {
      return this;
    }
    long[] moved = new long[size];
    InvalidInputException[] errs = errors.clone();
    for (int i = 0; i < size; i++) {
      moved[i] = lineNumbers[i] + offset;
      if (errs[i] != null) {
        errs[i] = BatchCodec.renumber(errs[i], lineNumbers[i], moved[i]);
      }
    }
    return new ScoredBatch(size, lines + offset, moved, kind, points, pd, bad, month, segment, bins, errs);
  }

  /** The batch encoded compactly (the format is private to this version of the library). */
  public byte[] toBytes() {
    return BatchCodec.encode(this);
  }

  /**
   * Decodes {@link #toBytes()}.
   *
   * @param bytes the encoded batch
   * @return the batch
   * @throws IllegalArgumentException if the bytes are not an encoded batch
   */
  public static ScoredBatch parse(byte[] bytes) {
    return BatchCodec.decode(Objects.requireNonNull(bytes, "bytes"));
  }

  /**
   * Scores records into a {@link ScoredBatch}, reusing one {@link Row} and one score holder: fill
   * {@link #row()} (or hand a decoder the record) and add it. Mutable and confined to one thread.
   */
  public static final class Builder {

    private final Scorecard model;
    private final boolean scoreIndeterminate;
    private final int characteristics;
    private final Row row;
    private final ScoreHolder holder;
    private int size;
    private long lastLine;
    private long[] lineNumbers = new long[64];
    private byte[] kind = new byte[64];
    private double[] points = new double[64];
    private double[] pd = new double[64];
    private boolean[] bad = new boolean[64];
    private int[] month = new int[64];
    private String[] segment = new String[64];
    private short[][] bins;
    private InvalidInputException[] errors = new InvalidInputException[64];

    Builder(Scorecard model, boolean scoreIndeterminate) {
      model.characteristics().forEach(c -> {
        if (c.bins().size() > MAX_BINS) {
          throw new IllegalArgumentException("characteristic " + c.name() + " has more than " + MAX_BINS + " bins");
        }
      });
      this.model = model;
      this.scoreIndeterminate = scoreIndeterminate;
      this.characteristics = model.characteristics().size();
      this.row = Row.of(model.schema());
      this.holder = model.newHolder();
      this.bins = new short[characteristics][64];
    }

    /** The reusable row: {@linkplain Row#clear() clear} it, fill it, then {@link #addRow(long)}. */
    public Row row() {
      return row;
    }

    /**
     * Decodes a record into the row with {@code decoder} and adds it; a record the decoder rejects
     * is added as skipped.
     *
     * @param lineNumber the record's 1-based line number, increasing from record to record
     * @param decoder the decoder, confined to this thread
     * @param record the buffer holding the record
     * @param length the record's length
     * @return this builder
     */
    public Builder addRecord(long lineNumber, RowDecoder decoder, byte[] record, int length) {
      row.clear();
      try {
        decoder.decode(lineNumber, record, length, row);
      } catch (InvalidInputException e) {
        return addSkipped(lineNumber, e);
      }
      return addRow(lineNumber);
    }

    /**
     * Scores the filled {@link #row()} and adds it (or counts it, if its outcome is indeterminate); a
     * value the model rejects (an infinite number) makes it skipped.
     *
     * @param lineNumber the record's 1-based line number, increasing from record to record
     * @return this builder
     * @throws IllegalStateException if the row has no outcome
     */
    public Builder addRow(long lineNumber) {
      PerformanceOutcome outcome = row.outcome().orElseThrow(
          () -> new IllegalStateException("the row of line " + lineNumber + " has no outcome"));
      if (outcome == PerformanceOutcome.INDETERMINATE && !scoreIndeterminate) {
        next(lineNumber, INDETERMINATE);
        return this;
      }
      try {
        model.score(row.features().values(), holder);
      } catch (InvalidInputException e) {
        return addSkipped(lineNumber, e);
      }
      int i = next(lineNumber, SCORED);
      points[i] = holder.points();
      pd[i] = holder.probabilityOfDefault();
      bad[i] = outcome == PerformanceOutcome.BAD;
      month[i] = row.month();
      segment[i] = row.segment().orElse(null);
      for (int c = 0; c < characteristics; c++) {
        bins[c][i] = (short) holder.bin(c);
      }
      return this;
    }

    /**
     * Adds a record that broke a rule: it is counted and listed by its pointer and rule.
     *
     * @param lineNumber the record's 1-based line number, increasing from record to record
     * @param error what was wrong
     * @return this builder
     */
    public Builder addSkipped(long lineNumber, InvalidInputException error) {
      int i = next(lineNumber, SKIPPED);
      errors[i] = Objects.requireNonNull(error, "error");
      return this;
    }

    /**
     * Extends the batch's span to {@code line}, for blank lines after the last record.
     *
     * @param line the last line the batch covers
     * @return this builder
     * @throws IllegalArgumentException if {@code line} is before the last record's line
     */
    public Builder throughLine(long line) {
      if (line < lastLine) {
        throw new IllegalArgumentException("line " + line + " is before the last record's line " + lastLine);
      }
      lastLine = line;
      return this;
    }

    /** The number of records added so far. */
    public int size() {
      return size;
    }

    /** The batch of the records added; the builder can then be used for a new batch. */
    public ScoredBatch build() {
      short[][] b = new short[characteristics][];
      for (int c = 0; c < characteristics; c++) {
        b[c] = Arrays.copyOf(bins[c], size);
      }
      ScoredBatch out = new ScoredBatch(size, lastLine, Arrays.copyOf(lineNumbers, size), Arrays.copyOf(kind, size),
          Arrays.copyOf(points, size), Arrays.copyOf(pd, size), Arrays.copyOf(bad, size), Arrays.copyOf(month, size),
          Arrays.copyOf(segment, size), b, Arrays.copyOf(errors, size));
      Arrays.fill(errors, 0, size, null);
      Arrays.fill(segment, 0, size, null);
      size = 0;
      lastLine = 0;
      return out;
    }

    private int next(long lineNumber, byte k) {
      if (lineNumber <= lastLine) {
        throw new IllegalArgumentException("line numbers must be positive and increasing, found " + lineNumber
            + " after " + lastLine);
      }
      if (size == kind.length) {
        grow();
      }
      lastLine = lineNumber;
      lineNumbers[size] = lineNumber;
      kind[size] = k;
      return size++;
    }

    private void grow() {
      int n = Math.toIntExact(Math.min(Integer.MAX_VALUE - 8L, 2L * kind.length));
      lineNumbers = Arrays.copyOf(lineNumbers, n);
      kind = Arrays.copyOf(kind, n);
      points = Arrays.copyOf(points, n);
      pd = Arrays.copyOf(pd, n);
      bad = Arrays.copyOf(bad, n);
      month = Arrays.copyOf(month, n);
      segment = Arrays.copyOf(segment, n);
      errors = Arrays.copyOf(errors, n);
      for (int c = 0; c < characteristics; c++) {
        bins[c] = Arrays.copyOf(bins[c], n);
      }
    }
  }
}
