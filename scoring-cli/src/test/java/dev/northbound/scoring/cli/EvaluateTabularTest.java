package dev.northbound.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A model trained on German credit scores the same raw columns through {@code evaluate}. */
class EvaluateTabularTest {

  @TempDir Path dir;

  @Test
  void evaluate_trainedTabularModelOnItsArff_reproducesTrainingAuc() throws IOException {
    String shared = System.getProperty("northbound.shared.dir");
    Path arff = shared == null ? null : Path.of(shared, "datasets", "german-credit", "credit-g.arff");
    Assumptions.assumeTrue(arff != null && Files.exists(arff),
        "../shared/datasets/german-credit is absent: skipping the German credit evaluation");
    Path model = dir.resolve("german.json");
    CliTestSupport.Run train = CliTestSupport.run("train", "--data", arff.toString(), "--target", "class",
        "--bad-value", "bad", "--cv", "2", "--seed", "42", "--out", model.toString(),
        "--report", dir.resolve("train").toString());
    assertThat(train.exitCode()).as(train.err()).isZero();
    CliTestSupport.Run eval = CliTestSupport.run("evaluate", "--model", model.toString(), "--data", arff.toString(),
        "--segment-by", "purpose", "--report", dir.resolve("eval").toString());
    assertThat(eval.exitCode()).as(eval.err()).isZero();
    ObjectMapper json = new ObjectMapper();
    JsonNode trained = json.readTree(dir.resolve("train/report.json").toFile());
    JsonNode report = json.readTree(dir.resolve("eval/report.json").toFile());
    assertThat(report.at("/rows/scored").asInt()).isEqualTo(1000);
    assertThat(report.at("/rows/bads").asInt()).isEqualTo(300);
    // The same model on the same rows: evaluate's AUC is the trainer's training-sample AUC.
    double trainingAuc = trained.findValue("trainingAuc").asDouble();
    assertThat(report.at("/metrics/auc").asDouble()).isCloseTo(trainingAuc, within(1e-9));
  }
}
