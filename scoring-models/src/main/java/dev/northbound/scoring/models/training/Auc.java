package dev.northbound.scoring.models.training;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Area under the ROC curve by the Mann-Whitney statistic: the probability that a random bad row
 * has a higher risk score than a random good row, ties counting one half. Computed from midranks.
 */
final class Auc {

  private Auc() {}

  /**
   * @param risk a score that is higher for riskier rows (for example the probability of bad)
   * @param bad the target
   */
  static double of(double[] risk, boolean[] bad) {
    Integer[] order = IntStream.range(0, risk.length).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble(i -> risk[i]));
    double badRankSum = 0;
    long bads = 0;
    int i = 0;
    while (i < order.length) {
      int j = i;
      while (j + 1 < order.length && risk[order[j + 1]] == risk[order[i]]) {
        j++;
      }
      double midrank = (i + j) / 2.0 + 1;
      for (int t = i; t <= j; t++) {
        if (bad[order[t]]) {
          badRankSum += midrank;
          bads++;
        }
      }
      i = j + 1;
    }
    long goods = risk.length - bads;
    return (badRankSum - bads * (bads + 1) / 2.0) / ((double) bads * goods);
  }
}
