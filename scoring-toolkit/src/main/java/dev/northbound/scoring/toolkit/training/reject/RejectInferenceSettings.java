package dev.northbound.scoring.toolkit.training.reject;

import java.util.Objects;

/**
 * How a method infers the rejects' outcomes.
 *
 * @param method the method
 * @param uplift {@code k >= 1}, finite: multiplies the rejects' predicted probability of bad
 *     (hard cutoff and fuzzy: {@code min(1, k p)}) or their band's accepted bad rate (parcelling:
 *     {@code min(1, k r)}); 1 for none. Rejects are riskier than their scores say when the past
 *     policy saw more than the data keeps, which an uplift above 1 states
 * @param bands the number of quantile bands of the accepts' scores for parcelling, at least 1
 * @param seed the seed of parcelling's draws ({@link java.util.SplittableRandom})
 */
public record RejectInferenceSettings(RejectInferenceMethod method, double uplift, int bands,
    long seed) {

  /** The default uplift of parcelling (1 for the other methods). */
  public static final double PARCELLING_UPLIFT = 1.5;
  /** The default number of parcelling bands. */
  public static final int DEFAULT_BANDS = 10;
  /** The default seed of parcelling's draws. */
  public static final long DEFAULT_SEED = 42;

  /** Validates. */
  public RejectInferenceSettings {
    Objects.requireNonNull(method, "method");
    if (!(uplift >= 1 && Double.isFinite(uplift))) {
      throw new IllegalArgumentException("the uplift must be finite and at least 1; found "
          + uplift);
    }
    if (bands < 1) {
      throw new IllegalArgumentException("bands must be at least 1; found " + bands);
    }
  }

  /**
   * The defaults of a method: uplift {@value #PARCELLING_UPLIFT} for parcelling and 1 for the
   * others, {@value #DEFAULT_BANDS} bands, seed {@value #DEFAULT_SEED}.
   */
  public static RejectInferenceSettings of(RejectInferenceMethod method) {
    return new RejectInferenceSettings(method,
        method == RejectInferenceMethod.PARCELLING ? PARCELLING_UPLIFT : 1.0, DEFAULT_BANDS,
        DEFAULT_SEED);
  }

  /** A copy with another uplift. */
  public RejectInferenceSettings withUplift(double k) {
    return new RejectInferenceSettings(method, k, bands, seed);
  }
}
