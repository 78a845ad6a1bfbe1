package dev.northbound.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;




import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --report DIR} never touches a file it did not write: {@code --report .} once replaced the
 * working folder (exit 0). Every command that writes a report refuses a directory holding other
 * files, and a previous report unless {@code --replace-report}, with exit 2 before any work.
 */
class ReportDirectoryCommandTest {

  @TempDir static Path dir;
  private static Path model;
  private static Path data;

  @BeforeAll
  static void writeInputs() throws Exception {
    model = CliTestSupport.writeModel(dir);
    data = CliTestSupport.writePortfolio(dir, 5L, 400, "");
  }


  /** A working folder: the user's files, which no command may touch. */
  private static Path workingFolder(String name) throws Exception {
    Path work = Files.createDirectories(dir.resolve(name));
    Files.writeString(work.resolve("notes.txt"), "mine");
    Files.createDirectories(work.resolve("src"));
    Files.writeString(work.resolve("src/App.java"), "class App {}");
    return work;
  }

  private static void assertUntouched(Path work) throws Exception {
    try (Stream<Path> files = Files.list(work)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly("notes.txt", "src");
    }
    assertThat(Files.readString(work.resolve("notes.txt"))).isEqualTo("mine");
    assertThat(Files.readString(work.resolve("src/App.java"))).isEqualTo("class App {}");
  }

  @Test
  void everyReportCommand_workingFolder_exit2AndFilesSurvive() throws Exception {
    Path work = workingFolder("work");
    List<String[]> commands = List.of(
        new String[] {"evaluate", "--model", model.toString(), "--data", data.toString(), "--fx", "HKD/CNY=0.92"},
        new String[] {"evaluate", "--model", model.toString(), "--data", data.toString(), "--fx", "HKD/CNY=0.92",
            "--replace-report"},
        new String[] {"monitor", "--model", model.toString(), "--baseline", data.toString(), "--current",
            data.toString(), "--fx", "HKD/CNY=0.92", "--replace-report"},
        new String[] {"train", "--data", data.toString(), "--out", dir.resolve("trained.json").toString(),
            "--fx", "HKD/CNY=0.92"},
        new String[] {"demo", "--size", "2000", "--replace-report"});
    for (String[] command : commands) {
      String[] args = Stream.concat(Stream.of(command), Stream.of("--report", work.toString())).toArray(String[]::new);
      CliTestSupport.Run run = CliTestSupport.run(args);

      assertThat(run.exitCode()).as(String.join(" ", command) + ": " + run.err()).isEqualTo(ExitCodes.USAGE);
      assertThat(run.err()).isEqualTo("--report " + work + ": the report directory holds 2 entries that are not "
          + "part of a report (first: notes.txt); a report is written only into a new or empty directory, or over a "
          + "previous report and nothing else, so that no other file is ever overwritten or deleted; choose a new or "
          + "empty directory for --report" + System.lineSeparator());
      assertUntouched(work);
    }
    assertThat(dir.resolve("trained.json")).doesNotExist();
  }

  @Test
  void evaluate_previousReport_refusedThenReplacedWithTheOption() throws Exception {
    Path report = dir.resolve("again");
    String[] common = {"evaluate", "--model", model.toString(), "--data", data.toString(), "--fx", "HKD/CNY=0.92",
        "--bootstrap", "20", "--report", report.toString()};
    CliTestSupport.Run first = CliTestSupport.run(common);
    byte[] firstJson = Files.readAllBytes(report.resolve("report.json"));
    CliTestSupport.Run second = CliTestSupport.run(common);
    CliTestSupport.Run third = CliTestSupport.run(Stream.concat(Stream.of(common), Stream.of("--replace-report"))
        .toArray(String[]::new));

    assertThat(first.exitCode()).as(first.err()).isEqualTo(ExitCodes.OK);
    assertThat(second.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(second.err()).isEqualTo("--report " + report + ": the report directory holds a previous report "
        + "(report.html, report.json); add --replace-report to replace it, or choose a new directory"
        + System.lineSeparator());
    assertThat(third.exitCode()).as(third.err()).isEqualTo(ExitCodes.OK);
    try (Stream<Path> files = Files.list(report)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
          .containsExactly("report.html", "report.json");
    }
    assertThat(Files.size(report.resolve("report.json"))).isEqualTo(firstJson.length);
  }

  @Test
  void evaluate_reportPathIsAFile_exit2() throws Exception {
    Path file = Files.writeString(dir.resolve("a-file.txt"), "x");
    CliTestSupport.Run run = CliTestSupport.run("evaluate", "--model", model.toString(), "--data", data.toString(),
        "--fx", "HKD/CNY=0.92", "--report", file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).isEqualTo("--report " + file + ": exists and is not a directory; --report needs a "
        + "directory" + System.lineSeparator());
    assertThat(Files.readString(file)).isEqualTo("x");
  }
}
