package dev.northbound.scoring.toolkit.report;

import static dev.northbound.scoring.toolkit.report.ReportDirectoryRulesTest.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real SIGKILLs: a child JVM rewrites a report in a loop and is killed ({@link
 * Process#destroyForcibly()}) at a random moment, 20 times. After each kill every name holds one of
 * the two reports whole, nothing but the report, its lock file and temporary files by the writer's
 * pattern is in the directory, and the next write leaves exactly the report.
 */
class ReportWriterKillTest {

  private static final int KILLS = 20;
  private static final byte[] A = filled('a', 700_000);
  private static final byte[] B = filled('b', 900_000);

  @TempDir Path root;

  /** The child: writes A and B alternately into {@code args[0]} until killed. */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    ReportWriter writer = ReportWriter.create().replacingPreviousReport();
    for (long i = 0; ; i++) {
      byte[] content = i % 2 == 0 ? A : B;
      writer.write(dir, Map.of("report.html", content, "report.json", content));
      if (i == 0) {
        System.out.println("ready");
        System.out.flush();
      }
    }
  }

  @Test
  void write_killedAtRandomMoments_eachFileWholeAndDebrisCleanedByNextRun() throws Exception {
    Path dir = root.resolve("report");
    Random random = new Random(15);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    int leftTemporary = 0;
    for (int kill = 0; kill < KILLS; kill++) {
      Process child = new ProcessBuilder(java, "-Xmx64m", "-XX:TieredStopAtLevel=1", "-cp",
          System.getProperty("java.class.path"), ReportWriterKillTest.class.getName(), dir.toString())
          .redirectErrorStream(true).start();
      try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
          StandardCharsets.UTF_8))) {
        assertThat(out.readLine()).isEqualTo("ready");
        Thread.sleep(random.nextInt(120));
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      }
      List<String> debris = new ArrayList<>();
      for (String name : names(dir)) {
        if (name.equals("report.html") || name.equals("report.json")) {
          byte[] content = Files.readAllBytes(dir.resolve(name));
          assertThat(Arrays.equals(content, A) || Arrays.equals(content, B)).as(name + " whole").isTrue();
        } else if (!name.equals(ReportWriter.LOCK_FILE)) {
          assertThat(name).matches("\\.report\\.(html|json)\\.tmp-[0-9]+");
          debris.add(name);
        }
      }
      leftTemporary += debris.isEmpty() ? 0 : 1;
    }
    ReportWriter.create().replacingPreviousReport().write(dir, Map.of("report.html", A, "report.json", A));
    assertThat(names(dir)).containsExactly("report.html", "report.json");
    System.out.printf("ReportWriterKillTest: %d kills, %d left temporary files, all removed by the next run%n",
        KILLS, leftTemporary);
  }

  private static byte[] filled(char c, int n) {
    byte[] b = new byte[n];
    Arrays.fill(b, (byte) c);
    return b;
  }
}
