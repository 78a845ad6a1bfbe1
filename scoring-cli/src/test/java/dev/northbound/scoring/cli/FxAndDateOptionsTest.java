package dev.northbound.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exchange-rate and date options: a mistake is a usage error (exit 2) that names the option and the
 * form expected, never {@code : null}, a parser's exception or the value given; an as-of date before
 * the application date is invalid input (exit 3) with the pointer.
 */
class FxAndDateOptionsTest {

  private static final String FILE = "docs/examples/thick-file-professional.json"; // applied 2026-10-15

  @ParameterizedTest(name = "--fx {0}")
  @CsvSource(delimiter = '|', value = {
      "hkd/CNY=0.92 | --fx (the rate given) FROM must be an upper-case ISO 4217 currency code, e.g. --fx HKD/CNY=0.9215; found a code that is not one",
      "HKD/cny=0.92 | --fx (the rate given) TO must be an upper-case ISO 4217 currency code, e.g. --fx HKD/CNY=0.9215; found a code that is not one",
      "XXQ/CNY=0.92 | --fx (the rate given) FROM must be an upper-case ISO 4217 currency code, e.g. --fx HKD/CNY=0.9215; found a code that is not one",
      "HKD-CNY=0.92 | --fx (the rate given) must look like FROM/TO=RATE, e.g. --fx HKD/CNY=0.9215; found a value of another form",
      "HKD/HKD=1 | --fx (the rate given) must convert between two different currencies, e.g. --fx HKD/CNY=0.9215; found the same code twice",
      "HKD/CNY=1e-400 | --fx (the rate given) RATE must be a plain decimal number such as 0.9215 (no sign, exponent or grouping); found a value of another form",
      "HKD/CNY=-0.92 | --fx (the rate given) RATE must be a plain decimal number such as 0.9215 (no sign, exponent or grouping); found a value of another form",
      "HKD/CNY=0.000000000001 | --fx (the rate given) RATE must be between 0.000001 and 1000000 units of TO per unit of FROM; found a smaller rate",
      "HKD/CNY=1000000000000 | --fx (the rate given) RATE must be between 0.000001 and 1000000 units of TO per unit of FROM; found a larger rate",
  })
  void fx_badRate_usageErrorNamingTheOption(String rate, String message) {
    CliTestSupport.Run run = CliTestSupport.run("features", "--as-of", "2026-11-20", "--fx", rate, "no-such-file.json");
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err().strip()).isEqualTo(message);
  }

  @Test
  void fx_samePairTwice_usageError() {
    CliTestSupport.Run run = CliTestSupport.run("features", "--as-of", "2026-11-20", "--fx", "HKD/CNY=0.92",
        "--fx", "CNY/HKD=1.08", "no-such-file.json");
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err().strip()).isEqualTo("--fx gives the rate between two currencies more than once (either"
        + " direction): give each pair once, e.g. --fx HKD/CNY=0.9215");
  }

  @Test
  void fx_badRateWithTheSparkEngine_usageErrorBeforeSparkStarts(@TempDir Path dir) throws java.io.IOException {
    String repo = System.getProperty("northbound.repo.dir");
    Assumptions.assumeTrue(repo != null, "northbound.repo.dir is not set: run through Maven");
    Path data = java.nio.file.Files.writeString(dir.resolve("portfolio.jsonl"), "{}\n");
    CliTestSupport.Run run = CliTestSupport.run("evaluate", "--engine", "spark", "--model",
        Path.of(repo, "docs", "examples", "scorecard.json").toString(), "--data", data.toString(),
        "--fx", "hkd/CNY=0.92", "--report", dir.resolve("report").toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err().strip()).isEqualTo("--fx (the rate given) FROM must be an upper-case ISO 4217 currency"
        + " code, e.g. --fx HKD/CNY=0.9215; found a code that is not one");
  }

  @Test
  void currency_lowerCase_usageError() {
    CliTestSupport.Run run = CliTestSupport.run("features", "--as-of", "2026-11-20", "--currency", "cny",
        "no-such-file.json");
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err().strip()).isEqualTo("--currency must be an upper-case ISO 4217 currency code, e.g."
        + " --currency CNY; found a value that is not one");
  }

  @ParameterizedTest(name = "{0} --as-of {1}")
  @CsvSource({"features, 2026-13-45", "features, 20261120", "score, 2026/11/20", "evaluate, yesterday"})
  void asOf_wrongFormat_usageErrorNamingTheOptionAndTheForm(String command, String date) {
    CliTestSupport.Run run = CliTestSupport.run(command, "--as-of", date, "--model", "m.json", "f.json");
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).startsWith("Invalid value for option '--as-of': must be a date in the form yyyy-MM-dd,"
        + " e.g. 2026-11-20; found a value of another form")
        .doesNotContain("DateTimeParseException").doesNotContain(date);
  }

  @Test
  void asOf_beforeTheApplicationDate_invalidInputWithThePointer() {
    String repo = System.getProperty("northbound.repo.dir");
    Assumptions.assumeTrue(repo != null, "northbound.repo.dir is not set: run through Maven");
    CliTestSupport.Run run = CliTestSupport.run("features", "--as-of", "2026-10-14", "--fx", "HKD/CNY=0.92",
        Path.of(repo, FILE).toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err()).contains("/application/applicationDate: must not be after the as-of date; found a later date");
    CliTestSupport.Run same = CliTestSupport.run("features", "--as-of", "2026-10-15", "--fx", "HKD/CNY=0.92",
        Path.of(repo, FILE).toString());
    assertThat(same.exitCode()).as(same.err()).isEqualTo(ExitCodes.OK);
  }
}
