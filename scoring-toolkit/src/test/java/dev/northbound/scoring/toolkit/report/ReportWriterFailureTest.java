package dev.northbound.scoring.toolkit.report;

import static dev.northbound.scoring.toolkit.report.ReportDirectoryRulesTest.bytes;
import static dev.northbound.scoring.toolkit.report.ReportDirectoryRulesTest.names;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report write that fails or meets another run: each file is old or new, whole, and no debris stays. */
class ReportWriterFailureTest {

  @TempDir Path root;

  private static final Map<String, byte[]> OLD = Map.of("report.html", bytes("old html"), "report.json", bytes("old"));
  private static final Map<String, byte[]> NEW = Map.of("report.html", bytes("new html"), "report.json", bytes("new"));

  private Path previousReport() throws IOException {
    return ReportWriter.create().write(root.resolve("report"), OLD);
  }

  @Test
  void write_failureWhileWritingTemporaryFiles_keepsPreviousReportAndNoDebris() throws IOException {
    Path dir = previousReport();
    // report.html's temporary file is written, then the failure strikes before report.json's.
    ReportWriter failing = new ReportWriter(true, (name, renamed) -> {
      if (name.equals("report.html") && !renamed) {
        throw new InterruptedIOException("interrupted (simulated)");
      }
    });
    assertThatThrownBy(() -> failing.write(dir, NEW)).isInstanceOf(InterruptedIOException.class)
        .hasMessage("interrupted (simulated)");
    assertThat(Files.readString(dir.resolve("report.html"))).isEqualTo("old html");
    assertThat(Files.readString(dir.resolve("report.json"))).isEqualTo("old");
    assertThat(names(dir)).containsExactly("report.html", "report.json");
    assertThat(names(root)).containsExactly("report");
  }

  @Test
  void write_failureBetweenRenames_eachFileWholeOldOrNewAndNoDebris() throws IOException {
    Path dir = previousReport();
    ReportWriter failing = new ReportWriter(true, (name, renamed) -> {
      if (name.equals("report.html") && renamed) {
        throw new IOException("disk full (simulated)");
      }
    });
    assertThatThrownBy(() -> failing.write(dir, NEW)).hasMessage("disk full (simulated)");
    assertThat(Files.readString(dir.resolve("report.html"))).isEqualTo("new html");
    assertThat(Files.readString(dir.resolve("report.json"))).isEqualTo("old");
    assertThat(names(dir)).containsExactly("report.html", "report.json");
  }

  @Test
  void write_failureInANewDirectory_leavesNothing() {
    ReportWriter failing = new ReportWriter(false, (name, renamed) -> {
      throw new IOException("interrupted (simulated)");
    });
    assertThatThrownBy(() -> failing.write(root.resolve("report"), OLD)).isInstanceOf(IOException.class);
    assertThat(root).isEmptyDirectory();
  }

  @Test
  void write_whileAnotherRunWrites_refusedAsLockedAndOtherRunCompletes() throws Exception {
    Path dir = previousReport();
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ReportWriter slow = new ReportWriter(true, (name, renamed) -> {
      if (!renamed && name.equals("report.html")) {
        inside.countDown();
        try {
          release.await();
        } catch (InterruptedException e) {
          throw new InterruptedIOException();
        }
      }
    });
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<Path> first = pool.submit(() -> slow.write(dir, NEW));
      assertThat(inside.await(30, TimeUnit.SECONDS)).isTrue();
      assertThatThrownBy(() -> ReportWriter.create().replacingPreviousReport().write(dir, OLD))
          .isInstanceOfSatisfying(ReportDirectoryException.class,
              e -> assertThat(e.reason()).isEqualTo(ReportDirectoryException.Reason.LOCKED))
          .hasMessage(dir + ": another run is writing a report into this directory (it holds report.lock)");
      release.countDown();
      first.get(30, TimeUnit.SECONDS);
    } finally {
      release.countDown();
      pool.shutdownNow();
    }
    assertThat(Files.readString(dir.resolve("report.html"))).isEqualTo("new html");
    assertThat(Files.readString(dir.resolve("report.json"))).isEqualTo("new");
    assertThat(names(dir)).containsExactly("report.html", "report.json");
  }

  @Test
  void write_twoWritersRacing_neverCorruptAndNoDebris() throws Exception {
    Path dir = previousReport();
    byte[] a = new byte[200_000];
    byte[] b = new byte[300_000];
    java.util.Arrays.fill(a, (byte) 'a');
    java.util.Arrays.fill(b, (byte) 'b');
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<int[]>> runs = new ArrayList<>();
    try {
      for (byte[] content : List.of(a, b)) {
        runs.add(pool.submit(() -> {
          int[] outcome = new int[2]; // written, refused as locked
          ReportWriter writer = ReportWriter.create().replacingPreviousReport();
          for (int i = 0; i < 40; i++) {
            try {
              writer.write(dir, Map.of("report.html", content, "report.json", content));
              outcome[0]++;
            } catch (ReportDirectoryException e) {
              assertThat(e.reason()).isEqualTo(ReportDirectoryException.Reason.LOCKED);
              outcome[1]++;
            }
          }
          return outcome;
        }));
      }
      int written = 0;
      for (Future<int[]> run : runs) {
        int[] outcome = run.get(60, TimeUnit.SECONDS);
        assertThat(outcome[0] + outcome[1]).isEqualTo(40);
        written += outcome[0];
      }
      assertThat(written).isPositive();
    } finally {
      pool.shutdownNow();
    }
    assertThat(names(dir)).containsExactly("report.html", "report.json");
    for (String name : List.of("report.html", "report.json")) {
      assertThat(Files.readAllBytes(dir.resolve(name))).satisfiesAnyOf(
          bytes -> assertThat(bytes).isEqualTo(a), bytes -> assertThat(bytes).isEqualTo(b));
    }
  }
}
