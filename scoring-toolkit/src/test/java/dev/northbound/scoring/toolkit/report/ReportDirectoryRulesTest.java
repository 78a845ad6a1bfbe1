package dev.northbound.scoring.toolkit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which directories a {@link ReportWriter} writes into, and that it never overwrites or deletes a
 * file it did not write ({@code --report .} once deleted the working folder).
 */
class ReportDirectoryRulesTest {

  @TempDir Path root;

  @Test
  void write_workingFolderWithUserFiles_refusedAndUntouched() throws IOException {
    Path work = Files.createDirectories(root.resolve("work"));
    Files.writeString(work.resolve("notes.txt"), "mine");
    Files.createDirectories(work.resolve("src/main"));
    Files.writeString(work.resolve("src/main/App.java"), "class App {}");
    for (ReportWriter writer : List.of(ReportWriter.create(), ReportWriter.create().replacingPreviousReport())) {
      assertThatThrownBy(() -> writer.write(work, Map.of("report.json", bytes("{}\n"))))
          .isInstanceOfSatisfying(ReportDirectoryException.class,
              e -> assertThat(e.reason()).isEqualTo(ReportDirectoryException.Reason.HOLDS_OTHER_FILES))
          .hasMessage(work + ": the report directory holds 2 entries that are not part of a report (first: "
              + "notes.txt); a report is written only into a new or empty directory, or over a previous report "
              + "and nothing else, so that no other file is ever overwritten or deleted");
      assertThatThrownBy(() -> writer.check(work)).isInstanceOf(ReportDirectoryException.class);
    }
    assertThat(names(work)).containsExactly("notes.txt", "src");
    assertThat(Files.readString(work.resolve("notes.txt"))).isEqualTo("mine");
    assertThat(Files.readString(work.resolve("src/main/App.java"))).isEqualTo("class App {}");
  }

  @Test
  void write_userFileUnderAReportNameBesideOthers_neverOverwritten() throws IOException {
    Path work = Files.createDirectories(root.resolve("work"));
    Files.writeString(work.resolve("report.json"), "the user's own");
    Files.writeString(work.resolve("data.csv"), "a,b");
    assertThatThrownBy(() -> ReportWriter.create().replacingPreviousReport()
        .write(work, Map.of("report.json", bytes("{}\n"))))
        .isInstanceOf(ReportDirectoryException.class);
    assertThat(Files.readString(work.resolve("report.json"))).isEqualTo("the user's own");
  }

  @Test
  void write_emptyExistingDirectory_written() throws IOException {
    Path dir = Files.createDirectories(root.resolve("empty"));
    ReportWriter.create().check(dir);
    ReportWriter.create().write(dir, Map.of("report.json", bytes("{}\n")));
    assertThat(names(dir)).containsExactly("report.json");
  }

  @Test
  void write_previousReportWithoutReplace_refusedAndKept() throws IOException {
    Path dir = root.resolve("report");
    ReportWriter.create().write(dir, Map.of("report.html", bytes("old html"), "report.json", bytes("old")));
    assertThatThrownBy(() -> ReportWriter.create().write(dir, Map.of("report.html", bytes("new html"),
        "report.json", bytes("new"))))
        .isInstanceOfSatisfying(ReportDirectoryException.class,
            e -> assertThat(e.reason()).isEqualTo(ReportDirectoryException.Reason.HOLDS_PREVIOUS_REPORT))
        .hasMessage(dir + ": the report directory holds a previous report (report.html, report.json)");
    assertThat(Files.readString(dir.resolve("report.html"))).isEqualTo("old html");
    assertThat(Files.readString(dir.resolve("report.json"))).isEqualTo("old");
  }

  @Test
  void write_previousReportWithReplace_replaced() throws IOException {
    Path dir = root.resolve("report");
    ReportWriter writer = ReportWriter.create().replacingPreviousReport();
    writer.write(dir, Map.of("report.html", bytes("old html"), "report.json", bytes("old")));
    writer.check(dir);
    writer.write(dir, Map.of("report.html", bytes("new html"), "report.json", bytes("new")));
    assertThat(names(dir)).containsExactly("report.html", "report.json");
    assertThat(Files.readString(dir.resolve("report.html"))).isEqualTo("new html");
    assertThat(Files.readString(dir.resolve("report.json"))).isEqualTo("new");
    assertThat(names(root)).containsExactly("report");
  }

  @Test
  void write_staleDebrisOfAKilledRun_removedByPatternOnly() throws IOException {
    Path dir = root.resolve("report");
    ReportWriter writer = ReportWriter.create().replacingPreviousReport();
    writer.write(dir, Map.of("report.json", bytes("old")));
    Files.writeString(dir.resolve(".report.json.tmp-8812"), "half");
    Files.writeString(dir.resolve(ReportWriter.LOCK_FILE), "token of a killed run");
    writer.write(dir, Map.of("report.json", bytes("new")));
    assertThat(names(dir)).containsExactly("report.json");
    assertThat(Files.readString(dir.resolve("report.json"))).isEqualTo("new");
  }

  @Test
  void write_hiddenFileThatOnlyLooksLikeDebris_isNotOurs() throws IOException {
    Path dir = Files.createDirectories(root.resolve("report"));
    Files.writeString(dir.resolve(".report.json.tmp-backup"), "user's");
    assertThatThrownBy(() -> ReportWriter.create().write(dir, Map.of("report.json", bytes("{}"))))
        .isInstanceOf(ReportDirectoryException.class);
    assertThat(names(dir)).containsExactly(".report.json.tmp-backup");
  }

  @Test
  void write_lockFileIsNotAReportName() {
    assertThatThrownBy(() -> ReportWriter.create().write(root.resolve("r"), Map.of("report.lock", bytes("x"))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
