package dev.northbound.scoring.models.logistic;

import java.util.List;
import java.util.Objects;

/**
 * An input used through its weight of evidence: the value falls in a bin, and the bin's WoE
 * {@code w} contributes {@code coefficient * w} to the log-odds of bad. The WoE sign convention is
 * the trainer's (the coefficient's sign follows it); this class only multiplies.
 *
 * <p>Bin {@code k} covers {@code [cutpoints[k-1], cutpoints[k])}, with the first bin open below and
 * the last open above, so {@code n} cutpoints make {@code n + 1} bins. A missing value takes the
 * missing bin's WoE. The best attainable contribution, for reason codes, is the smallest over every
 * bin, the missing bin included.
 *
 * @param feature the schema feature
 * @param coefficient the coefficient; finite
 * @param cutpoints the bin boundaries, finite and strictly increasing (may be empty)
 * @param woe the WoE of each bin, one more than cutpoints, finite
 * @param missingWoe the WoE of the missing bin; finite
 * @param reason the reason code and texts
 */
public record WoeInput(
    String feature, double coefficient, List<Double> cutpoints, List<Double> woe, double missingWoe,
    ReasonText reason) implements LogisticInput {

  /**
   * Validates the input; the lists are copied.
   *
   * @throws IllegalArgumentException if the sizes do not fit or a number is not finite or the
   *     cutpoints do not increase
   */
  public WoeInput {
    Objects.requireNonNull(feature, "feature");
    Objects.requireNonNull(reason, "reason");
    cutpoints = List.copyOf(cutpoints);
    woe = List.copyOf(woe);
    if (woe.size() != cutpoints.size() + 1) {
      throw new IllegalArgumentException("input " + feature + ": expected " + (cutpoints.size() + 1)
          + " WoE values for " + cutpoints.size() + " cutpoints, found " + woe.size());
    }
    if (!Double.isFinite(coefficient) || !Double.isFinite(missingWoe)
        || !woe.stream().allMatch(Double::isFinite)) {
      throw new IllegalArgumentException("input " + feature + ": coefficient and WoE values must be finite");
    }
    for (int i = 0; i < cutpoints.size(); i++) {
      if (!Double.isFinite(cutpoints.get(i)) || (i > 0 && !(cutpoints.get(i) > cutpoints.get(i - 1)))) {
        throw new IllegalArgumentException("input " + feature + ": cutpoints must be finite and strictly increasing");
      }
    }
  }

  /** A WoE input. */
  public static WoeInput of(String feature, double coefficient, List<Double> cutpoints, List<Double> woe,
      double missingWoe, ReasonText reason) {
    return new WoeInput(feature, coefficient, cutpoints, woe, missingWoe, reason);
  }

  /** The label of bin {@code k}, for example {@code "[10, 20)"}; {@code "missing"} for the missing bin. */
  public String binLabel(int k) {
    if (k == cutpoints.size() + 1) {
      return "missing";
    }
    String lo = k == 0 ? "-inf" : NumberLabels.format(cutpoints.get(k - 1));
    String hi = k == cutpoints.size() ? "+inf" : NumberLabels.format(cutpoints.get(k));
    return "[" + lo + ", " + hi + ")";
  }
}
