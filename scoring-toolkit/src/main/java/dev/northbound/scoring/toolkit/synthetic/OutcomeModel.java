package dev.northbound.scoring.toolkit.synthetic;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The synthetic outcome model: an applicant goes bad within the performance window with
 * probability {@code sigmoid(intercept + capacityWeight * capacity + willingnessWeight *
 * willingness + segmentEffect[segment])}.
 *
 * <p>The defaults ({@link #defaults()}) put the portfolio bad rate near 10% under the default
 * segment mix, with the over-indebted segment clearly worst. Immutable and thread-safe.
 *
 * @param intercept the intercept {@code a}; finite
 * @param capacityWeight the weight {@code b} of capacity; finite (negative: more capacity, fewer bads)
 * @param willingnessWeight the weight {@code c} of willingness; finite
 * @param segmentEffects the additive effect of each segment; one finite value for every segment
 */
public record OutcomeModel(
    double intercept, double capacityWeight, double willingnessWeight, Map<Segment, Double> segmentEffects) {

  /**
   * Validates the model and copies the effects.
   *
   * @throws IllegalArgumentException if a number is not finite or a segment has no effect
   */
  public OutcomeModel {
    finite(intercept, "intercept");
    finite(capacityWeight, "capacityWeight");
    finite(willingnessWeight, "willingnessWeight");
    Objects.requireNonNull(segmentEffects, "segmentEffects");
    EnumMap<Segment, Double> copy = new EnumMap<>(Segment.class);
    for (Segment s : Segment.values()) {
      Double e = segmentEffects.get(s);
      if (e == null) {
        throw new IllegalArgumentException("segmentEffects has no effect for " + s);
      }
      finite(e, "segmentEffects[" + s + "]");
      copy.put(s, e);
    }
    if (segmentEffects.size() != copy.size()) {
      throw new IllegalArgumentException("segmentEffects has a null key");
    }
    segmentEffects = Collections.unmodifiableMap(copy);
  }

  /**
   * The documented defaults: intercept -3.1, capacity weight -0.6, willingness weight -1.1 and
   * segment effects 0.0 (young professional), +0.3 (recent graduate), +0.2 (cross-border trader),
   * -0.3 (retiree), +0.8 (over-indebted).
   */
  public static OutcomeModel defaults() {
    EnumMap<Segment, Double> e = new EnumMap<>(Segment.class);
    e.put(Segment.YOUNG_PROFESSIONAL, 0.0);
    e.put(Segment.RECENT_GRADUATE, 0.3);
    e.put(Segment.CROSS_BORDER_TRADER, 0.2);
    e.put(Segment.RETIREE, -0.3);
    e.put(Segment.OVER_INDEBTED, 0.8);
    return new OutcomeModel(-3.1, -0.6, -1.1, e);
  }

  /** The log-odds of going bad for the given segment and latent traits. */
  public double logit(Segment segment, double capacity, double willingness) {
    return intercept + capacityWeight * capacity + willingnessWeight * willingness
        + segmentEffects.get(Objects.requireNonNull(segment, "segment"));
  }

  /** The probability of going bad, {@code 1 / (1 + exp(-logit))}, between 0 and 1. */
  public double probability(Segment segment, double capacity, double willingness) {
    return 1.0 / (1.0 + Math.exp(-logit(segment, capacity, willingness)));
  }

  private static void finite(double v, String name) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException(name + " must be finite, found a non-finite number");
    }
  }
}
