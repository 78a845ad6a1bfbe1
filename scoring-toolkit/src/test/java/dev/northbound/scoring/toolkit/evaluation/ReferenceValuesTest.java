package dev.northbound.scoring.toolkit.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every metric against the independent values of tools/reference/metrics_reference.py (sklearn,
 * scipy, an O(n²) DeLong and plain numpy), on three seeded datasets: "hand" (10 rows with ties),
 * "overlap" (2,000 rows, realistic overlap, six months) and "ties" (600 rows graded 1..8, higher
 * riskier). All comparisons are to 1e-9: every definition here is exact arithmetic on the same
 * data, and the bootstrap replays the same SplitMix64 draws.
 */
class ReferenceValuesTest {

  private static final double TOLERANCE = 1e-9;

  @ParameterizedTest
  @ValueSource(strings = {"hand", "overlap", "ties"})
  void discrimination_matchesReference(String name) throws IOException {
    Fixture f = Fixture.load(name);
    JsonNode e = f.expected;
    DiscriminationSummary s = Discrimination.summarize(f.scores, f.bad, f.orientation);
    assertThat(s.auc()).isCloseTo(e.get("auc").asDouble(), within(TOLERANCE));
    assertThat(s.gini()).isCloseTo(e.get("gini").asDouble(), within(TOLERANCE));
    assertThat(s.ks().value()).isCloseTo(e.get("ks").asDouble(), within(TOLERANCE));
    assertThat(s.ks().cutoff()).isEqualTo(e.get("ksCutoff").asDouble());
    assertThat(s.accuracyRatio()).isCloseTo(e.get("accuracyRatio").asDouble(), within(TOLERANCE));
    assertThat(s.accuracyRatio()).isCloseTo(s.gini(), within(1e-12));
  }

  @ParameterizedTest
  @ValueSource(strings = {"hand", "overlap", "ties"})
  void roc_matchesSklearnRocCurve(String name) throws IOException {
    Fixture f = Fixture.load(name);
    JsonNode roc = f.expected.get("roc");
    List<CurvePoint> points =
        Discrimination.roc(f.scores, f.bad, f.orientation, Integer.MAX_VALUE);
    assertThat(points).hasSize(roc.get("x").size());
    for (int i = 0; i < points.size(); i++) {
      CurvePoint p = points.get(i);
      assertThat(p.x()).isCloseTo(roc.get("x").get(i).asDouble(), within(TOLERANCE));
      assertThat(p.y()).isCloseTo(roc.get("y").get(i).asDouble(), within(TOLERANCE));
      JsonNode score = roc.get("score").get(i);
      assertThat(p.score()).isEqualTo(
          score.isNull() ? OptionalDouble.empty() : OptionalDouble.of(score.asDouble()));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"hand", "overlap", "ties"})
  void delong_matchesQuadraticReference(String name) throws IOException {
    Fixture f = Fixture.load(name);
    JsonNode e = f.expected.get("delong");
    DeLongInterval d = Discrimination.delong(f.scores, f.bad, f.orientation, 0.95);
    assertThat(d.auc()).isCloseTo(e.get("auc").asDouble(), within(TOLERANCE));
    assertThat(d.variance()).isCloseTo(e.get("variance").asDouble(), within(TOLERANCE));
    assertThat(d.standardError()).isCloseTo(e.get("standardError").asDouble(), within(TOLERANCE));
    assertThat(d.lower()).isCloseTo(e.get("lower").asDouble(), within(TOLERANCE));
    assertThat(d.upper()).isCloseTo(e.get("upper").asDouble(), within(TOLERANCE));
  }

