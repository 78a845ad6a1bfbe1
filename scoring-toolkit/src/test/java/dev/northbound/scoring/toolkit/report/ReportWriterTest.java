package dev.northbound.scoring.toolkit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

  @TempDir Path root;

  /** A record in report data keeps serialising through Jackson; its keys are sorted too. */
  record Model(String name, int version) {}

  @Test
  void json_sortedPrettyAndStable() {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("rows", Map.of("total", 3));
    data.put("model", new Model("capacity", 2));
    data.put("metrics", Map.of("ks", 0.5, "auc", 0.75, "bands", List.of(1, 2)));
    String json = new String(ReportWriter.json(data), StandardCharsets.UTF_8);
    assertThat(json).isEqualTo("""
        {
          "metrics": {
            "auc": 0.75,
            "bands": [
              1,
              2
            ],
            "ks": 0.5
          },
          "model": {
            "name": "capacity",
            "version": 2
          },
          "rows": {
            "total": 3
          }
        }
        """);
  }

  @Test
  void json_nanRejectedWithPointer() {
    Map<String, Object> data = Map.of("metrics", Map.of("a/b", List.of(1.0, Double.NaN)));
    assertThatThrownBy(() -> ReportWriter.json(data))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("report data /metrics/a~1b/1 must be a finite number, found NaN");
  }

  @Test
  void json_notAnObject() {
    assertThatThrownBy(() -> ReportWriter.json(List.of(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("report data must serialise to a JSON object at the top level");
  }

  @Test
  void write_createsBothFiles() throws IOException {
    Path dir = ReportWriter.create().write(root.resolve("out/report"), SampleReport.json(), SampleReport.html());
    assertThat(Files.readString(dir.resolve("report.json"))).startsWith("{\n  \"metrics\": {\n    \"auc\": 0.8271,");
    assertThat(Files.readString(dir.resolve("report.html"))).isEqualTo(SampleReport.html().toHtml());
    assertThat(siblings()).containsExactly("out");
    assertThat(names(root.resolve("out"))).containsExactly("report");
  }

  @Test
  void write_invalidJsonWritesNothing() throws IOException {
    Map<String, Object> data = Map.of("metrics", Map.of("auc", Double.POSITIVE_INFINITY));
    assertThatThrownBy(() -> ReportWriter.create().write(root.resolve("report"), data, SampleReport.html()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("report data /metrics/auc must be a finite number, found Infinity");
    assertThat(siblings()).isEmpty();
  }

  @Test
  void write_pathIsAFile() throws IOException {
    Path file = Files.writeString(root.resolve("report"), "x");
    assertThatThrownBy(() -> ReportWriter.create().write(file, Map.of("a.txt", bytes("a"))))
        .isInstanceOf(ReportDirectoryException.class)
        .hasMessage(file + ": exists and is not a directory");
  }

  @Test
  void write_fileNameWithSeparator() {
    assertThatThrownBy(() -> ReportWriter.create().write(root.resolve("report"), Map.of("../evil", bytes("a"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("report file name must be a plain file name of letters, digits, '.', '-' and '_' "
            + "not starting with '.' (and not report.lock), found \"../evil\"");
  }

  private List<String> siblings() throws IOException {
    return names(root);
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
