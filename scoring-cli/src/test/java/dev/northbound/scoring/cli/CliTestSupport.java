package dev.northbound.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the CLI in-process and captures its output. */
final class CliTestSupport {
  private CliTestSupport() {}

  /** The outcome of one run. */
  record Run(int exitCode, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  /** A report's time stamps: {@code 2026-11-22T18:09:36Z} in report.json, also {@code 2026-11-22 18:09:36 UTC} in report.html. */
  private static final String STAMP = "\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2})?(Z| UTC)?";

  /** Asserts that two report directories hold the same report.json and report.html apart from their time stamps. */
  static void assertSameReportApartFromTimeStamps(Path actual, Path expected) throws IOException {
    for (String file : new String[] {"report.json", "report.html"}) {
      assertThat(Files.readString(actual.resolve(file)).replaceAll(STAMP, "T")).as(file)
          .isEqualTo(Files.readString(expected.resolve(file)).replaceAll(STAMP, "T"));
    }
  }

  /** Writes the synthetic evaluation scorecard to {@code dir/model.json}; returns its path. */
  static Path writeModel(Path dir) throws IOException {
    Path model = dir.resolve("model.json");
    dev.northbound.scoring.models.io.ScorecardFiles.write(
        dev.northbound.scoring.toolkit.evaluation.run.SyntheticEvaluationData.scorecard(), model);
    return model;
  }

  /** Writes {@code rows} synthetic JSON Lines (seed {@code seed}) to {@code dir/portfolio.jsonl}, then {@code tail}. */
  static Path writePortfolio(Path dir, long seed, int rows, String tail) throws IOException {
    Path data = dir.resolve("portfolio.jsonl");
    try (java.io.OutputStream out = Files.newOutputStream(data)) {
      dev.northbound.scoring.toolkit.evaluation.run.SyntheticEvaluationData.writeLines(out, seed, rows);
      out.write(tail.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
    return data;
  }
}
