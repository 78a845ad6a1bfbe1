package dev.northbound.scoring.toolkit.evaluation.run;

import dev.northbound.scoring.models.scorecard.Scorecard;

/** Rows and bads per characteristic and bin, for the scorecard table. Immutable after construction. */
final class BinCounts {

  private final long[][] rows;
  private final long[][] bads;
  private final long total;

  private BinCounts(long[][] rows, long[][] bads, long total) {
    this.rows = rows;
    this.bads = bads;
    this.total = total;
  }

  static BinCounts of(Scorecard model, ScoredSample sample, boolean[] bad) {
    int n = model.characteristics().size();
    long[][] rows = new long[n][];
    long[][] bads = new long[n][];
    for (int c = 0; c < n; c++) {
      int[] codes = sample.bins(c);
      rows[c] = new long[model.characteristics().get(c).bins().size()];
      bads[c] = new long[rows[c].length];
      for (int i = 0; i < codes.length; i++) {
        rows[c][codes[i]]++;
        bads[c][codes[i]] += bad[i] ? 1 : 0;
      }
    }
    return new BinCounts(rows, bads, sample.size());
  }

  long rows(int c, int bin) {
    return rows[c][bin];
  }

  long bads(int c, int bin) {
    return bads[c][bin];
  }

  long total() {
    return total;
  }
}
