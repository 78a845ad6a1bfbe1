package dev.northbound.scoring.toolkit.training.boosted;

import java.util.Arrays;

/**
 * The small tree of one boosting step over ordered interval bins: the bins {@code [0, k)} are cut
 * greedily into at most {@code maxLeaves} contiguous leaves. Each step takes, over every current
 * leaf and every cut inside it that leaves at least {@code minSamplesLeaf} rows on both sides, the
 * cut of greatest Newton gain {@code G_L^2/(H_L+l2) + G_R^2/(H_R+l2) - G^2/(H+l2)}; it stops when
 * no cut has a positive gain. Ties go to the lower leaf and the lower cut. Stateless.
 */
final class LeafSplit {

  private LeafSplit() {}

  /**
   * The leaf starts: ascending bin indices, the first 0.
   *
   * @param g gradient sums per bin (at least {@code k})
   * @param h Hessian sums per bin
   * @param c row counts per bin
   * @param k the number of ordered bins, at least 1
   */
  static int[] starts(double[] g, double[] h, int[] c, int k, int maxLeaves, int minSamplesLeaf,
      double l2) {
    int[] starts = new int[maxLeaves];
    int leaves = 1;
    while (leaves < maxLeaves) {
      double bestGain = 0;
      int bestCut = -1;
      for (int leaf = 0; leaf < leaves; leaf++) {
        int from = starts[leaf];
        int to = leaf + 1 < leaves ? starts[leaf + 1] : k;
        double gt = 0;
        double ht = 0;
        long ct = 0;
        for (int b = from; b < to; b++) {
          gt += g[b];
          ht += h[b];
          ct += c[b];
        }
        double parent = gt * gt / (ht + l2);
        double gl = 0;
        double hl = 0;
        long cl = 0;
        for (int cut = from + 1; cut < to; cut++) {
          gl += g[cut - 1];
          hl += h[cut - 1];
          cl += c[cut - 1];
          if (cl < minSamplesLeaf || ct - cl < minSamplesLeaf) {
            continue;
          }
          double gr = gt - gl;
          double hr = ht - hl;
          double gain = gl * gl / (hl + l2) + gr * gr / (hr + l2) - parent;
          if (gain > bestGain) {
            bestGain = gain;
            bestCut = cut;
          }
        }
      }
      if (bestCut < 0) {
        break;
      }
      starts[leaves++] = bestCut;
      Arrays.sort(starts, 0, leaves);
    }
    return Arrays.copyOf(starts, leaves);
  }
}
