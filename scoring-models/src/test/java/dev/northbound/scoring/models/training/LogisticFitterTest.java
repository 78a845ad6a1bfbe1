package dev.northbound.scoring.models.training;

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
}
