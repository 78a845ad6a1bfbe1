package dev.northbound.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Ordinary mistakes end in exit 2 or 3 with a message naming the option and the file, never in
 * exit 1; each test was a raw exception or an "internal error" (exit 1) before.
 */
class CliErrorsTest {

  @Command(name = "hungry")
  static final class Hungry implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new OutOfMemoryError("Java heap space");
    }
  }

  @Test
  void main_outOfMemory_isExit2WithTheHeapAdvice() {
    // picocli's execution exception handler never sees an Error: Main catches it
    CommandLine cmd = Main.commandLine();
    cmd.addSubcommand("hungry", new Hungry());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(cmd, new PrintWriter(out), new PrintWriter(err), "hungry");
    assertThat(code).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).isEqualTo("out of memory: the input is too large for the Java heap."
        + " Give the JVM more memory (for example NORTHBOUND_JAVA_OPTS=-Xmx4g ./northbound ...) or"
        + " use a smaller input." + System.lineSeparator());
  }

  @Test
  void errorHandler_ioFailure_isAUsageErrorNamingThePath() {
    StringWriter err = new StringWriter();
    int code = ErrorHandler.handle(new UncheckedIOException("cannot read",
        new AccessDeniedException("/data/in.csv")), new PrintWriter(err, true));
    assertThat(code).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString().strip())
        .isEqualTo("permission denied: /data/in.csv (check its permissions)");
  }

  @Test
  void usageError_valueTypedIsNotEchoed() {
    CliTestSupport.Run run = CliTestSupport.run("generate", "--size", "HK1234567", "--out", "x");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).startsWith("Invalid value for option '--size': (value not shown) is not"
        + " an int").doesNotContain("HK1234567");
  }

  @Test
  void train_csvNotUtf8_isInvalidInputNamingDataAndFile(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("in.csv");
    Files.write(csv, new byte[] {'a', ',', 'y', '\n', '1', ',', (byte) 0xFF, '\n'});
    CliTestSupport.Run run = CliTestSupport.run("train", "--data", csv.toString(), "--target",
        "y", "--out", dir.resolve("m.json").toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err().strip()).isEqualTo("invalid input in --data " + csv
        + ": /lines/1: must be UTF-8 text; found an ill-formed byte sequence on this line or after"
        + " it (save the file as UTF-8)");
    assertThat(list(dir)).containsExactly("in.csv");
  }

  @Test
  void train_emptyJsonLines_isInvalidInput(@TempDir Path dir) throws IOException {
    Path data = Files.writeString(dir.resolve("empty.jsonl"), "");
    CliTestSupport.Run run = CliTestSupport.run("train", "--data", data.toString(), "--out",
        dir.resolve("m.json").toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err().strip()).isEqualTo("invalid input in --data " + data + ": /bad: the data"
        + " must have rows with an outcome; found no rows (is the file empty, or is every row"
        + " indeterminate?)");
  }

  @Test
  void train_outIsAFolder_isAUsageErrorBeforeTraining(@TempDir Path dir) throws IOException {
    Path csv = TrainCommandTest.smallCsv(dir);
    Path folder = Files.createDirectories(dir.resolve("models"));
    CliTestSupport.Run run = CliTestSupport.run("train", "--data", csv.toString(), "--target",
        "outcome", "--bad-value", "default", "--out", folder.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err().strip()).isEqualTo("--out " + folder + " is a folder; give the file to"
        + " write, for example --out " + folder.resolve("model.json"));
    assertThat(list(dir)).containsExactly("models", "small.csv");
  }

  @Test
  void train_reportUnderAFile_writesNoModel(@TempDir Path dir) throws IOException {
    // before: the model was written, then the report failed (exit 1) and the model stayed
    Path csv = TrainCommandTest.smallCsv(dir);
    Path file = Files.writeString(dir.resolve("notes.txt"), "x");
    CliTestSupport.Run run = CliTestSupport.run("train", "--data", csv.toString(), "--target",
        "outcome", "--bad-value", "default", "--cv", "2", "--out", dir.resolve("m.json")
            .toString(), "--report", file.resolve("report").toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err().strip()).isEqualTo("--report " + file.resolve("report")
        + " cannot be written: " + file + " is a file, not a folder");
    assertThat(list(dir)).containsExactly("notes.txt", "small.csv");
  }

  @Test
  void train_wrongTarget_listsTheColumns(@TempDir Path dir) throws IOException {
    Path csv = TrainCommandTest.smallCsv(dir);
    CliTestSupport.Run run = CliTestSupport.run("train", "--data", csv.toString(), "--target",
        "Outcome", "--out", dir.resolve("m.json").toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err().strip()).isEqualTo("invalid input in --data " + csv + ": /lines/1: must"
        + " declare the target column (--target); found only the columns Debt Ratio, region,"
        + " noise, outcome");
  }

  @Test
  void train_badValueMatchesNone_listsTheValuesSeen(@TempDir Path dir) throws IOException {
    Path csv = TrainCommandTest.smallCsv(dir);
    CliTestSupport.Run run = CliTestSupport.run("train", "--data", csv.toString(), "--target",
        "outcome", "--out", dir.resolve("m.json").toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err().strip()).isEqualTo("invalid input in --data " + csv + ": /lines/1/outcome:"
        + " must hold the bad value (--bad-value) in some row; found none; the target's values are"
        + " repaid, default");
  }

  @Test
  void evaluate_corruptGzip_isInvalidInput(@TempDir Path dir) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write("{\"a\": 1}\n".repeat(1000).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    Path data = dir.resolve("rows.jsonl.gz");
    Files.write(data, java.util.Arrays.copyOf(bytes.toByteArray(), 40));
    Path model = Path.of(System.getProperty("northbound.repo.dir", ".."), "docs", "examples",
        "scorecard.json");
    CliTestSupport.Run run = CliTestSupport.run("evaluate", "--model", model.toString(), "--data",
        data.toString(), "--fx", "HKD/CNY=0.92", "--report", dir.resolve("r").toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err()).endsWith("invalid input in --data " + data + ": must be a complete gzip"
        + " file; found a corrupt or truncated one (compress it again)" + System.lineSeparator());
  }

  @Test
  void evaluate_tableModelOnCreditFiles_saysWhatTheModelReads(@TempDir Path dir)
      throws IOException {
    Path csv = TrainCommandTest.smallCsv(dir);
    Path model = dir.resolve("table.json");
    assertThat(CliTestSupport.run("train", "--data", csv.toString(), "--target", "outcome",
        "--bad-value", "default", "--cv", "2", "--out", model.toString()).exitCode()).isZero();
    Path data = Files.writeString(dir.resolve("rows.jsonl"), "{}\n");
    CliTestSupport.Run run = CliTestSupport.run("evaluate", "--model", model.toString(), "--data",
        data.toString(), "--report", dir.resolve("r").toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err().strip()).isEqualTo("--model " + model + " was trained on a table (it has"
        + " an inputs section) and scores rows of that table's columns; rows.jsonl holds"
        + " credit files: give a CSV or ARFF of the model's columns, or a model trained on credit"
        + " files");
  }

  @Test
  void features_brokenFile_namesTheFile(@TempDir Path dir) throws IOException {
    // before: "invalid input: /: must be an object; ..." without saying which of the files
    Path doc = Files.writeString(dir.resolve("a.json"), "");
    CliTestSupport.Run run = CliTestSupport.run("features", "--as-of", "2026-11-20", "--fx",
        "HKD/CNY=0.92", doc.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err().strip()).isEqualTo("invalid input in file " + doc
        + ": /: must be an object; found end of input");
  }

  private static List<String> list(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
