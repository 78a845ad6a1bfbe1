package dev.northbound.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compare} on German credit, and its usage errors. */
class CompareCommandTest {

  @Test
  void compare_germanCredit_woeAndXgboostFoldsAreTrainsFolds(@TempDir Path dir) throws IOException {
    String shared = System.getProperty("northbound.shared.dir");
    assumeTrue(shared != null, "northbound.shared.dir is not set; skipping");
    Path arff = Path.of(shared, "datasets", "german-credit", "credit-g.arff");
    assumeTrue(Files.isRegularFile(arff), arff + " is absent; skipping");
    Path out = dir.resolve("comparison.json");
    CliTestSupport.Run run = CliTestSupport.run("compare", "--data", arff.toString(), "--target", "class",
        "--bad-value", "bad", "--models", "woe,boosted-additive,xgboost", "--out", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toFile());
    // docs/validation.md: train's WoE and XGBoost fold AUCs on these folds (seed 42, 5 folds).
    assertThat(json.at("/models/0/model").textValue()).isEqualTo("woe");
    assertThat(json.at("/models/0/auc").doubleValue()).isEqualTo(0.7972380952380952);
    assertThat(json.at("/models/2/model").textValue()).isEqualTo("xgboost");
    assertThat(json.at("/models/2/foldAuc/0").doubleValue()).isCloseTo(0.8377, org.assertj.core.data.Offset.offset(5e-5));
    assertThat(json.at("/models/1/characteristics").intValue()).isPositive();
    assertThat(json.at("/models/2/characteristics").isMissingNode()).isTrue();
    assertThat(run.out()).contains("5-fold stratified CV, seed 42; 1,000 rows held out (300 bad).")
        .contains("| woe | 0.7972 |");
  }

  @Test
  void usageErrors(@TempDir Path dir) throws IOException {
    Path csv = TrainCommandTest.smallCsv(dir);
    String[] data = {"compare", "--data", csv.toString(), "--target", "outcome", "--bad-value", "default"};
    assertUsage(concat(data, "--models", "woe,gbm"), "--models must name woe, boosted, boosted-additive, xgboost, cart");
    assertUsage(concat(data, "--models", "woe,WOE"), "--models names woe twice");
    assertUsage(concat(data, "--cv", "1"), "--cv must be at least 2");
    assertUsage(concat(data, "--holdout", csv.toString()), "--holdout needs --data of credit files (.jsonl)");
    assertUsage(concat(data, "--out", csv.toString()), "--out");
    assertThat(Files.readString(csv)).startsWith("Debt Ratio,region,noise,outcome");
  }

  private static void assertUsage(String[] args, String message) {
    CliTestSupport.Run run = CliTestSupport.run(args);
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains(message);
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
