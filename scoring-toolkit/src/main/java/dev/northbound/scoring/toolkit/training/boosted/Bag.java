package dev.northbound.scoring.toolkit.training.boosted;

import dev.northbound.scoring.toolkit.training.StratifiedSplit;

/**
 * One bag's rows: the inner training rows and the stratified validation rows that early stopping
 * watches ({@link StratifiedSplit#testRows} with the bag's seed), each in row order.
 */
record Bag(int[] train, int[] valid) {

  static Bag of(byte[] y, double validationShare, long seed) {
    boolean[] bad = new boolean[y.length];
    for (int r = 0; r < y.length; r++) {
      bad[r] = y[r] == 1;
    }
    boolean[] valid = StratifiedSplit.testRows(bad, validationShare, seed);
    int nv = 0;
    for (boolean v : valid) {
      nv += v ? 1 : 0;
    }
    int[] train = new int[y.length - nv];
    int[] held = new int[nv];
    int t = 0;
    int h = 0;
    for (int r = 0; r < y.length; r++) {
      if (valid[r]) {
        held[h++] = r;
      } else {
        train[t++] = r;
      }
    }
    return new Bag(train, held);
  }
}
