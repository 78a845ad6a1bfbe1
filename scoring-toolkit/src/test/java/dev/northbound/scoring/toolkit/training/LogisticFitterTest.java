package dev.northbound.scoring.toolkit.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Against tools/reference/training_logit_reference.py: scipy BFGS with analytic-Hessian standard
 * errors for L2 = 0, scikit-learn LogisticRegression(C = 1 / lambda) for L2 > 0.
 */
class LogisticFitterTest {

  private static final JsonNode FIXTURE = Fixtures.read("LogisticFitterTest.json");

  private static void check(String name) {
    for (JsonNode c : FIXTURE.get("cases")) {
      if (!c.get("name").asText().equals(name)) {
        continue;
      }
      List<double[]> columns = new ArrayList<>();
      List<String> names = new ArrayList<>();
      c.get("x").forEach(x -> {
        columns.add(Fixtures.doubles(x));
        names.add("x" + names.size());
      });
      LogisticFit fit = LogisticFitter.fit(columns, names, Fixtures.booleans(c.get("bad")),
          c.get("l2").asDouble());
      double[] beta = Fixtures.doubles(c.get("coefficients"));
      double[] se = Fixtures.doubles(c.get("standardErrors"));
      assertThat(fit.intercept().estimate()).isCloseTo(beta[0], within(1e-6));
      assertThat(fit.intercept().standardError()).isCloseTo(se[0], within(1e-6));
      for (int i = 0; i < names.size(); i++) {
        Coefficient slope = fit.slopes().get(i);
        assertThat(slope.estimate()).as("b%d", i + 1).isCloseTo(beta[i + 1], within(1e-6));
        assertThat(slope.standardError()).as("se%d", i + 1).isCloseTo(se[i + 1], within(1e-6));
      }
      assertThat(fit.logLikelihood()).isCloseTo(c.get("logLikelihood").asDouble(), within(1e-6));
      return;
    }
    throw new AssertionError("no fixture case " + name);
  }

  @Test
  void fit_germanNumericMatchesScipyBfgs() {
    check("german-numeric");
  }

  @Test
  void fit_syntheticMatchesScipyBfgs() {
    check("synthetic");
  }

  @Test
  void fit_germanNumericL2MatchesSklearn() {
    check("german-numeric-l2");
  }

  @Test
  void fit_syntheticL2MatchesSklearn() {
    check("synthetic-l2");
  }

  @Test
  void fit_waldStatistics() {
    // one input, four rows: the statistics must satisfy z = b / se and p = 2 Phi(-|z|).
    LogisticFit fit = LogisticFitter.fit(List.<double[]>of(new double[] {0, 1, 2, 3, 4, 5}),
        List.of("x"), new boolean[] {false, true, false, false, true, true}, 0);
    Coefficient b = fit.slopes().get(0);
    assertThat(b.z()).isCloseTo(b.estimate() / b.standardError(), within(1e-15));
    double p = org.apache.commons.math3.special.Erf.erfc(Math.abs(b.z()) / Math.sqrt(2));
    assertThat(b.pValue()).isCloseTo(p, within(1e-12));
  }

  private static final double[] X = {0, 1, 2, 3, 4, 5};
  private static final boolean[] BAD = {false, true, false, false, true, true};

  @Test
  void fit_duplicateColumn_isSingularAlongTheSecondCopy() {
    // H = X'WX with columns (1, x, x): the third column equals the second, so its Cholesky pivot
    // is 0 at the first Newton step; slope 1 (the copy) is the one to drop. Before: a
    // ModelDefinitionException ("a bad model file") with no way to tell which column.
    SingularHessian e = org.junit.jupiter.api.Assertions.assertThrows(SingularHessian.class,
        () -> LogisticFitter.fit(List.of(X, X.clone()), List.of("x", "copy"), BAD, 0));
    assertThat(e.slope()).isEqualTo(1);
    assertThat(e.iteration()).isEqualTo(1);
    assertThat(e.pivot()).isLessThan(1e-12);
  }

  @Test
  void fit_notConverged_isATypedTrainingFailure() {
    // two Newton steps from b = 0 cannot meet the 1e-11 step tolerance on this data
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> LogisticFitter.fit(List.of(X), List.of("x"), BAD, 0, 2))
        .isInstanceOf(TrainingFailedException.class)
        .hasMessage("the logistic fit did not converge in 2 Newton iterations: the selected"
            + " characteristics (nearly) separate goods from bads; use an L2 penalty (for example"
            + " l2 = 1, --l2 1) or fewer characteristics");
  }

  @Test
  void fit_duplicateColumnWithPenalty_fitsAndSplitsTheSlope() {
    // with l2 > 0 the Hessian is positive definite; the two copies share the slope equally
    LogisticFit fit = LogisticFitter.fit(List.of(X, X.clone()), List.of("x", "copy"), BAD, 1);
    assertThat(fit.slopes().get(0).estimate())
        .isCloseTo(fit.slopes().get(1).estimate(), within(1e-12));
  }

  @Test
  void fit_offDiagonalNearZero_standardErrorsWithoutNonSymmetricMatrixException() {
    // WoE-like columns of a few levels, seed 899 of a search: at the estimate the (3,4) entry of
    // X'WX nearly cancels, and summing its two triangles apart left them unequal in the last bits,
    // so commons-math's Cholesky threw NonSymmetricMatrixException (exit 1 in the CLI). The
    // Hessian is now mirrored from one triangle.
    java.util.SplittableRandom r = new java.util.SplittableRandom(899);
    int n = 40 + r.nextInt(200);
    int k = 2 + r.nextInt(4);
    double[][] cols = new double[k][n];
    boolean[] bad = new boolean[n];
    double[] levels = {-0.731, 0.214, 0.4129, -0.0573};
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < k; j++) {
        cols[j][i] = levels[r.nextInt(4)] * (j + 1) * 0.37;
      }
      bad[i] = r.nextDouble() < 0.3;
    }
    assertThat(n).isEqualTo(202);
    assertThat(k).isEqualTo(4);
    LogisticFit fit = LogisticFitter.fit(java.util.Arrays.asList(cols),
        List.of("x0", "x1", "x2", "x3"), bad, 0);
    assertThat(fit.slopes()).hasSize(4).allMatch(c -> Double.isFinite(c.standardError())
        && c.standardError() > 0);
  }
}
