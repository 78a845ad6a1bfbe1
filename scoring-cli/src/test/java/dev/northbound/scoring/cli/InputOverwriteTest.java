package dev.northbound.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run never overwrites its own input: an output option naming the training data, the spec or the
 * model (by its path, or through a link) is a usage error before any work, and the input is untouched.
 */
class InputOverwriteTest {

  @TempDir Path dir;

  private void refused(Path input, String expected, String... args) throws IOException {
    byte[] before = Files.readAllBytes(input);
    CliTestSupport.Run run = CliTestSupport.run(args);
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains(expected).contains("a run never overwrites its input");
    assertThat(Files.readAllBytes(input)).isEqualTo(before);
  }

  @Test
  void trainAndBin_outputsNamingTheDataOrTheSpec_areRefused() throws IOException {
    Path csv = TrainCommandTest.smallCsv(dir);
    Path spec = dir.resolve("spec.json");
    assertThat(CliTestSupport.run("bin", "--data", csv.toString(), "--target", "outcome", "--bad-value",
        "default", "--out-spec", spec.toString()).exitCode()).isZero();
    List<String> train = List.of("train", "--data", csv.toString(), "--target", "outcome", "--bad-value",
        "default", "--cv", "2");
    refused(csv, "--out " + csv + " is the --data file", concat(train, "--out", csv.toString()));
    refused(spec, "--out " + spec + " is the --spec file", concat(train, "--spec", spec.toString(), "--out",
        spec.toString()));
    refused(csv, "--write-spec " + csv + " is the --data file", concat(train, "--out",
        dir.resolve("m.json").toString(), "--write-spec", csv.toString()));
    refused(spec, "--out-spec " + spec + " is the --spec file", "bin", "--data", csv.toString(), "--target",
        "outcome", "--bad-value", "default", "--spec", spec.toString(), "--out-spec", spec.toString());
    // the same file through a symbolic link
    Path link = Files.createSymbolicLink(dir.resolve("link.csv"), csv);
    refused(csv, "--out-spec " + link + " is the --data file", "bin", "--data", csv.toString(), "--target",
        "outcome", "--bad-value", "default", "--out-spec", link.toString());
    assertThat(Files.exists(dir.resolve("m.json"))).isFalse();
  }

  @Test
  void exportPmml_outNamingTheModel_isRefused() throws IOException {
    Path model = Files.copy(Path.of(System.getProperty("northbound.repo.dir"), "docs", "examples",
        "scorecard.json"), dir.resolve("model.json"));
    refused(model, "--out " + model + " is the --model file", "export-pmml", "--model", model.toString(),
        "--out", model.toString());
  }

  @Test
  void generate_outAndRegistryNamingOneFile_isRefusedAndWritesNothing() {
    Path same = dir.resolve("same.jsonl");
    CliTestSupport.Run run = CliTestSupport.run("generate", "--size", "5", "--seed", "1", "--out", same.toString(),
        "--registry", same.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--out and --registry name the same file " + same);
    assertThat(Files.exists(same)).isFalse();
  }

  private static String[] concat(List<String> base, String... more) {
    List<String> all = new java.util.ArrayList<>(base);
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }
}
