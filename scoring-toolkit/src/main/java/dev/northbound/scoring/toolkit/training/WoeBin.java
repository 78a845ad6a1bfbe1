package dev.northbound.scoring.toolkit.training;

import java.util.Objects;

/**
 * One bin of a characteristic with its counts, Weight of Evidence and Information Value.
 *
 * <p>Sign convention: {@code woe = ln(%good / %bad)}, where {@code %good = goodWeight /
 * totalGoodWeight} and {@code %bad = badWeight / totalBadWeight} over the whole training sample;
 * a positive WoE means lower risk than average. {@code iv = (%good - %bad) * woe}, never negative.
 * On an unweighted sample every row weighs 1, so the weights are the row counts. Smoothing: a bin
 * with neither goods nor bads has WoE 0 and IV 0; a bin with good or bad weight (not both) equal
 * to zero has 0.5 added to both its weights before the shares are taken (totals unchanged), so no
 * value is infinite.
 *
 * @param attribute what the bin covers
 * @param goods the number of good rows in the bin
 * @param bads the number of bad rows in the bin
 * @param woe the Weight of Evidence, finite
 * @param iv the bin's contribution to Information Value, finite and not negative
 * @param goodWeight the summed weight of the good rows in the bin ({@code goods} when unweighted)
 * @param badWeight the summed weight of the bad rows in the bin ({@code bads} when unweighted)
 */
public record WoeBin(Attribute attribute, long goods, long bads, double woe, double iv,
    double goodWeight, double badWeight) {

  /** Validates. */
  public WoeBin {
    Objects.requireNonNull(attribute, "attribute");
    if (goods < 0 || bads < 0 || !Double.isFinite(woe) || !Double.isFinite(iv) || iv < 0
        || !(goodWeight >= 0) || !(badWeight >= 0) || Double.isInfinite(goodWeight)
        || Double.isInfinite(badWeight)) {
      throw new IllegalArgumentException("bin " + attribute
          + ": counts and weights must not be negative, WoE and IV finite, IV not negative");
    }
  }

  /** An unweighted bin: the weights are the row counts. */
  public WoeBin(Attribute attribute, long goods, long bads, double woe, double iv) {
    this(attribute, goods, bads, woe, iv, goods, bads);
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
    return of(attribute, goods, bads, goods, bads, totalGoods, totalBads);
  }

  /**
   * Computes a bin's WoE and IV from its weights and the sample's total weights.
   *
   * @param attribute what the bin covers
   * @param goods good rows in the bin
   * @param bads bad rows in the bin
   * @param goodWeight the summed weight of the bin's good rows
   * @param badWeight the summed weight of the bin's bad rows
   * @param totalGoodWeight the summed weight of the sample's good rows, positive
   * @param totalBadWeight the summed weight of the sample's bad rows, positive
   * @return the bin
   */
  public static WoeBin of(Attribute attribute, long goods, long bads, double goodWeight,
      double badWeight, double totalGoodWeight, double totalBadWeight) {
    return new WoeBin(attribute, goods, bads,
        woe(goodWeight, badWeight, totalGoodWeight, totalBadWeight),
        iv(goodWeight, badWeight, totalGoodWeight, totalBadWeight), goodWeight, badWeight);
  }

  /** The share of the sample in this bin, given the sample size. */
  public double share(long totalRows) {
    return (double) (goods + bads) / totalRows;
  }

  /** The share of the sample's weight in this bin, given the sample's total weight. */
  public double weightShare(double totalWeight) {
    return (goodWeight + badWeight) / totalWeight;
  }

  /** The (weighted) bad rate of the bin, NaN when empty. */
  public double badRate() {
    return badWeight / (goodWeight + badWeight);
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
