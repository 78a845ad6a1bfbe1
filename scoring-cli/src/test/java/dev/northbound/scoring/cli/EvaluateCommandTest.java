package dev.northbound.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;



import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {

  @TempDir static Path dir;
  private static Path model;
  private static Path data;

  @BeforeAll
  static void writeInputs() throws Exception {
    model = CliTestSupport.writeModel(dir);
    data = CliTestSupport.writePortfolio(dir, 5L, 300, "not json\n");
  }

  @Test
  void evaluate_writesBothReportsAndCountsTheBadLine() throws Exception {
    Path report = dir.resolve("report");
    CliTestSupport.Run run = CliTestSupport.run("evaluate", "--model", model.toString(), "--data", data.toString(),
        "--fx", "HKD/CNY=0.92", "--segment-by", "segment", "--threads", "2", "--skip-invalid",
        "--report", report.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).startsWith("300 rows scored, 1 skipped in ").contains("report in " + report)
        .endsWith("Rows skipped with --skip-invalid, by reason (also in report.json and report.html):"
            + System.lineSeparator() + "          1  /: must be well-formed JSON" + System.lineSeparator());
    assertThat(run.err()).contains("evaluate (KiB read)");
    JsonNode json = new ObjectMapper().readTree(report.resolve("report.json").toFile());
    assertThat(json.at("/rows/scored").asLong()).isEqualTo(300);
    assertThat(json.at("/rows/skipped").asLong()).isEqualTo(1);
    assertThat(json.at("/rows/skippedListed/0/line").asLong()).isEqualTo(301);
    assertThat(json.at("/rows/skippedListed/0/pointer").asText()).isEqualTo("/lines/301");
    assertThat(json.at("/metrics/auc").isDouble()).isTrue();
    assertThat(json.at("/fairness/groups").size()).isEqualTo(5);
    assertThat(Files.readString(report.resolve("report.html"))).contains("data-chart=\"roc\"");
  }

  @Test
  void evaluate_sparkEngine_writesTheLocalEnginesReport() throws Exception {
    Path repo = Path.of(System.getProperty("northbound.repo.dir", "."));
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Files.exists(repo.resolve("scoring-spark/target/local-classpath.txt")),
        "scoring-spark is not packaged yet (mvn -pl scoring-spark -am package); skipping the Spark engine run");
    Path local = dir.resolve("report-local");
    Path spark = dir.resolve("report-spark");
    String[] common = {"evaluate", "--model", model.toString(), "--data", data.toString(), "--fx", "HKD/CNY=0.92",
        "--segment-by", "segment", "--bootstrap", "20", "--seed", "7", "--skip-invalid"};
    CliTestSupport.Run one = CliTestSupport.run(concat(common, "--report", local.toString()));
    CliTestSupport.Run two = CliTestSupport.run(concat(common, "--engine", "spark", "--master", "local[2]",
        "--report", spark.toString()));

    assertThat(one.exitCode()).as(one.err()).isEqualTo(ExitCodes.OK);
    assertThat(two.exitCode()).as(two.err()).isEqualTo(ExitCodes.OK);
    assertThat(two.out()).isEqualTo("Spark report in " + spark + " (report.json, report.html)" + System.lineSeparator());
    // The same report apart from the time it was generated.
    CliTestSupport.assertSameReportApartFromTimeStamps(spark, local);
    JsonNode json = new ObjectMapper().readTree(spark.resolve("report.json").toFile());
    assertThat(json.at("/rows/scored").asLong()).isEqualTo(300);
    assertThat(json.at("/rows/skippedListed/0/pointer").asText()).isEqualTo("/lines/301");
  }

  @Test
  void evaluate_sparkEngineWithCsvOfStandardFeatures_isAUsageError() {
    CliTestSupport.Run run = CliTestSupport.run("evaluate", "--model", model.toString(), "--data",
        dir.resolve("features.csv").toString(), "--engine", "spark", "--report", dir.resolve("r").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--engine spark reads JSON Lines of credit files (.jsonl, .ndjson, optionally .gz), "
        + "or a CSV table for a model trained on a table; use --engine local for features.csv");
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void evaluate_badLineByDefault_exitsWithInvalidInput() {
    CliTestSupport.Run run = CliTestSupport.run("evaluate", "--model", model.toString(), "--data", data.toString(),
        "--fx", "HKD/CNY=0.92", "--report", dir.resolve("stopped").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err()).contains("invalid input in --data " + data + ": /lines/301: must be well-formed JSON;"
        + " found malformed JSON");
    assertThat(dir.resolve("stopped")).doesNotExist();
  }

  @Test
  void evaluate_arffWithAStandardFeatureModel_isAUsageError() throws Exception {
    Path arff = Files.writeString(dir.resolve("data.arff"), "@relation x\n");
    CliTestSupport.Run run = CliTestSupport.run("evaluate", "--model", model.toString(), "--data", arff.toString(),
        "--report", dir.resolve("arff").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("ARFF input needs a model trained on a table (with inputs in its model file); "
        + "use a CSV of standard features or JSON Lines of credit files for this model");
  }

  @Test
  void monitor_writesTheStabilityView() throws Exception {
    Path report = dir.resolve("monitor");
    CliTestSupport.Run run = CliTestSupport.run("monitor", "--model", model.toString(), "--baseline",
        data.toString(), "--current", data.toString(), "--fx", "HKD/CNY=0.92", "--skip-invalid",
        "--report", report.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    // 300 rows a side are too few for a banded PSI (docs/evaluation.md); it said STABLE before.
    assertThat(run.out()).startsWith("score PSI 0.0000 (INSUFFICIENT_DATA), 2 rows skipped; report in ");
    JsonNode json = new ObjectMapper().readTree(report.resolve("report.json").toFile());
    assertThat(json.at("/metrics/psi").asDouble()).isEqualTo(0.0);
    assertThat(json.at("/stability/characteristics/worst_status_12m/value").asDouble()).isEqualTo(0.0);
  }
}
