package dev.northbound.scoring.toolkit.training;

import java.util.Objects;

/**
 * One bin of a characteristic with its counts, Weight of Evidence and Information Value.
 *
 * <p>Sign convention: {@code woe = ln(%good / %bad)}, where {@code %good = goods / totalGoods} and
 * {@code %bad = bads / totalBads} over the whole training sample; a positive WoE means lower risk
 * than average. {@code iv = (%good - %bad) * woe}, never negative. Smoothing: a bin with neither
 * goods nor bads has WoE 0 and IV 0; a bin with goods or bads (not both) equal to zero has 0.5
 * added to both its counts before the shares are taken (totals unchanged), so no value is
 * infinite.
 *
 * @param attribute what the bin covers
 * @param goods the number of good rows in the bin
 * @param bads the number of bad rows in the bin
 * @param woe the Weight of Evidence, finite
 * @param iv the bin's contribution to Information Value, finite and not negative
 */
public record WoeBin(Attribute attribute, long goods, long bads, double woe, double iv) {

  /** Validates. */
  public WoeBin {
    Objects.requireNonNull(attribute, "attribute");
    if (goods < 0 || bads < 0 || !Double.isFinite(woe) || !Double.isFinite(iv) || iv < 0) {
      throw new IllegalArgumentException("bin " + attribute
          + ": counts must not be negative, WoE and IV finite, IV not negative");
    }
  }

  /**
   * Computes a bin's WoE and IV from its counts and the sample totals.
   *
   * @param attribute what the bin covers
   * @param goods good rows in the bin
   * @param bads bad rows in the bin
   * @param totalGoods good rows in the sample, positive
   * @param totalBads bad rows in the sample, positive
   * @return the bin
   */
  public static WoeBin of(Attribute attribute, long goods, long bads, long totalGoods,
      long totalBads) {
    return new WoeBin(attribute, goods, bads, woe(goods, bads, totalGoods, totalBads),
        iv(goods, bads, totalGoods, totalBads));
  }

  /** The share of the sample in this bin, given the sample size. */
  public double share(long totalRows) {
    return (double) (goods + bads) / totalRows;
  }

  /** The bad rate of the bin, NaN when empty. */
  public double badRate() {
    return (double) bads / (goods + bads);
  }

  static double woe(double goods, double bads, double totalGoods, double totalBads) {
    if (goods == 0 && bads == 0) {
      return 0;
    }
    double g = goods == 0 || bads == 0 ? goods + 0.5 : goods;
    double b = goods == 0 || bads == 0 ? bads + 0.5 : bads;
    return Math.log((g / totalGoods) / (b / totalBads));
  }

  static double iv(double goods, double bads, double totalGoods, double totalBads) {
    if (goods == 0 && bads == 0) {
      return 0;
    }
    double g = goods == 0 || bads == 0 ? goods + 0.5 : goods;
    double b = goods == 0 || bads == 0 ? bads + 0.5 : bads;
    return (g / totalGoods - b / totalBads) * woe(goods, bads, totalGoods, totalBads);
  }
}
