package dev.northbound.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo on a small synthetic portfolio: the structure it recovers is the one the generator built. */
class DemoCommandTest {

  @TempDir static Path dir;
  static CliTestSupport.Run run;
  static JsonNode report;

  @BeforeAll
  static void runDemo() throws IOException {
    run = CliTestSupport.run("demo", "--size", "6000", "--seed", "7", "--report", dir.resolve("r").toString());
    report = new ObjectMapper().readTree(dir.resolve("r/report.json").toFile());
  }

  @Test
  void demo_writesBothReportsAndASummary() {
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(dir.resolve("r/report.html")).exists();
    assertThat(run.out()).contains("SYNTHETIC portfolio of 6,000 applicants (seed 7): 6,000 documents verified")
        .contains("Capacity x willingness grade").contains("XGBoost challenger").contains("Thin files")
        .contains(" / "); // bilingual reasons
    assertThat(report.get("synthetic").asBoolean()).isTrue();
    assertThat(report.at("/rows/verified").asInt()).isEqualTo(6000);
    assertThat(report.at("/rows/train").asInt() + report.at("/rows/test").asInt()).isEqualTo(6000);
  }

  @Test
  void scorecards_rankTheOverIndebtedSegmentWorst() {
    double worstCapacity = Double.MAX_VALUE;
    double worstWillingness = Double.MAX_VALUE;
    String worstC = "";
    String worstW = "";
    for (JsonNode s : report.get("segments")) {
      if (s.get("meanCapacityPoints").asDouble() < worstCapacity) {
        worstCapacity = s.get("meanCapacityPoints").asDouble();
        worstC = s.get("segment").asText();
      }
      if (s.get("meanWillingnessPoints").asDouble() < worstWillingness) {
        worstWillingness = s.get("meanWillingnessPoints").asDouble();
        worstW = s.get("segment").asText();
      }
    }
    assertThat(worstW).isEqualTo("OVER_INDEBTED");
    assertThat(worstC).isEqualTo("OVER_INDEBTED");
  }

  @Test
  void alternativeData_liftsThinFileAuc() {
    // Without a bureau file every bureau feature is missing: the bureau-only model gives every thin
    // file the same score, AUC exactly 0.5. Alternative data must rank them better than chance.
    assertThat(report.at("/thinFiles/aucBureauDataOnly").asDouble()).isEqualTo(0.5);
    assertThat(report.at("/thinFiles/aucWithAlternativeData").asDouble()).isGreaterThan(0.6);
    assertThat(report.at("/thinFiles/count").asInt()).isPositive();
  }

  @Test
  void html_hasNoRecordTextAndReadableBins() throws IOException {
    String html = Files.readString(dir.resolve("r/report.html"));
    assertThat(html).doesNotContain("Bin[").doesNotContain("IntervalBin[").doesNotContain("CategoricalBin[")
        .doesNotContain("Infinity").doesNotContain("NaN").doesNotContain("KS at score");
    assertThat(html).doesNotContainPattern("[A-Za-z]@[0-9a-f]{4,}"); // Object.toString
    // Bins as a modeller writes them: open ends as "< x" / ">= x", missing as "missing".
    assertThat(html).containsPattern("<td>&lt; [0-9.-]+</td>").containsPattern("<td>&gt;= [0-9.-]+</td>")
        .contains("<td>missing</td>");
  }

  @Test
  void gradeKs_isReadAtAGradeBoundary() {
    JsonNode grade = report.at("/metrics/Capacity x willingness grade");
    assertThat(grade.has("ksScore")).isFalse();
    assertThat(grade.get("ksCutoff").asText()).matches("approve grades? A( to [B-E])?");
    JsonNode capacity = report.at("/metrics/Capacity scorecard");
    assertThat(capacity.get("ksCutoff").asText())
        .isEqualTo(String.format(java.util.Locale.ROOT, "approve points >= %.1f", capacity.get("ksScore").asDouble()));
  }