  @ParameterizedTest
  @ValueSource(strings = {"hand", "overlap", "ties"})
  void bootstrap_replaysReferenceDraws(String name) throws IOException {
    Fixture f = Fixture.load(name);
    JsonNode e = f.expected.get("bootstrap");
    BootstrapIntervals b = Bootstrap.intervals(f.scores, f.bad, f.orientation,
        e.get("replicates").asInt(), e.get("confidence").asDouble(), e.get("seed").asLong());
    assertInterval(b.gini(), e.get("gini"));
    assertInterval(b.ks(), e.get("ks"));
    assertInterval(b.accuracyRatio(), e.get("accuracyRatio"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"hand", "overlap", "ties"})
  void calibration_matchesReference(String name) throws IOException {
    Fixture f = Fixture.load(name);
    JsonNode e = f.expected;
    assertThat(Calibration.brierScore(f.pd, f.bad))
        .isCloseTo(e.get("brier").asDouble(), within(TOLERANCE));
    assertThat(Calibration.logLoss(f.pd, f.bad))
        .isCloseTo(e.get("logLoss").asDouble(), within(TOLERANCE));
    ScoreBands bands = ScoreBands.quantiles(f.scores, f.root.get("bands").asInt());
    assertThat(bands.cuts()).containsExactly(doubles(e.get("scoreCuts")));
    assertRows(Calibration.table(f.scores, f.bad, f.pd, bands), e.get("calibration"));
    JsonNode hl = e.get("hosmerLemeshow");
    HosmerLemeshow h = Calibration.hosmerLemeshow(f.pd, f.bad, f.root.get("hlGroups").asInt());
    assertThat(h.statistic()).isCloseTo(hl.get("statistic").asDouble(), within(TOLERANCE));
    assertThat(h.degreesOfFreedom()).isEqualTo(hl.get("degreesOfFreedom").asInt());
    assertThat(h.pValue()).isCloseTo(hl.get("pValue").asDouble(), within(TOLERANCE));
    assertRows(h.groups(), hl.get("groups"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"hand", "overlap", "ties"})
  void businessView_matchesReference(String name) throws IOException {
    Fixture f = Fixture.load(name);
    JsonNode e = f.expected;
    ScoreBands bands = ScoreBands.quantiles(f.scores, f.root.get("bands").asInt());
    assertGains(BusinessMetrics.gains(f.scores, f.bad, f.orientation, bands), e.get("gains"));
    assertGains(BusinessMetrics.gains(f.scores, f.bad, f.orientation,
        ScoreBands.of(doubles(f.root.get("explicitCuts")))), e.get("gainsExplicit"));
    for (JsonNode c : e.get("cutoffs")) {
      CutoffOutcome o =
          BusinessMetrics.atCutoff(f.scores, f.bad, f.orientation, c.get("cutoff").asDouble());
      assertThat(o.approved()).isEqualTo(c.get("approved").asLong());
      assertThat(o.approvalRate()).isCloseTo(c.get("approvalRate").asDouble(), within(TOLERANCE));
      assertThat(o.approvedBadRate()).isEqualTo(c.get("approvedBadRate").isNull()
          ? OptionalDouble.empty() : OptionalDouble.of(c.get("approvedBadRate").asDouble()));
      assertThat(new long[] {o.truePositives(), o.falsePositives(), o.trueNegatives(),
          o.falseNegatives()}).containsExactly(c.get("truePositives").asLong(),
          c.get("falsePositives").asLong(), c.get("trueNegatives").asLong(),
          c.get("falseNegatives").asLong());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"hand", "overlap", "ties"})
  void stability_matchesReference(String name) throws IOException {
    Fixture f = Fixture.load(name);
    JsonNode e = f.expected;
    double[] baseline = doubles(f.root.get("baseline"));
    assertIndex(Stability.psi(baseline, f.scores), e.get("psiDeciles"));
    assertIndex(Stability.psi(baseline, f.scores,
        ScoreBands.of(doubles(f.root.get("explicitCuts")))), e.get("psiExplicit"));
    assertIndex(Stability.csi(ints(f.root.get("baselineCodes")), ints(f.root.get("currentCodes"))),
        e.get("csiCodes"));
    List<MonthlyStability> monthly =
        Stability.monthly(baseline, ints(f.root.get("months")), f.scores);
    assertThat(monthly).hasSize(e.get("monthly").size());
    for (int i = 0; i < monthly.size(); i++) {
      JsonNode m = e.get("monthly").get(i);
      assertThat(monthly.get(i).month()).hasToString(m.get("month").asText());
      assertThat(monthly.get(i).rows()).isEqualTo(m.get("rows").asLong());
      assertIndex(monthly.get(i).index(), m.get("index"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"hand", "overlap", "ties"})
  void fairness_matchesReference(String name) throws IOException {
    Fixture f = Fixture.load(name);
    JsonNode e = f.expected.get("fairness");
    String[] groups = new String[f.scores.length];
    for (int i = 0; i < groups.length; i++) {
      groups[i] = f.root.get("groups").get(i).asText();
    }
    FairnessReport r = Fairness.byGroup(groups, f.scores, f.bad, f.orientation,
        e.get("cutoff").asDouble());
    assertThat(r.referenceGroup()).isEqualTo(e.get("referenceGroup").asText());
    assertThat(r.groups()).hasSize(e.get("groups").size());
    for (int i = 0; i < r.groups().size(); i++) {
      GroupOutcome g = r.groups().get(i);
      JsonNode x = e.get("groups").get(i);
      assertThat(g.group()).isEqualTo(x.get("group").asText());
      assertThat(new long[] {g.rows(), g.approved(), g.bads()}).containsExactly(
          x.get("rows").asLong(), x.get("approved").asLong(), x.get("bads").asLong());
      assertThat(g.approvalRate()).isCloseTo(x.get("approvalRate").asDouble(), within(TOLERANCE));
      assertThat(g.badRate()).isCloseTo(x.get("badRate").asDouble(), within(TOLERANCE));
      assertThat(g.approvalRateRatio().getAsDouble())
          .isCloseTo(x.get("approvalRateRatio").asDouble(), within(TOLERANCE));
      assertThat(g.badRateRatio().getAsDouble())
          .isCloseTo(x.get("badRateRatio").asDouble(), within(TOLERANCE));
    }
  }

  private static void assertInterval(Interval actual, JsonNode expected) {
    assertThat(actual.estimate()).isCloseTo(expected.get("estimate").asDouble(), within(TOLERANCE));
    assertThat(actual.lower()).isCloseTo(expected.get("lower").asDouble(), within(TOLERANCE));
    assertThat(actual.upper()).isCloseTo(expected.get("upper").asDouble(), within(TOLERANCE));
  }

  private static void assertRows(List<CalibrationRow> rows, JsonNode expected) {
    assertThat(rows).hasSize(expected.size());
    for (int i = 0; i < rows.size(); i++) {
      CalibrationRow r = rows.get(i);
      JsonNode x = expected.get(i);
      assertThat(r.range()).hasToString(x.get("label").asText());
      assertThat(r.rows()).isEqualTo(x.get("rows").asLong());
      assertThat(r.bads()).isEqualTo(x.get("bads").asLong());
      assertThat(r.expectedBads()).isCloseTo(x.get("expectedBads").asDouble(), within(TOLERANCE));
      assertThat(r.meanPd()).isCloseTo(x.get("meanPd").asDouble(), within(TOLERANCE));
      assertThat(r.observedBadRate())
          .isCloseTo(x.get("observedBadRate").asDouble(), within(TOLERANCE));
    }
  }

  private static void assertGains(GainsTable table, JsonNode expected) {
    assertThat(table.badRate()).isCloseTo(expected.get("badRate").asDouble(), within(TOLERANCE));
    JsonNode rows = expected.get("rows");
    assertThat(table.rows()).hasSize(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      GainsRow r = table.rows().get(i);
      JsonNode x = rows.get(i);
      assertThat(r.range()).hasToString(x.get("label").asText());
      assertThat(new long[] {r.rows(), r.bads()})
          .containsExactly(x.get("rows").asLong(), x.get("bads").asLong());
      assertThat(r.badRate()).isCloseTo(x.get("badRate").asDouble(), within(TOLERANCE));
      assertThat(r.cumulativeApprovalRate())
          .isCloseTo(x.get("cumulativeApprovalRate").asDouble(), within(TOLERANCE));
      assertThat(r.cumulativeBadRate())
          .isCloseTo(x.get("cumulativeBadRate").asDouble(), within(TOLERANCE));
      assertThat(r.lift()).isCloseTo(x.get("lift").asDouble(), within(TOLERANCE));
    }
  }

  private static void assertIndex(StabilityIndex index, JsonNode expected) {
    assertThat(index.value()).isCloseTo(expected.get("value").asDouble(), within(TOLERANCE));
    assertThat(index.band()).hasToString(expected.get("band").asText());
    JsonNode bins = expected.get("bins");
    assertThat(index.bins()).hasSize(bins.size());
    for (int i = 0; i < bins.size(); i++) {
      StabilityBin b = index.bins().get(i);
      JsonNode x = bins.get(i);
      assertThat(b.label()).isEqualTo(x.get("label").asText());
      assertThat(new long[] {b.baselineCount(), b.currentCount()}).containsExactly(
          x.get("baselineCount").asLong(), x.get("currentCount").asLong());
      assertThat(b.baselineShare()).isCloseTo(x.get("baselineShare").asDouble(), within(TOLERANCE));
      assertThat(b.currentShare()).isCloseTo(x.get("currentShare").asDouble(), within(TOLERANCE));
      assertThat(b.contribution()).isCloseTo(x.get("contribution").asDouble(), within(TOLERANCE));
    }
  }

  static double[] doubles(JsonNode array) {
    double[] out = new double[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).asDouble();
    }
    return out;
  }

  static int[] ints(JsonNode array) {
    int[] out = new int[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).asInt();
    }
    return out;
  }

  /** One fixture file, ReferenceValuesTest-{name}.json. */
  static final class Fixture {
    final JsonNode root;
    final JsonNode expected;
    final ScoreOrientation orientation;
    final double[] scores;
    final boolean[] bad;
    final double[] pd;

    private Fixture(JsonNode root) {
      this.root = root;
      this.expected = root.get("expected");
      this.orientation = ScoreOrientation.valueOf(root.get("orientation").asText());
      this.scores = doubles(root.get("scores"));
      this.pd = doubles(root.get("pd"));
      this.bad = new boolean[scores.length];
      for (int i = 0; i < bad.length; i++) {
        bad[i] = root.get("bad").get(i).asBoolean();
      }
    }

    static Fixture load(String name) throws IOException {
      String resource = "ReferenceValuesTest-" + name + ".json";
      try (InputStream in = ReferenceValuesTest.class.getResourceAsStream(resource)) {
        assertThat(in).as(resource).isNotNull();
        return new Fixture(new ObjectMapper().readTree(in));
      }
    }
  }
}
