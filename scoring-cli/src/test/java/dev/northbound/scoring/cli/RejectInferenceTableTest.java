package dev.northbound.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reject-inference} on tables: no truth exists, so the report says so and gives the accepts' figures. */
class RejectInferenceTableTest {

  @Test
  void tables_reportTheAcceptsAndSayThereIsNoTruth(@TempDir Path dir) throws IOException {
    Path accepts = TrainCommandTest.smallCsv(dir);
    Path rejects = TrainRejectInferenceTableTest.rejectsCsv(dir);
    Path report = dir.resolve("study");
    CliTestSupport.Run run = CliTestSupport.run("reject-inference", "--accepts", accepts.toString(), "--rejects",
        rejects.toString(), "--target", "outcome", "--bad-value", "default", "--report", report.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(report.resolve("report.json").toFile());
    assertThat(json.get("note").asText()).startsWith("No truth file:");
    assertThat(json.get("candidates")).extracting(c -> c.get("name").asText())
        .containsExactly("none", "hard-cutoff", "fuzzy", "parcelling");
    for (JsonNode c : json.get("candidates")) {
      assertThat(c.has("throughTheDoor")).isFalse();
      assertThat(c.get("accepts").get("auc").asDouble()).isBetween(0.5, 1.0);
    }
  }

  @Test
  void tables_usageErrors(@TempDir Path dir) throws IOException {
    Path accepts = TrainCommandTest.smallCsv(dir);
    Path rejects = TrainRejectInferenceTableTest.rejectsCsv(dir);
    Path report = dir.resolve("study");
    CliTestSupport.Run noTarget = CliTestSupport.run("reject-inference", "--accepts", accepts.toString(),
        "--rejects", rejects.toString(), "--report", report.toString());
    assertThat(noTarget.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(noTarget.err()).contains("--target is required for a table");
    CliTestSupport.Run withTruth = CliTestSupport.run("reject-inference", "--accepts", accepts.toString(),
        "--rejects", rejects.toString(), "--target", "outcome", "--truth", rejects.toString(), "--report",
        report.toString());
    assertThat(withTruth.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(withTruth.err()).contains("--truth is for credit files");
    assertThat(report).doesNotExist();
  }
}
