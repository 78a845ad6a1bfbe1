package dev.northbound.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model trained on a CSV table, evaluated on that CSV by both engines: {@code --engine spark} hands
 * the table to SparkJob ({@code --features --target --bad-value}) and must write the local engine's
 * report, apart from the time stamp.
 */
class EvaluateTabularSparkTest {

  @TempDir Path dir;

  @Test
  void evaluate_sparkEngineOnTheTrainingCsv_writesTheLocalEnginesReport() throws Exception {
    Path repo = Path.of(System.getProperty("northbound.repo.dir", "."));
    Assumptions.assumeTrue(Files.exists(repo.resolve("scoring-spark/target/local-classpath.txt")),
        "scoring-spark is not packaged yet (mvn -pl scoring-spark -am package); skipping the Spark engine run");
    Path csv = TrainCommandTest.smallCsv(dir);
    Path model = dir.resolve("small.model.json");
    CliTestSupport.Run train = CliTestSupport.run("train", "--data", csv.toString(), "--target", "outcome",
        "--bad-value", "default", "--cv", "2", "--seed", "5", "--out", model.toString());
    assertThat(train.exitCode()).as(train.err()).isZero();

    Path local = dir.resolve("report-local");
    Path spark = dir.resolve("report-spark");
    // Target and bad value come from the model file, as `train` recorded them.
    String[] common = {"evaluate", "--model", model.toString(), "--data", csv.toString(), "--segment-by", "region",
        "--bootstrap", "20", "--seed", "7"};
    CliTestSupport.Run one = CliTestSupport.run(concat(common, "--report", local.toString()));
    CliTestSupport.Run two = CliTestSupport.run(concat(common, "--engine", "spark", "--master", "local[2]",
        "--report", spark.toString()));

    assertThat(one.exitCode()).as(one.err()).isEqualTo(ExitCodes.OK);
    assertThat(two.exitCode()).as(two.err()).isEqualTo(ExitCodes.OK);
    CliTestSupport.assertSameReportApartFromTimeStamps(spark, local);
    JsonNode json = new ObjectMapper().readTree(spark.resolve("report.json").toFile());
    assertThat(json.at("/rows/scored").asLong()).isEqualTo(600);
    assertThat(json.at("/data/source").asText()).isEqualTo("table small.csv (600 rows)");
    assertThat(json.at("/fairness/groups")).hasSize(4);
  }

  @Test
  void evaluate_sparkEngineTabularWithAsOf_isAUsageError() throws Exception {
    Path csv = TrainCommandTest.smallCsv(dir);
    Path model = dir.resolve("small.model.json");
    assertThat(CliTestSupport.run("train", "--data", csv.toString(), "--target", "outcome", "--bad-value", "default",
        "--cv", "2", "--out", model.toString()).exitCode()).isZero();
    CliTestSupport.Run run = CliTestSupport.run("evaluate", "--model", model.toString(), "--data", csv.toString(),
        "--engine", "spark", "--as-of", "2026-11-20", "--report", dir.resolve("r").toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--as-of applies to credit files; a model trained on a table reads its columns");
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
