package dev.northbound.scoring.toolkit.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.northbound.scoring.toolkit.data.CategoricalColumn;
import dev.northbound.scoring.toolkit.data.NumericColumn;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Weighted rows against tools/reference/weighted_reference.py: weighted WoE and IV on fixed bins
 * (numpy, by hand) to 1e-9, the weighted logistic fit against statsmodels GLM(freq_weights) and
 * scikit-learn LogisticRegression(sample_weight) to 1e-6.
 */
class WeightedReferenceTest {

  private static final JsonNode FIXTURE = Fixtures.read("WeightedReferenceTest.json");
  private static final JsonNode ROWS = FIXTURE.get("rows");
  private static final boolean[] BAD = Fixtures.booleans(ROWS.get("bad"));
  private static final double[] WEIGHTS = Fixtures.doubles(ROWS.get("weight"));

  private static CategoricalColumn cat() {
    List<String> labels = new ArrayList<>();
    FIXTURE.get("labels").forEach(l -> labels.add(l.asText()));
    JsonNode cells = ROWS.get("cat");
    int[] codes = new int[cells.size()];
    for (int r = 0; r < codes.length; r++) {
      codes[r] = cells.get(r).isNull() ? CategoricalColumn.MISSING
          : labels.indexOf(cells.get(r).asText());
    }
    return CategoricalColumn.of("cat", codes, labels);
  }

  private static void assertBins(BinningResult result, JsonNode expected) {
    JsonNode bins = expected.get("bins");
    assertThat(result.bins()).hasSize(bins.size());
    for (int i = 0; i < bins.size(); i++) {
      WoeBin bin = result.bins().get(i);
      JsonNode e = bins.get(i);
      assertThat(bin.goods()).as("goods %d", i).isEqualTo(e.get("goods").asLong());
      assertThat(bin.bads()).as("bads %d", i).isEqualTo(e.get("bads").asLong());
      assertThat(bin.goodWeight()).as("good weight %d", i)
          .isCloseTo(e.get("goodWeight").asDouble(), within(1e-9));
      assertThat(bin.badWeight()).as("bad weight %d", i)
          .isCloseTo(e.get("badWeight").asDouble(), within(1e-9));
      assertThat(bin.woe()).as("woe %d", i).isCloseTo(e.get("woe").asDouble(), within(1e-9));
      assertThat(bin.iv()).as("iv %d", i).isCloseTo(e.get("iv").asDouble(), within(1e-9));
    }
    assertThat(result.iv()).isCloseTo(expected.get("iv").asDouble(), within(1e-9));
  }

  @Test
  void fixedNumeric_weightedWoeAndIvMatchNumpy() {
    JsonNode expected = FIXTURE.get("woe").get("x1");
    BinningResult result = Binner.fixedNumeric(
        NumericColumn.of("x1", Fixtures.doubles(ROWS.get("x1"))), BAD, WEIGHTS,
        Fixtures.doubles(expected.get("cuts")), List.of());
    assertBins(result, expected);
  }

  @Test
  void fixedCategorical_weightedWoeAndIvMatchNumpyIncludingTheSmoothedGoodsOnlyBin() {
    JsonNode expected = FIXTURE.get("woe").get("cat");
    List<List<String>> groups = new ArrayList<>();
    expected.get("groups").forEach(g -> {
      List<String> group = new ArrayList<>();
      g.forEach(l -> group.add(l.asText()));
      groups.add(group);
    });
    BinningResult result = Binner.fixedCategorical(cat(), BAD, WEIGHTS, groups);
    assertBins(result, expected);
    assertThat(result.bins().get(3).badWeight()).isZero(); // F: goods only, smoothed
  }

  private static void assertFit(JsonNode c) {
    List<double[]> columns = List.of(Fixtures.doubles(ROWS.get("x1Complete")),
        Fixtures.doubles(ROWS.get("x2")), Fixtures.doubles(ROWS.get("x3")));
    LogisticFit fit = LogisticFitter.fit(columns, List.of("x1", "x2", "x3"), BAD, WEIGHTS,
        c.get("l2").asDouble());
    double[] beta = Fixtures.doubles(c.get("coefficients"));
    double[] se = Fixtures.doubles(c.get("standardErrors"));
    assertThat(fit.intercept().estimate()).isCloseTo(beta[0], within(1e-6));
    assertThat(fit.intercept().standardError()).isCloseTo(se[0], within(1e-6));
    for (int i = 0; i < 3; i++) {
      Coefficient slope = fit.slopes().get(i);
      assertThat(slope.estimate()).as("b%d", i + 1).isCloseTo(beta[i + 1], within(1e-6));
      assertThat(slope.standardError()).as("se%d", i + 1).isCloseTo(se[i + 1], within(1e-6));
    }
    assertThat(fit.logLikelihood()).isCloseTo(c.get("logLikelihood").asDouble(), within(1e-6));
  }

  @Test
  void fit_weightedMatchesStatsmodelsFreqWeights() {
    assertFit(FIXTURE.get("logit").get(0));
  }

  @Test
  void fit_weightedWithL2MatchesSklearnSampleWeight() {
    assertFit(FIXTURE.get("logit").get(1));
  }
}
