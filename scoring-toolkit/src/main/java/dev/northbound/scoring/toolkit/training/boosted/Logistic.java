package dev.northbound.scoring.toolkit.training.boosted;

/** The logistic link and loss on the log-odds of bad. Stateless. */
final class Logistic {

  private Logistic() {}

  static double probability(double z) {
    return 1.0 / (1.0 + Math.exp(-z));
  }

  /** {@code ln(p / (1 - p))} of the share of 1s in {@code y}, clamped to one row of each class. */
  static double logOddsOfRate(byte[] y) {
    double bads = 0;
    for (byte b : y) {
      bads += b;
    }
    double rate = Math.min(Math.max(bads, 0.5), y.length - 0.5) / y.length;
    return Math.log(rate / (1 - rate));
  }

  /** The mean log loss {@code ln(1 + o) - y ln(o)} of odds {@code o = e^z} (0 for no row). */
  static double meanLogLossOfOdds(double[] odds, byte[] y) {
    double sum = 0;
    for (int r = 0; r < odds.length; r++) {
      sum += Math.log1p(odds[r]) - (y[r] == 1 ? Math.log(odds[r]) : 0);
    }
    return odds.length == 0 ? 0 : sum / odds.length;
  }

  /** The mean log loss {@code ln(1 + e^z) - y z} (0 for no row). */
  static double meanLogLoss(double[] z, byte[] y) {
    double sum = 0;
    for (int r = 0; r < z.length; r++) {
      double f = z[r];
      double softplus = f > 0 ? f + Math.log1p(Math.exp(-f)) : Math.log1p(Math.exp(f));
      sum += softplus - y[r] * f;
    }
    return z.length == 0 ? 0 : sum / z.length;
  }
}
