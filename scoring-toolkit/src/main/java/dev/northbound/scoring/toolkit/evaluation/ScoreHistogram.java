package dev.northbound.scoring.toolkit.evaluation;

/**
 * Equal-width bins over the score range with the share of goods and of bads in each, for the score
 * distribution chart (the evaluation report's and the demo's). Immutable.
 */
public final class ScoreHistogram {

  private final double[] edges;
  private final double[] goods;
  private final double[] bads;

  private ScoreHistogram(double[] edges, double[] goods, double[] bads) {
    this.edges = edges;
    this.goods = goods;
    this.bads = bads;
  }

  /** The {@code bins + 1} bin edges, ascending, from the lowest score to the highest. */
  public double[] edges() {
    return edges.clone();
  }

  /** The share of all goods in each bin. */
  public double[] goods() {
    return goods.clone();
  }

  /** The share of all bads in each bin. */
  public double[] bads() {
    return bads.clone();
  }

  /**
   * The histogram of {@code scores} over {@code bins} equal-width bins (one bin of width 1 when every
   * score is the same); the highest score falls in the last bin.
   */
  public static ScoreHistogram of(double[] scores, boolean[] bad, int bins) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double s : scores) {
      min = Math.min(min, s);
      max = Math.max(max, s);
    }
    if (max == min) {
      max = min + 1;
    }
    double[] edges = new double[bins + 1];
    for (int b = 0; b <= bins; b++) {
      edges[b] = min + (max - min) * b / bins;
    }
    double[] goods = new double[bins];
    double[] bads = new double[bins];
    long goodCount = 0;
    long badCount = 0;
    for (int i = 0; i < scores.length; i++) {
      int b = Math.min(bins - 1, (int) ((scores[i] - min) / (max - min) * bins));
      if (bad[i]) {
        bads[b]++;
        badCount++;
      } else {
        goods[b]++;
        goodCount++;
      }
    }
    for (int b = 0; b < bins; b++) {
      goods[b] = goodCount == 0 ? 0 : goods[b] / goodCount;
      bads[b] = badCount == 0 ? 0 : bads[b] / badCount;
    }
    return new ScoreHistogram(edges, goods, bads);
  }
}
