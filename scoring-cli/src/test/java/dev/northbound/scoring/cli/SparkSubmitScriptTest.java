package dev.northbound.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northbound.scoring.models.io.ScorecardFiles;
import dev.northbound.scoring.toolkit.evaluation.run.SyntheticEvaluationData;
import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code spark-submit} run of docs/spark.md, as a user types it: {@code tools/spark-home/spark-submit}
 * (Spark's own launcher and SparkSubmit, from a Spark home laid out from Maven Central) with the
 * shipped job jar, on {@code local[2]}. Its report must be the local engine's. Lives here because the
 * CLI module is built after scoring-spark is packaged.
 */
class SparkSubmitScriptTest {

  @TempDir Path dir;

  @Test
  void sparkSubmit_jobJarOnLocalMaster_writesTheLocalEnginesReport() throws Exception {
    Path repo = Path.of(System.getProperty("northbound.repo.dir", ".")).toAbsolutePath();
    Path jobJar = repo.resolve("scoring-spark/target/scoring-spark-0.1.0-SNAPSHOT-job.jar");
    Assumptions.assumeTrue(Files.exists(jobJar),
        "scoring-spark is not packaged yet (mvn -pl scoring-spark -am package); skipping the spark-submit run");
    Assumptions.assumeTrue(onPath("mvn"), "mvn is not on the PATH (spark-submit lays out Spark with it); skipping");
    Path model = dir.resolve("model.json");
    ScorecardFiles.write(SyntheticEvaluationData.scorecard(), model);
    Path data = dir.resolve("portfolio.jsonl");
    try (OutputStream out = Files.newOutputStream(data)) {
      SyntheticEvaluationData.writeLines(out, 11L, 400);
      out.write("{\"document\":{},\"outcome\":\"late\"}\n".getBytes(StandardCharsets.US_ASCII));
    }
    Path local = dir.resolve("report-local");
    Path submitted = dir.resolve("report-submit");
    CliTestSupport.Run one = CliTestSupport.run("evaluate", "--model", model.toString(), "--data", data.toString(),
        "--fx", "HKD/CNY=0.92", "--segment-by", "segment", "--bootstrap", "20", "--seed", "3",
        "--skip-invalid", "--report", local.toString());
    assertThat(one.exitCode()).as(one.err()).isEqualTo(ExitCodes.OK);

    List<String> command = new ArrayList<>(List.of(repo.resolve("tools/spark-home/spark-submit").toString(),
        "--master", "local[2]", "--driver-memory", "1g", "--conf", "spark.log.level=WARN",
        "--conf", "spark.ui.enabled=false",
        "--class", "dev.northbound.scoring.spark.SparkJob", jobJar.toString(),
        "--model", model.toString(), "--data", data.toString(), "--fx", "HKD/CNY=0.92",
        "--segment-by", "segment", "--bootstrap", "20", "--seed", "3", "--skip-invalid", "true",
        "--out", submitted.toString()));
    Path log = dir.resolve("spark-submit.log");
    ProcessBuilder pb = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    Process process = pb.start();
    assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("spark-submit finished within 10 minutes").isTrue();
    String output = Files.readString(log);
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).contains("scored 400 rows (1 skipped); Gini ");

    // The same report apart from the time it was generated.
    CliTestSupport.assertSameReportApartFromTimeStamps(submitted, local);
  }

  private static boolean onPath(String program) {
    for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(d, program))) {
        return true;
      }
    }
    return false;
  }
}
