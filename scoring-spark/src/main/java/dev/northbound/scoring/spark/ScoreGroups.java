package dev.northbound.scoring.spark;

import dev.northbound.scoring.toolkit.evaluation.Calibration;
import java.io.Serializable;
import java.util.Arrays;

/**
 * The exact histogram of scored rows at the finest resolution: for each distinct score (ascending,
 * {@code -0.0} folded into {@code 0.0}) the number of bads and goods, the sum of their PDs, the sums
 * of their Brier and log-loss terms, and their PD if every row of the score shares it. Each
 * partition builds one; two merge exactly (counts) or up to rounding (sums). Every rank metric of
 * the single-machine library is a function of these counts alone, so metrics from a merged table
 * equal the single-machine ones on the same rows. Mutable while built, then treated as a value.
 */
final class ScoreGroups implements Serializable {

  private static final long serialVersionUID = 1L;

  double[] score;
  long[] bads;
  long[] goods;
  double[] pdSum;
  double[] brierSum;
  double[] logLossSum;
  double[] pd; // the PD shared by every row of the score, NaN if they differ
  int size;

  private ScoreGroups(int capacity) {
    score = new double[capacity];
    bads = new long[capacity];
    goods = new long[capacity];
    pdSum = new double[capacity];
    brierSum = new double[capacity];
    logLossSum = new double[capacity];
    pd = new double[capacity];
  }

  /** An empty table. */
  static ScoreGroups empty() {
    return new ScoreGroups(0);
  }

  /** A builder for one partition's rows. */
  static Builder builder() {
    return new Builder();
  }

  long rows() {
    return totalBads() + totalGoods();
  }

  long totalBads() {
    return Arrays.stream(bads, 0, size).sum();
  }

  long totalGoods() {
    return Arrays.stream(goods, 0, size).sum();
  }

  /** The sum of the two tables: a linear merge of their sorted scores. */
  ScoreGroups merge(ScoreGroups o) {
    ScoreGroups m = new ScoreGroups(size + o.size);
    int i = 0;
    int j = 0;
    while (i < size || j < o.size) {
      int c = i == size ? 1 : j == o.size ? -1 : Double.compare(score[i], o.score[j]);
      int k = m.size++;
      if (c <= 0) {
        m.copy(k, this, i++);
        if (c == 0) {
          m.add(k, o, j++);
        }
      } else {
        m.copy(k, o, j++);
      }
    }
    return m;
  }

  private void copy(int k, ScoreGroups from, int i) {
    score[k] = from.score[i];
    bads[k] = from.bads[i];
    goods[k] = from.goods[i];
    pdSum[k] = from.pdSum[i];
    brierSum[k] = from.brierSum[i];
    logLossSum[k] = from.logLossSum[i];
    pd[k] = from.pd[i];
  }

  private void add(int k, ScoreGroups from, int i) {
    bads[k] += from.bads[i];
    goods[k] += from.goods[i];
    pdSum[k] += from.pdSum[i];
    brierSum[k] += from.brierSum[i];
    logLossSum[k] += from.logLossSum[i];
    pd[k] = Double.compare(pd[k], from.pd[i]) == 0 ? pd[k] : Double.NaN;
  }

  /** Collects one partition's rows in an open-addressing table keyed by the score's bits. */
  static final class Builder {
    private ScoreGroups table = new ScoreGroups(64);
    private int[] slots = newSlots(128);

    /** Adds a row; the score must be finite and the PD in [0, 1] (the scorer guarantees both). */
    Builder add(double score, boolean bad, double probability) {
      double s = score + 0.0;
      int k = find(s);
      ScoreGroups t = table;
      if (bad) {
        t.bads[k]++;
      } else {
        t.goods[k]++;
      }
      t.pdSum[k] += probability;
      double d = probability - (bad ? 1 : 0);
      t.brierSum[k] += d * d;
      double p = Math.min(Math.max(probability, Calibration.LOG_LOSS_EPSILON), 1 - Calibration.LOG_LOSS_EPSILON);
      t.logLossSum[k] += bad ? Math.log(p) : Math.log(1 - p);
      if (t.bads[k] + t.goods[k] == 1) {
        t.pd[k] = probability;
      } else if (Double.compare(t.pd[k], probability) != 0) {
        t.pd[k] = Double.NaN;
      }
      return this;
    }

    /** The table, sorted by score. */
    ScoreGroups build() {
      ScoreGroups t = table;
      Integer[] order = new Integer[t.size];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> Double.compare(t.score[a], t.score[b]));
      ScoreGroups sorted = new ScoreGroups(t.size);
      for (int i = 0; i < order.length; i++) {
        sorted.copy(i, t, order[i]);
      }
      sorted.size = t.size;
      return sorted;
    }

    private int find(double s) {
      long bits = Double.doubleToLongBits(s);
      int mask = slots.length - 1;
      int h = Long.hashCode(bits * 0x9E3779B97F4A7C15L) & mask;
      while (slots[h] >= 0) {
        if (Double.doubleToLongBits(table.score[slots[h]]) == bits) {
          return slots[h];
        }
        h = (h + 1) & mask;
      }
      ScoreGroups t = table;
      if (t.size == t.score.length) {
        table = t = grow(t);
      }
      int k = t.size++;
      t.score[k] = s;
      slots[h] = k;
      if (2 * t.size > slots.length) {
        rehash();
      }
      return k;
    }

    private void rehash() {
      slots = newSlots(slots.length * 2);
      int mask = slots.length - 1;
      for (int k = 0; k < table.size; k++) {
        int h = Long.hashCode(Double.doubleToLongBits(table.score[k]) * 0x9E3779B97F4A7C15L) & mask;
        while (slots[h] >= 0) {
          h = (h + 1) & mask;
        }
        slots[h] = k;
      }
    }

    private static ScoreGroups grow(ScoreGroups t) {
      ScoreGroups g = new ScoreGroups(t.score.length * 2);
      for (int k = 0; k < t.size; k++) {
        g.copy(k, t, k);
      }
      g.size = t.size;
      return g;
    }

    private static int[] newSlots(int n) {
      int[] s = new int[n];
      Arrays.fill(s, -1);
      return s;
    }
  }
}
