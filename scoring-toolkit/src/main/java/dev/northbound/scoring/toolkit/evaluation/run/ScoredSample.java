package dev.northbound.scoring.toolkit.evaluation.run;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.toolkit.evaluation.EvaluationAccumulator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The merged rows of a run as primitive arrays (points and outcomes through {@link
 * EvaluationAccumulator}, plus month, segment code and the bin of each characteristic), the counts
 * of excluded and skipped records, and the first skipped records one by one. Filled in line order
 * on one thread; not thread-safe.
 */
final class ScoredSample {

  /** One skipped record: its line, the pointer and the rule (never the value). */
  record Skipped(long line, String pointer, String rule) {}

  final EvaluationAccumulator rows = EvaluationAccumulator.create();
  private int[] months = new int[1024];
  private int[] segments = new int[1024];
  private short[][] bins;
  private final Map<String, Integer> segmentCodes = new LinkedHashMap<>();
  private boolean anyMonth;
  private boolean anySegment;
  long records;
  long indeterminate;
  long skipped;
  final List<Skipped> listed = new ArrayList<>();
  final Map<String, Long> skippedByReason = new TreeMap<>();
  private final int maxListed;

  ScoredSample(int characteristics, int maxListed) {
    this.bins = new short[characteristics][1024];
    this.maxListed = maxListed;
  }

  /** Appends a batch in order; with {@code failFast} the first skipped record is thrown. */
  void merge(ScoredBatch batch, boolean failFast) {
    for (int i = 0; i < batch.size; i++) {
      records++;
      if (batch.kind[i] == ScoredBatch.INDETERMINATE) {
        indeterminate++;
      } else if (batch.kind[i] == ScoredBatch.SKIPPED) {
        InvalidInputException e = batch.errors[i];
        if (failFast) {
          throw new UnusableRowException(batch.lineNumbers[i], "", e);
        }
        skipped++;
        skippedByReason.merge(reason(e), 1L, Long::sum);
        if (listed.size() < maxListed) {
          listed.add(new Skipped(batch.lineNumbers[i], e.pointer(), e.rule()));
        }
      } else {
        append(batch, i);
      }
    }
  }

  private void append(ScoredBatch batch, int i) {
    int n = rows.size();
    if (n == months.length) {
      int capacity = (int) Math.min(Integer.MAX_VALUE - 8L, 2L * n);
      months = Arrays.copyOf(months, capacity);
      segments = Arrays.copyOf(segments, capacity);
      for (int c = 0; c < bins.length; c++) {
        bins[c] = Arrays.copyOf(bins[c], capacity);
      }
    }
    rows.add(batch.points[i], batch.bad[i], batch.pd[i]);
    months[n] = batch.month[i];
    anyMonth |= batch.month[i] != 0;
    String label = batch.segment[i];
    anySegment |= label != null;
    segments[n] = segmentCodes.computeIfAbsent(label == null ? "(none)" : label, k -> segmentCodes.size());
    for (int c = 0; c < bins.length; c++) {
      bins[c][n] = batch.bins[c][i];
    }
  }

  /** The reason key: the rule at the pointer with the line number dropped and indexes generalised. */
  static String reason(InvalidInputException e) {
    String pointer = e.pointer().replaceFirst("^/lines/\\d+", "").replaceAll("/\\d+(?=/|$)", "/*");
    return (pointer.isEmpty() ? "/" : pointer) + ": " + e.rule();
  }

  int size() {
    return rows.size();
  }

  /** The months ({@code yyyymm}, 0 for none), or empty if no row has one. */
  int[] months() {
    return anyMonth ? Arrays.copyOf(months, size()) : new int[0];
  }

  /** The segment labels by row, or empty if no row has one. */
  String[] segments() {
    if (!anySegment) {
      return new String[0];
    }
    String[] labels = segmentCodes.keySet().toArray(new String[0]);
    String[] out = new String[size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = labels[segments[i]];
    }
    return out;
  }

  /** The bin index of characteristic {@code c} by row. */
  int[] bins(int c) {
    int[] out = new int[size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = bins[c][i] & 0xffff;
    }
    return out;
  }
}