  @Test
  void psi_equalsTheFormulaOnTheTwoPartsBinCounts() {
    int train = report.at("/rows/train").asInt();
    int test = report.at("/rows/test").asInt();
    for (String model : new String[] {"Capacity scorecard", "Willingness scorecard", "Willingness, bureau data only"}) {
      JsonNode psi = report.at("/psi").get(model);
      long trainSum = 0;
      long testSum = 0;
      double expected = 0;
      for (JsonNode bin : psi.get("bins")) {
        trainSum += bin.get("trainCount").asLong();
        testSum += bin.get("heldOutCount").asLong();
      }
      for (JsonNode bin : psi.get("bins")) {
        // PSI = sum (q - p) ln(q / p), an empty bin's share taken as 1e-4 (docs/evaluation.md).
        double p = bin.get("trainCount").asLong() == 0 ? 1e-4 : bin.get("trainCount").asDouble() / trainSum;
        double q = bin.get("heldOutCount").asLong() == 0 ? 1e-4 : bin.get("heldOutCount").asDouble() / testSum;
        expected += (q - p) * Math.log(q / p);
      }
      assertThat(trainSum).as(model).isEqualTo(train);
      assertThat(testSum).as(model).isEqualTo(test);
      // Training deciles; fewer when scores tie across a cut (the bureau-only scorecard gives every thin file
      // the same points).
      assertThat(psi.get("bins").size()).as(model).isBetween(2, 10);
      assertThat(psi.get("value").asDouble()).as(model).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-12));
      // One random split of one portfolio: the parts must not differ.
      assertThat(psi.get("value").asDouble()).as(model).isLessThan(0.1);
      assertThat(psi.get("band").asText()).isEqualTo("STABLE");
    }
  }

  @Test
  void calibration_coversTheHeldOutPartByDecile() {
    int test = report.at("/rows/test").asInt();
    double bads = 0;
    for (JsonNode s : report.get("segments")) {
      bads += s.get("count").asInt() * s.get("badRate").asDouble();
    }
    for (String model : new String[] {"Capacity scorecard", "Willingness scorecard"}) {
      JsonNode rows = report.at("/calibration").get(model);
      long n = 0;
      long b = 0;
      double previousPd = 1;
      for (JsonNode r : rows) {
        n += r.get("rows").asLong();
        b += r.get("bads").asLong();
        assertThat(r.get("meanPd").asDouble()).as("PD falls with points").isLessThan(previousPd);
        previousPd = r.get("meanPd").asDouble();
      }
      assertThat(rows.size()).as(model).isEqualTo(10);
      assertThat(n).as(model).isEqualTo(test);
      assertThat((double) b).as(model).isCloseTo(bads, org.assertj.core.data.Offset.offset(1e-6));
      assertThat(rows.get(0).get("points").asText()).startsWith("< ");
      assertThat(rows.get(9).get("points").asText()).startsWith(">= ");
    }
  }

  @Test
  void reasonFrequency_countsEveryReasonGivenToDeclinedAndReferred() {
    JsonNode f = report.get("reasonFrequency");
    int sum = 0;
    for (JsonNode r : f.get("reasons")) {
      sum += r.get("count").asInt();
      assertThat(r.get("messageZh").asText()).as(r.get("code").asText()).containsPattern("[\\u4e00-\\u9fff]");
      assertThat(r.get("kind").asText()).isIn("policy rule", "score reason");
    }
    assertThat(sum).isEqualTo(f.get("reasonsGiven").asInt()).isPositive();
    assertThat(f.get("applicants").asInt())
        .isEqualTo(report.at("/outcomes/REFER").asInt() + report.at("/outcomes/DECLINE").asInt());
    // A decline or a refer always names at least one policy rule.
    int rules = 0;
    for (JsonNode r : f.get("reasons")) {
      if (r.get("kind").asText().equals("policy rule")) {
        rules += r.get("count").asInt();
      }
    }
    assertThat(rules).isGreaterThanOrEqualTo(f.get("applicants").asInt());
  }

  @Test
  void thinFiles_tableAddsUpAndNamesWhyTheRestAreNotApproved() {
    JsonNode t = report.get("thinFiles");
    int count = t.get("count").asInt();
    for (String column : new String[] {"outcomesWithAlternativeData", "outcomesBureauDataOnly"}) {
      JsonNode o = t.get(column);
      assertThat(o.get("APPROVE").asInt() + o.get("REFER").asInt() + o.get("DECLINE").asInt()).as(column)
          .isEqualTo(count);
    }
    int approved = t.at("/outcomesWithAlternativeData/APPROVE").asInt();
    assertThat(t.get("scoreableAndApproved").asInt()).isBetween(0, Math.min(approved, t.get("scoreableWithAlternativeData").asInt()));
    JsonNode why = t.get("notApprovedReasons");
    assertThat(why.get("applicants").asInt()).isEqualTo(count - approved);
    int sum = 0;
    for (JsonNode r : why.get("reasons")) {
      sum += r.get("count").asInt();
    }
    assertThat(sum).isEqualTo(why.get("reasonsGiven").asInt());
    // The synthetic thin files have no bureau file, hence no existing obligations on the bureau: the demo
    // policy's thin-file path establishes them from the declared obligations, evidenced rent and an income
    // floor, so none is referred for missing obligations, and the thin files that pass its evidence rule, its
    // thin-file cutoffs (grades A to D) and affordability are approved, each with the starter limit.
    for (JsonNode r : why.get("reasons")) {
      assertThat(r.get("code").asText()).isNotEqualTo("RF_OBLIGATIONS_MISSING");
    }
    JsonNode path = report.get("thinFilePath");
    assertThat(approved).isPositive();
    assertThat(path.get("thinFiles").asInt()).isEqualTo(count);
    assertThat(path.get("approved").asInt()).isEqualTo(approved);
    assertThat(path.get("approvedWithStarterLimit").asInt()).isEqualTo(approved);
    int thinApproved = 0;
    int thinBads = 0;
    for (JsonNode g : path.get("approvedByGrade")) {
      if (g.get("thinApproved").asInt() > 0) {
        assertThat(g.get("grade").asText()).isIn("A", "B", "C", "D");
      }
      assertThat(g.get("thinApproved").asInt()).isLessThanOrEqualTo(g.get("thinAll").asInt());
      thinApproved += g.get("thinApproved").asInt();
      thinBads += g.get("thinBads").asInt();
    }
    assertThat(thinApproved).isEqualTo(approved);
    assertThat(t.get("approvedBadsWithAlternativeData").asInt()).isEqualTo(thinBads);
    // Second look decides only thick files: every one it decided on the bureau-only band is one of them.
    assertThat(path.get("thickFiles").asInt() + count).isEqualTo(report.at("/rows/test").asInt());
    assertThat(path.get("secondLookRaisedApprovedBads").asInt())
        .isLessThanOrEqualTo(path.get("secondLookRaisedApproved").asInt());
    assertThat(path.get("secondLookRaisedApproved").asInt()).isLessThanOrEqualTo(path.get("secondLookRaised").asInt());
    assertThat(path.get("secondLookRaised").asInt()).isLessThanOrEqualTo(path.get("thickFiles").asInt());
    assertThat(path.get("approvedBadRate").asDouble()).isEqualTo(thinBads / (double) approved);
    assertThat(run.out()).contains("Approved: " + approved + " with alternative data");
  }

  @Test
  void models_discriminate() {
    for (String model : new String[] {"Capacity scorecard", "Willingness scorecard", "Capacity x willingness grade",
        "XGBoost challenger"}) {
      assertThat(report.get("metrics").get(model).get("auc").asDouble()).as(model).isGreaterThan(0.65);
    }
  }

  @Test
  void boostedScorecard_isShownBesideTheWoeScorecardOnTheTestPart() throws IOException {
    JsonNode b = report.get("boostedScorecard");
    assertThat(b.get("decides").asBoolean(true)).isFalse();
    assertThat(b.get("measuredOn").asText()).isEqualTo("test");
    // The WoE scorecard's and the challenger's figures are the ones of the Models table (same scores).
    for (String model : new String[] {"Willingness scorecard", "XGBoost challenger"}) {
      assertThat(b.at("/models/" + model + "/auc").asDouble()).as(model)
          .isEqualTo(report.at("/metrics/" + model + "/auc").asDouble());
      assertThat(b.at("/models/" + model + "/ks").asDouble()).as(model)
          .isEqualTo(report.at("/metrics/" + model + "/ks").asDouble());
    }
    double bads = 0;
    for (JsonNode s : report.get("segments")) {
      bads += s.get("count").asInt() * s.get("badRate").asDouble();
    }
    int test = report.at("/rows/test").asInt();
    double p = bads / test;
    for (String model : new String[] {"Willingness scorecard", "Boosted willingness scorecard", "XGBoost challenger"}) {
      // Better than predicting the bad rate for everyone (Brier p (1 - p)).
      assertThat(b.at("/models/" + model + "/brier").asDouble()).as(model).isBetween(0.0, p * (1 - p));
      assertThat(b.at("/models/" + model + "/auc").asDouble()).as(model).isGreaterThan(0.65);
    }
    // The shapes count the held-out part, one entry per characteristic of the boosted card, one attribute per bin.
    JsonNode shapes = b.get("shapes");
    assertThat(b.get("shapesOn").asText()).isEqualTo("test");
    assertThat(shapes.get("rows").asInt()).isEqualTo(test);
    assertThat(shapes.get("bads").asDouble()).isCloseTo(bads, org.assertj.core.data.Offset.offset(1e-6));
    int attributes = 0;
    int interactions = 0;
    for (JsonNode c : shapes.get("characteristics")) {
      attributes += c.get("bins").size();
      interactions += c.get("interaction").asBoolean() ? 1 : 0;
      long rows = 0;
      for (JsonNode bin : c.get("bins")) {
        rows += bin.get("count").asLong();
      }
      assertThat(rows).as(c.get("name").asText()).isEqualTo(test);
    }
    JsonNode card = b.at("/models/Boosted willingness scorecard");
    assertThat(card.get("characteristics").asInt()).isEqualTo(shapes.get("characteristics").size());
    assertThat(card.get("attributes").asInt()).isEqualTo(attributes);
    assertThat(b.get("interactions").size()).isEqualTo(interactions);
    assertThat(b.at("/models/XGBoost challenger").has("characteristics")).isFalse();
    // The printed summary's one line compares the two AUCs.
    assertThat(run.out()).contains(String.format(java.util.Locale.ROOT, "AUC %.3f against %.3f for the WoE one",
        card.get("auc").asDouble(), b.at("/models/Willingness scorecard/auc").asDouble()));
    String html = Files.readString(dir.resolve("r/report.html"));
    assertThat(html).contains("Boosted scorecard beside the WoE scorecard").contains("Shape: ");
  }
}
