package dev.northbound.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.northbound.scoring.models.io.ModelFile;
import dev.northbound.scoring.models.io.ScorecardFiles;
import dev.northbound.scoring.toolkit.tabular.TabularInputs;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TrainCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T10:15:30.123Z"), ZoneOffset.UTC);

  /** Runs {@code train} with the given environment and clock, as Main wires it. */
  static CliTestSupport.Run train(Function<String, String> env, String... args) {
    CommandLine cmd = new CommandLine(new TrainCommand(env, CLOCK));
    cmd.setExecutionExceptionHandler(new ErrorHandler());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    int code = cmd.execute(args);
    return new CliTestSupport.Run(code, out.toString(), err.toString());
  }

  /** A seeded table: a numeric risk driver, a categorical one, noise; bad rate about 30%. */
  static Path smallCsv(Path dir) throws IOException {
    SplittableRandom random = new SplittableRandom(7);
    StringBuilder csv = new StringBuilder("Debt Ratio,region,noise,outcome\n");
    String[] regions = {"north", "south", "east", "west"};
    for (int i = 0; i < 600; i++) {
      double debt = random.nextDouble();
      int region = random.nextInt(4);
      double risk = -1.8 + 2.5 * debt + (region == 0 ? 0.8 : 0);
      boolean bad = random.nextDouble() < 1 / (1 + Math.exp(-risk));
      csv.append(i % 37 == 0 ? "NA" : String.format(java.util.Locale.ROOT, "%.3f", debt))
          .append(',').append(regions[region]).append(',').append(random.nextInt(100))
          .append(',').append(bad ? "default" : "repaid").append('\n');
    }
    Path file = dir.resolve("small.csv");
    Files.writeString(file, csv);
    return file;
  }

  @Test
  void train_germanCreditCrossValidatesAbove078AndWritesALoadableModel(@TempDir Path dir)
      throws IOException {
    String shared = System.getProperty("northbound.shared.dir");
    assumeTrue(shared != null, "northbound.shared.dir is not set; skipping");
    Path arff = Path.of(shared, "datasets", "german-credit", "credit-g.arff");
    assumeTrue(Files.isRegularFile(arff), arff + " is absent; skipping");
    Path model = dir.resolve("german.model.json");
    Path report = dir.resolve("german-report");
    CliTestSupport.Run run = CliTestSupport.run("train", "--data", arff.toString(), "--target",
        "class", "--bad-value", "bad", "--challenger", "xgboost", "--cv", "5", "--seed", "42",
        "--out", model.toString(), "--report", report.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode json = JSON.readTree(report.resolve("report.json").toFile());
    double mean = json.at("/cv/auc/mean").doubleValue();
    assertThat(mean).isGreaterThanOrEqualTo(0.78).isEqualTo(0.7972380952380952);
    assertThat(json.at("/cv/auc/folds")).hasSize(5);
    assertThat(json.at("/challenger/model").textValue()).isEqualTo("xgboost");
    assertThat(json.at("/challenger/cv/auc/mean").doubleValue()).isBetween(0.75, 0.85);
    assertThat(json.at("/characteristics/0/bins/0/woe").isNumber()).isTrue();
    assertThat(json.at("/fit/intercept/pValue").isNumber()).isTrue();
    assertThat(run.out()).contains("Scorecard  5-fold CV AUC 0.7972 (folds 0.8350 0.7911 0.7901"
        + " 0.7918 0.7782)").contains("XGBoost    5-fold CV AUC 0.79");
    ModelFile file = ScorecardFiles.readModel(model);
    assertThat(file.scorecard().characteristics()).hasSize(13);
    assertThat(TabularInputs.from(file).columnNames()).hasSize(20).doesNotContain("class");
    assertThat(Files.readString(report.resolve("report.html")))
        .contains("data-chart=\"cv-auc\"").contains("data-chart=\"information-value\"")
        .contains("data-chart=\"woe-checking-status\"");
  }

  @Test
  void train_twiceWithSourceDateEpochGivesIdenticalBytes(@TempDir Path dir) throws IOException {
    Path csv = smallCsv(dir);
    Function<String, String> env = Map.of("SOURCE_DATE_EPOCH", "1790000000")::get;
    for (String name : new String[] {"a", "b"}) {
      CliTestSupport.Run run = train(env, "--data", csv.toString(), "--target", "outcome",
          "--bad-value", "default", "--ignore", "noise", "--cv", "3", "--out",
          dir.resolve(name + "/m.json").toString(), "--report", dir.resolve(name + "/r").toString());
      assertThat(run.exitCode()).as(run.err()).isZero();
    }
    assertThat(Files.readAllBytes(dir.resolve("b/m.json")))
        .isEqualTo(Files.readAllBytes(dir.resolve("a/m.json")));
    assertThat(Files.readAllBytes(dir.resolve("b/r/report.json")))
        .isEqualTo(Files.readAllBytes(dir.resolve("a/r/report.json")));
    ModelFile model = ScorecardFiles.readModel(dir.resolve("a/m.json"));
    // 1,790,000,000 s after the epoch is 2026-09-21T14:13:20Z
    assertThat(model.scorecard().provenance().trainedAt())
        .isEqualTo(Instant.parse("2026-09-21T14:13:20Z"));
    assertThat(model.scorecard().provenance().settings()).containsEntry("data.ignore", "noise")
        .containsEntry("data.target", "outcome").containsEntry("data.badValue", "default");
    assertThat(TabularInputs.from(model).schema().definitions()).extracting(d -> d.name())
        .containsExactly("debt_ratio", "region");
  }

  @Test
  void train_withoutSourceDateEpochUsesTheClockToTheSecond(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("m.json");
    CliTestSupport.Run run = train(name -> null, "--data", smallCsv(dir).toString(), "--target",
        "outcome", "--bad-value", "default", "--cv", "2", "--out", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(ScorecardFiles.readModel(out).scorecard().provenance().trainedAt())
        .isEqualTo(Instant.parse("2026-11-22T10:15:30Z"));
    assertThat(run.out()).contains("Trained on 600 rows").contains("Model:  " + out);
  }

  @Test
  void train_badSourceDateEpochIsAUsageError(@TempDir Path dir) throws IOException {
    CliTestSupport.Run run = train(Map.of("SOURCE_DATE_EPOCH", "yesterday")::get, "--data",
        smallCsv(dir).toString(), "--target", "outcome", "--out", dir.resolve("m").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("SOURCE_DATE_EPOCH must be a whole, non-negative number of"
        + " seconds since 1970-01-01T00:00:00Z, found a string of 9 characters"
        + System.lineSeparator());
  }

  @Test
  void train_usageErrors(@TempDir Path dir) throws IOException {
    String csv = smallCsv(dir).toString();
    String out = dir.resolve("m.json").toString();
    assertUsage("--cv must be at least 2, found 1",
        "--data", csv, "--target", "outcome", "--cv", "1", "--out", out);
    // the value typed is no longer echoed (it may be personal data given to the wrong option)
    assertUsage("--challenger must be xgboost or cart",
        "--data", csv, "--target", "outcome", "--challenger", "gbm", "--out", out);
    assertUsage("--target is required for a table", "--data", csv, "--out", out);
    assertUsage("--data: no such file: " + dir.resolve("none.csv"),
        "--data", dir.resolve("none.csv").toString(), "--out", out);
    Path txt = Files.writeString(dir.resolve("data.txt"), "x");
    assertUsage("--data must be a .csv, .arff or .jsonl file (optionally .gz), found data.txt",
        "--data", txt.toString(), "--target", "y", "--out", out);
  }

  private static void assertUsage(String message, String... args) {
    CliTestSupport.Run run = train(name -> null, args);
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo(message + System.lineSeparator());
  }

  @Test
  void train_invalidDataIsExitCode3WithoutTheValue(@TempDir Path dir) throws IOException {
    Path csv = Files.writeString(dir.resolve("d.csv"), "x,y\n1,bad\n2,\n3,good\n");
    CliTestSupport.Run run = train(name -> null, "--data", csv.toString(), "--target", "y",
        "--out", dir.resolve("m.json").toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).isEqualTo("invalid input in --data " + csv + ": /lines/3/y: the target"
        + " must not be missing;"
        + " found a missing value" + System.lineSeparator());
  }
}
