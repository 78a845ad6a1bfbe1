package dev.northbound.scoring.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SparkJob's exit codes and one-line messages, as spark-submit users see them (the CLI's codes). */
class SparkJobExitTest {

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return SparkJob.execute(SharedSpark.session(), args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private String[] withData(String... args) throws Exception {
    Path data = dir.resolve("portfolio.jsonl");
    if (!Files.exists(data)) {
      Files.writeString(data, "{\"document\":{},\"outcome\":\"good\"}\n");
    }
    String[] all = Arrays.copyOf(args, args.length + 4);
    all[args.length] = "--data";
    all[args.length + 1] = data.toString();
    all[args.length + 2] = "--out";
    all[args.length + 3] = dir.resolve("report").toString();
    return all;
  }

  @Test
  void execute_missingModel_isAUsageError() throws Exception {
    assertThat(run(withData())).isEqualTo(2);
    assertThat(err()).isEqualTo("northbound spark job: usage error: option --model is required\n");
  }

  @Test
  void execute_unknownOption_isAUsageError() {
    assertThat(run("--modle", "m.json")).isEqualTo(2);
    assertThat(err()).startsWith("northbound spark job: usage error: unknown option --modle; expected one of [");
  }

  @Test
  void execute_modelFileAbsent_isAUsageErrorNamingTheFile() throws Exception {
    Path absent = dir.resolve("absent.json");
    assertThat(run(withData("--model", absent.toString()))).isEqualTo(2);
    assertThat(err()).isEqualTo("northbound spark job: usage error: no such file: " + absent + "\n");
  }

  @Test
  void execute_truncatedModelFile_isInvalidInput() throws Exception {
    Path model = dir.resolve("model.json");
    Files.write(model, Arrays.copyOf(Files.readAllBytes(FeatureRows.MODEL), 300));
    assertThat(run(withData("--model", model.toString()))).isEqualTo(3);
    // the message of the one strict definition-file reader (was "model file: is not valid JSON (line L, column C)")
    assertThat(err()).isEqualTo("northbound spark job: invalid input: /: must be well-formed JSON; found JSON that"
        + " ends too early\n");
  }

  @Test
  void execute_dataPathAbsent_isAUsageError() {
    Path absent = dir.resolve("nothing.jsonl");
    assertThat(run("--model", FeatureRows.MODEL.toString(), "--data", absent.toString(), "--out",
        dir.resolve("report").toString())).isEqualTo(2);
    assertThat(err()).startsWith("northbound spark job: usage error: Input path does not exist: ")
        .contains(absent.toString()).doesNotContain("\tat ");
    assertThat(Files.exists(dir.resolve("report"))).isFalse();
  }

  @Test
  void execute_malformedAsOf_isAUsageError() throws Exception {
    assertThat(run(withData("--model", FeatureRows.MODEL.toString(), "--as-of", "2026-13-01"))).isEqualTo(2);
    assertThat(err()).startsWith("northbound spark job: usage error: Text '2026-13-01' could not be parsed");
  }

  @Test
  void execute_outDirectoryHoldsOtherFiles_isAUsageErrorAndUntouched() throws Exception {
    Path work = Files.createDirectories(dir.resolve("work"));
    Files.writeString(work.resolve("notes.txt"), "mine");
    String[] args = withData("--model", FeatureRows.MODEL.toString());
    args[args.length - 1] = work.toString();
    assertThat(run(args)).isEqualTo(2);
    assertThat(err()).isEqualTo("northbound spark job: usage error: " + work + ": the report directory holds 1 entry "
        + "that is not part of a report (first: notes.txt); a report is written only into a new or empty directory, "
        + "or over a previous report and nothing else, so that no other file is ever overwritten or deleted\n");
    assertThat(Files.readString(work.resolve("notes.txt"))).isEqualTo("mine");
    try (var files = Files.list(work)) {
      assertThat(files).hasSize(1);
    }
  }

  @Test
  void execute_unusableLineByDefault_stopsWithInvalidInputAndItsLine() throws Exception {
    Path model = dir.resolve("model.json");
    dev.northbound.scoring.models.io.ScorecardFiles.write(
        dev.northbound.scoring.toolkit.evaluation.run.SyntheticEvaluationData.scorecard(), model);
    Path data = dir.resolve("lines.jsonl");
    try (var lines = Files.newOutputStream(data)) {
      dev.northbound.scoring.toolkit.evaluation.run.SyntheticEvaluationData.writeLines(lines, 5L, 200);
      lines.write("not json\n".getBytes(StandardCharsets.US_ASCII));
    }
    String[] common = {"--model", model.toString(), "--data", data.toString(), "--fx", "HKD/CNY=0.92",
        "--bootstrap", "20"};
    // Before, the job skipped the line and exited 0; skipping is now opt-in.
    assertThat(run(concat(common, "--out", dir.resolve("stopped").toString()))).isEqualTo(3);
    assertThat(err()).isEqualTo("northbound spark job: invalid input: /lines/201: must be well-formed JSON; found "
        + "malformed JSON\n");
    assertThat(dir.resolve("stopped")).doesNotExist();
    assertThat(run(concat(common, "--skip-invalid", "true", "--out", dir.resolve("skipped").toString())))
        .as(err()).isEqualTo(0);
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("scored 200 rows (1 skipped)");
  }

  private static String[] concat(String[] a, String... b) {
    String[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
