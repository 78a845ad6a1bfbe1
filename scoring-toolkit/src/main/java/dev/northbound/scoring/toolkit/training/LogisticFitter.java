package dev.northbound.scoring.toolkit.training;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.exception.MathArithmeticException;
import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.exception.MathRuntimeException;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * Newton-Raphson (IRLS) for the L2-penalised logistic regression. Maximises
 * {@code l(b) - (lambda / 2) * sum_{i >= 1} b_i^2} (intercept unpenalised). Gradient
 * {@code X'(y - p) - lambda D b}, Hessian of the negative objective {@code H = X'WX + lambda D}
 * with {@code W = diag(p (1 - p))}, {@code D = diag(0, 1, ..., 1)}; step {@code H^-1 gradient}
 * until the largest step is below 1e-11. Standard errors are the square roots of the diagonal of
 * {@code H^-1} at the estimate.
 *
 * <p>Weighted rows: with a weight {@code w_r > 0} per row the log-likelihood is
 * {@code sum_r w_r (y_r eta_r - log(1 + e^eta_r))}, so the gradient is {@code X' V (y - p)} and
 * {@code W = diag(w p (1 - p))} with {@code V = diag(w)}; the penalty is unchanged (it does not
 * scale with the weights), and the standard errors come from the weighted Hessian (frequency
 * weights: a row of weight {@code k} counts as {@code k} rows). Every weight 1 gives the unweighted
 * fit bit for bit (each term is multiplied by exactly 1.0).
 */
final class LogisticFitter {

  private static final int MAX_ITERATIONS = 100;
  private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

  private LogisticFitter() {}

  /**
   * Fits the model.
   *
   * @param columns the inputs, one array per characteristic
   * @param names the characteristic names
   * @param bad the target
   * @param l2 the penalty weight, not negative
   */
  static LogisticFit fit(List<double[]> columns, List<String> names, boolean[] bad, double l2) {
    return fit(columns, names, bad, Weights.ones(bad.length), l2, MAX_ITERATIONS);
  }

  /**
   * Fits the model on weighted rows.
   *
   * @param weights the weight of each row, finite and greater than 0
   */
  static LogisticFit fit(List<double[]> columns, List<String> names, boolean[] bad,
      double[] weights, double l2) {
    return fit(columns, names, bad, weights, l2, MAX_ITERATIONS);
  }

  /** Fits the unweighted model in at most {@code maxIterations} Newton steps. */
  static LogisticFit fit(List<double[]> columns, List<String> names, boolean[] bad, double l2,
      int maxIterations) {
    return fit(columns, names, bad, Weights.ones(bad.length), l2, maxIterations);
  }

  /**
   * Fits the model in at most {@code maxIterations} Newton steps.
   *
   * @throws SingularHessian if the Hessian is singular (see {@link SingularHessian#slope()})
   * @throws TrainingFailedException if the fit does not converge
   */
  static LogisticFit fit(List<double[]> columns, List<String> names, boolean[] bad,
      double[] weights, double l2, int maxIterations) {
    Weights.check(bad, weights);
    int p = columns.size() + 1;
    int n = bad.length;
    double[] beta = new double[p];
    double[] eta = new double[n];
    for (int iteration = 1; iteration <= maxIterations; iteration++) {
      double[] gradient = new double[p];
      double[][] hessian = new double[p][p];
      for (int r = 0; r < n; r++) {
        double prob = 1 / (1 + Math.exp(-eta[r]));
        double residual = weights[r] * ((bad[r] ? 1 : 0) - prob);
        double weight = weights[r] * (prob * (1 - prob));
        for (int a = 0; a < p; a++) {
          double xa = a == 0 ? 1 : columns.get(a - 1)[r];
          gradient[a] += xa * residual;
          for (int b = 0; b <= a; b++) {
            hessian[a][b] += xa * weight * (b == 0 ? 1 : columns.get(b - 1)[r]);
          }
        }
      }
      for (int a = 1; a < p; a++) {
        gradient[a] -= l2 * beta[a];
        hessian[a][a] += l2;
      }
      for (int a = 0; a < p; a++) {
        for (int b = a + 1; b < p; b++) {
          hessian[a][b] = hessian[b][a];
        }
      }
      RealMatrix inverse = invert(hessian, iteration);
      RealVector step = inverse.operate(new ArrayRealVector(gradient, false));
      for (int a = 0; a < p; a++) {
        beta[a] += step.getEntry(a);
      }
      linear(columns, beta, eta);
      if (step.getLInfNorm() < 1e-11) {
        return result(columns, names, bad, weights, l2, beta, eta, iteration);
      }
    }
    throw new TrainingFailedException("the logistic fit did not converge in " + maxIterations
        + " Newton iterations: the selected characteristics (nearly) separate goods from bads;"
        + " use an L2 penalty (for example l2 = 1, --l2 1) or fewer characteristics");
  }

  private static LogisticFit result(List<double[]> columns, List<String> names, boolean[] bad,
      double[] weights, double l2, double[] beta, double[] eta, int iterations) {
    int p = beta.length;
    double[][] hessian = new double[p][p];
    double logLikelihood = 0;
    for (int r = 0; r < bad.length; r++) {
      double prob = 1 / (1 + Math.exp(-eta[r]));
      double weight = weights[r] * (prob * (1 - prob));
      logLikelihood += weights[r] * ((bad[r] ? eta[r] : 0) - softplus(eta[r]));
      for (int a = 0; a < p; a++) {
        double xa = a == 0 ? 1 : columns.get(a - 1)[r];
        for (int b = 0; b <= a; b++) {
          hessian[a][b] += xa * weight * (b == 0 ? 1 : columns.get(b - 1)[r]);
        }
      }
    }
    for (int a = 1; a < p; a++) {
      hessian[a][a] += l2;
    }
    // Mirror the lower triangle: summing both triangles apart left them unequal in the last bits,
    // which the Cholesky's symmetry check rejected when an entry was near zero.
    for (int a = 0; a < p; a++) {
      for (int b = a + 1; b < p; b++) {
        hessian[a][b] = hessian[b][a];
      }
    }
    RealMatrix covariance = invert(hessian, iterations);
    List<Coefficient> slopes = new ArrayList<>();
    for (int a = 1; a < p; a++) {
      slopes.add(coefficient(names.get(a - 1), beta[a], covariance.getEntry(a, a)));
    }
    return new LogisticFit(coefficient(Coefficient.INTERCEPT, beta[0], covariance.getEntry(0, 0)),
        slopes, logLikelihood, l2, iterations, bad.length);
  }

  private static Coefficient coefficient(String name, double estimate, double variance) {
    double se = Math.sqrt(variance);
    double z = estimate / se;
    return new Coefficient(name, estimate, se, z, 2 * NORMAL.cumulativeProbability(-Math.abs(z)));
  }

  private static RealMatrix invert(double[][] hessian, int iteration) {
    try {
      return new CholeskyDecomposition(new Array2DRowRealMatrix(hessian, false), 1e-12, 1e-14)
          .getSolver().getInverse();
    } catch (MathIllegalArgumentException | MathArithmeticException | MathRuntimeException e) {
      throw SingularHessian.of(hessian, iteration);
    }
  }

  private static void linear(List<double[]> columns, double[] beta, double[] eta) {
    for (int r = 0; r < eta.length; r++) {
      double sum = beta[0];
      for (int a = 1; a < beta.length; a++) {
        sum += beta[a] * columns.get(a - 1)[r];
      }
      eta[r] = sum;
    }
  }

  static double softplus(double x) {
    return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
  }
}
