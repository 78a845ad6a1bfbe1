package dev.northbound.scoring.toolkit.training;

import java.util.List;
import java.util.Objects;

/**
 * A fitted L2-penalised logistic regression of bad on WoE-transformed characteristics:
 * {@code logit P(bad) = b0 + sum_i b_i x_i}. Immutable.
 *
 * @param intercept the intercept (never penalised)
 * @param slopes one coefficient per characteristic, in input order
 * @param logLikelihood the (unpenalised) log-likelihood at the estimate
 * @param l2 the penalty weight {@code lambda} of {@code (lambda / 2) * sum_i b_i^2}
 * @param iterations the Newton iterations taken
 * @param rows the number of rows fitted
 */
public record LogisticFit(Coefficient intercept, List<Coefficient> slopes, double logLikelihood,
    double l2, int iterations, int rows) {

  /** Validates and copies. */
  public LogisticFit {
    Objects.requireNonNull(intercept, "intercept");
    slopes = List.copyOf(slopes);
  }

  /** The linear predictor {@code b0 + sum_i b_i x_i} for one row of inputs. */
  public double linearPredictor(double[] x) {
    if (x.length != slopes.size()) {
      throw new IllegalArgumentException(
          "expected " + slopes.size() + " inputs; found " + x.length);
    }
    double eta = intercept.estimate();
    for (int i = 0; i < x.length; i++) {
      eta += slopes.get(i).estimate() * x[i];
    }
    return eta;
  }

  /** The fitted probability of bad for one row of inputs. */
  public double probabilityOfBad(double[] x) {
    return 1 / (1 + Math.exp(-linearPredictor(x)));
  }
}
