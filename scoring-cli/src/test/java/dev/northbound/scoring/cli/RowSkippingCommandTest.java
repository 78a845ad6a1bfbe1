package dev.northbound.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.northbound.scoring.toolkit.evaluation.run.SyntheticEvaluationData;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rows that cannot be scored are never dropped silently: without {@code --fx}, credit files with HKD
 * amounts once made {@code evaluate} and {@code monitor} skip most rows, exit 0 and say STABLE.
 */
class RowSkippingCommandTest {

  @TempDir static Path dir;
  private static Path model;
  private static Path data;

  @BeforeAll
  static void writeInputs() throws Exception {
    model = CliTestSupport.writeModel(dir);
    data = CliTestSupport.writePortfolio(dir, 5L, 400, "");
  }

  @Test
  void evaluate_withoutFx_stopsAtTheFirstUnusableRowWithTheFix() {
    Path report = dir.resolve("no-fx");
    CliTestSupport.Run run = CliTestSupport.run("evaluate", "--model", model.toString(), "--data", data.toString(),
        "--report", report.toString());

    assertThat(run.exitCode()).as(run.out()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err()).endsWith(stopped("--data " + data));
    assertThat(run.out()).isEmpty();
    assertThat(report).doesNotExist();
  }

  @Test
  void evaluate_withoutFxSkipInvalid_printsAndRecordsTheCountsByReason() throws Exception {
    Path report = dir.resolve("skipped");
    CliTestSupport.Run run = CliTestSupport.run("evaluate", "--model", model.toString(), "--data", data.toString(),
        "--skip-invalid", "--bootstrap", "20", "--report", report.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    // 300 of the 400 rows (75%) hold HKD amounts; they are left out only because --skip-invalid says so.
    assertThat(run.out()).startsWith("100 rows scored, 300 skipped in ").endsWith(String.join(NL,
        "Rows skipped with --skip-invalid, by reason (also in report.json and report.html):",
        "         76  /document/alternativeData/mpf/*/employeeMandatory/currency: needs an exchange rate to CNY",
        "        198  /document/alternativeData/taxRecords/*/assessedIncome/currency: needs an exchange rate to CNY",
        "         26  /document/bureauReport/accounts/*/balance/currency: needs an exchange rate to CNY", ""));
    JsonNode json = new ObjectMapper().readTree(report.resolve("report.json").toFile());
    assertThat(json.at("/rows/skipped").asLong()).isEqualTo(300);
    assertThat(json.at("/rows/skippedByReason/~1document~1alternativeData~1taxRecords~1*~1assessedIncome~1currency: "
        + "needs an exchange rate to CNY").asLong()).isEqualTo(198);
    assertThat(Files.readString(report.resolve("report.html")))
        .contains("/document/alternativeData/taxRecords/*/assessedIncome/currency: needs an exchange rate to CNY");
  }

  @Test
  void monitor_withoutFx_stopsAtTheFirstUnusableRow() {
    CliTestSupport.Run run = CliTestSupport.run("monitor", "--model", model.toString(), "--baseline",
        data.toString(), "--current", data.toString(), "--report", dir.resolve("monitor-no-fx").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err()).endsWith(stopped("--baseline and --current " + data));
    assertThat(dir.resolve("monitor-no-fx")).doesNotExist();
  }

  @Test
  void monitor_withoutFxSkipInvalid_printsTheCountsOfEachSample() {
    Path report = dir.resolve("monitor-skipped");
    CliTestSupport.Run run = CliTestSupport.run("monitor", "--model", model.toString(), "--baseline",
        data.toString(), "--current", data.toString(), "--skip-invalid", "--report", report.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("600 rows skipped; report in ")
        .contains("Baseline rows skipped with --skip-invalid, by reason (also in report.json and report.html):"
            + System.lineSeparator() + "         76  /document/alternativeData/mpf/*/employeeMandatory/currency")
        .contains("Current rows skipped with --skip-invalid, by reason");
  }

  @Test
  void monitor_fewRows_insufficientDataInsteadOfStable() throws Exception {
    Path few = dir.resolve("few.jsonl");
    try (OutputStream out = Files.newOutputStream(few)) {
      SyntheticEvaluationData.writeLines(out, 5L, 120);
    }
    Path report = dir.resolve("monitor-few");
    CliTestSupport.Run run = CliTestSupport.run("monitor", "--model", model.toString(), "--baseline",
        few.toString(), "--current", few.toString(), "--fx", "HKD/CNY=0.92", "--report", report.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).startsWith("score PSI 0.0000 (INSUFFICIENT_DATA), 0 rows skipped; report in ");
    JsonNode json = new ObjectMapper().readTree(report.resolve("report.json").toFile());
    assertThat(json.at("/metrics/psiBand").asText()).isEqualTo("INSUFFICIENT_DATA");
  }

  private static final String NL = System.lineSeparator();
  private static String stopped(String where) {
    return String.join(NL,
      "invalid input in " + where + ": /lines/2/document/alternativeData/taxRecords/0/assessedIncome/currency: needs an exchange rate "
          + "to CNY; found currency HKD with no rate",
      "  at line 2 of JSON Lines of credit files (portfolio.jsonl); the run stopped there and wrote no report",
      "  fix: add --fx HKD/CNY=RATE (the CNY price of one HKD); or add --skip-invalid to leave out every row that "
          + "cannot be scored and count them by reason in the report", "");
  }
}
