package dev.northbound.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.northbound.scoring.models.io.ModelFile;
import dev.northbound.scoring.models.io.ScorecardFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code train --rejects} on a table: CSV accepts with the target, CSV rejects without it. */
class TrainRejectInferenceTableTest {

  /**
   * 200 rejects in another column order, without the outcome column; the region labels in another
   * order of first appearance (so the rejects' own dictionary differs from training's) and one label,
   * "central", that training never saw.
   */
  static Path rejectsCsv(Path dir) throws IOException {
    SplittableRandom random = new SplittableRandom(11);
    StringBuilder csv = new StringBuilder("noise,region,Debt Ratio\n");
    String[] regions = {"west", "central", "east", "south", "north"};
    for (int i = 0; i < 200; i++) {
      csv.append(random.nextInt(100)).append(',').append(regions[i % 5]).append(',')
          .append(String.format(java.util.Locale.ROOT, "%.3f", 0.3 + 0.7 * random.nextDouble())).append('\n');
    }
    return Files.writeString(dir.resolve("rejects.csv"), csv);
  }

  @Test
  void train_tableWithRejects(@TempDir Path dir) throws IOException {
    Path accepts = TrainCommandTest.smallCsv(dir);
    Path rejects = rejectsCsv(dir);
    for (String method : new String[] {"hard-cutoff", "fuzzy", "parcelling"}) {
      Path model = dir.resolve(method + ".json");
      CliTestSupport.Run run = TrainCommandTest.train(Map.of("SOURCE_DATE_EPOCH", "1790000000")::get,
          "--data", accepts.toString(), "--target", "outcome", "--bad-value", "default", "--cv", "2",
          "--rejects", rejects.toString(), "--reject-inference", method, "--out", model.toString(),
          "--report", dir.resolve("report-" + method).toString());
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.out()).contains("Reject inference " + method + " (uplift "
          + (method.equals("parcelling") ? "1.5" : "1") + "): 200 rejects inferred, inferred bad rate ");
      assertThat(run.out()).contains("Weighted rows: total weight 800.0");
      ModelFile file = ScorecardFiles.readModel(model);
      assertThat(file.scorecard().provenance().settings()).containsEntry("data.rejects", "rejects.csv")
          .containsEntry("data.format", "csv").containsEntry("rejectInference.method", method);
      // The model's inputs are the training table's: the rejects add rows, not columns or labels.
      assertThat(file.inputs().orElseThrow().columns().get(1).labels().orElseThrow())
          .containsExactlyInAnyOrder("north", "west", "east", "south");
      JsonNode report = new ObjectMapper().readTree(dir.resolve("report-" + method).resolve("report.json").toFile());
      assertThat(report.toString()).contains("rejects.csv");
    }
  }

  @Test
  void train_rejectsTableWithoutAColumn(@TempDir Path dir) throws IOException {
    Path accepts = TrainCommandTest.smallCsv(dir);
    Path rejects = Files.writeString(dir.resolve("rejects.csv"), "region,Debt Ratio\nnorth,0.5\n");
    CliTestSupport.Run run = TrainCommandTest.train(name -> null, "--data", accepts.toString(), "--target",
        "outcome", "--bad-value", "default", "--rejects", rejects.toString(), "--reject-inference", "fuzzy",
        "--out", dir.resolve("m.json").toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err()).contains("invalid input in --rejects " + rejects + ": /columns/noise: must be a column"
        + " of the data, as in training");
  }

  @Test
  void train_tableRejectsMustBeATable(@TempDir Path dir) throws IOException {
    Path accepts = TrainCommandTest.smallCsv(dir);
    CliTestSupport.Run run = TrainCommandTest.train(name -> null, "--data", accepts.toString(), "--target",
        "outcome", "--rejects", dir.resolve("r.jsonl").toString(), "--reject-inference", "fuzzy",
        "--out", dir.resolve("m.json").toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--rejects must be of the kind of --data: a table (.csv or .arff), found r.jsonl");
  }
}
