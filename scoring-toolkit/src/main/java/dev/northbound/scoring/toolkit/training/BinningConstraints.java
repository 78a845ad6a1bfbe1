package dev.northbound.scoring.toolkit.training;

import java.util.Objects;

/**
 * The constraints of optimal binning; see {@link Binner} for the algorithm.
 *
 * @param fineBins the number of quantile pre-bins of a numeric characteristic, at least 2
 * @param trend the required bad-rate trend of numeric bins
 * @param minShare the least share of the whole sample (missing and special rows included) in each
 *     interval bin or category group, in {@code [0, 0.5]}
 * @param minBads the least number of bad rows in each interval bin or category group
 * @param minGoods the least number of good rows in each interval bin or category group
 * @param maxBins the most interval bins or category groups (missing and special bins not
 *     counted), at least 1
 */
public record BinningConstraints(
    int fineBins, Trend trend, double minShare, int minBads, int minGoods, int maxBins) {

  /** Validates. */
  public BinningConstraints {
    Objects.requireNonNull(trend, "trend");
    if (fineBins < 2) {
      throw new IllegalArgumentException("fineBins must be at least 2; found " + fineBins);
    }
    if (!(minShare >= 0 && minShare <= 0.5)) {
      throw new IllegalArgumentException("minShare must be in [0, 0.5]; found " + minShare);
    }
    if (minBads < 0 || minGoods < 0) {
      throw new IllegalArgumentException("minBads and minGoods must not be negative; found "
          + minBads + " and " + minGoods);
    }
    if (maxBins < 1) {
      throw new IllegalArgumentException("maxBins must be at least 1; found " + maxBins);
    }
  }

  /**
   * The defaults: 20 fine bins, {@link Trend#AUTO}, at least 5% of the sample, 1 bad and 1 good
   * per bin, at most 6 bins.
   */
  public static BinningConstraints defaults() {
    return new BinningConstraints(20, Trend.AUTO, 0.05, 1, 1, 6);
  }

  /** A copy with another trend. */
  public BinningConstraints withTrend(Trend newTrend) {
    return new BinningConstraints(fineBins, newTrend, minShare, minBads, minGoods, maxBins);
  }

  /** A copy with another minimum share. */
  public BinningConstraints withMinShare(double share) {
    return new BinningConstraints(fineBins, trend, share, minBads, minGoods, maxBins);
  }

  /** A copy with other minimum bad and good counts. */
  public BinningConstraints withMinCounts(int bads, int goods) {
    return new BinningConstraints(fineBins, trend, minShare, bads, goods, maxBins);
  }

  /** A copy with another maximum number of bins. */
  public BinningConstraints withMaxBins(int bins) {
    return new BinningConstraints(fineBins, trend, minShare, minBads, minGoods, bins);
  }

  /** A copy with another number of fine bins. */
  public BinningConstraints withFineBins(int bins) {
    return new BinningConstraints(bins, trend, minShare, minBads, minGoods, maxBins);
  }
}
