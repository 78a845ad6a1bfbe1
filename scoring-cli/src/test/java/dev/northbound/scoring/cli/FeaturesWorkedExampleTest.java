package dev.northbound.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.northbound.scoring.features.catalogue.FeatureDocs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The worked example in docs/features.md is what the {@code features} command prints for the four
 * example files. Regenerate with {@code -Dnorthbound.updateDocs=true}.
 */
class FeaturesWorkedExampleTest {

  private static final List<String> FILES = List.of(
      "thick-file-professional", "thin-file-graduate", "recent-delinquency", "cross-border-trader");
  static final String COMMAND = "./northbound features --as-of 2026-11-20 --fx HKD/CNY=0.92 "
      + "docs/examples/thick-file-professional.json docs/examples/thin-file-graduate.json "
      + "docs/examples/recent-delinquency.json docs/examples/cross-border-trader.json";

  @Test
  void featuresMd_workedExampleIsWhatTheCliPrints() throws IOException {
    String repo = System.getProperty("northbound.repo.dir");
    Assumptions.assumeTrue(repo != null, "northbound.repo.dir is not set: run through Maven");
    List<String> args = new ArrayList<>(List.of("features", "--as-of", "2026-11-20", "--fx", "HKD/CNY=0.92"));
    for (String f : FILES) {
      args.add(Path.of(repo, "docs", "examples", f + ".json").toString());
    }
    CliTestSupport.Run run = CliTestSupport.run(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
    String expected = render(run.out());

    Path doc = Path.of(repo, "docs", "features.md");
    String text = Files.readString(doc, StandardCharsets.UTF_8);
    int at = text.indexOf(FeatureDocs.WORKED_EXAMPLE_HEADING);
    assertThat(at).as("docs/features.md has no worked-example heading").isGreaterThanOrEqualTo(0);
    String head = text.substring(0, at + FeatureDocs.WORKED_EXAMPLE_HEADING.length());
    if (Boolean.getBoolean("northbound.updateDocs")) {
      Files.writeString(doc, head + expected, StandardCharsets.UTF_8);
      text = head + expected;
    }
    assertThat(text.substring(head.length()))
        .as("the worked example differs from the CLI's output; regenerate with -Dnorthbound.updateDocs=true")
        .isEqualTo(expected);
  }

  static String render(String jsonLines) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> rows = new ArrayList<>();
    for (String line : jsonLines.split("\n")) {
      if (!line.isBlank()) {
        rows.add(json.readTree(line));
      }
    }
    StringBuilder md = new StringBuilder();
    md.append("The standard features of the four example credit files (`docs/examples/`), as printed by\n\n")
        .append("```\n").append(COMMAND).append("\n```\n\n")
        .append("(one JSON object per file; here one column per file). A missing value is shown as ")
        .append("`missing` with its reason. The CLI's `FeaturesWorkedExampleTest` checks this table against ")
        .append("the command's output.\n\n")
        .append("| Feature |");
    for (String f : FILES) {
      md.append(' ').append(f).append(" |");
    }
    md.append("\n|---|").append("---:|".repeat(FILES.size())).append('\n');
    var names = rows.get(0).get("features").fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      md.append("| `").append(name).append("` |");
      for (JsonNode r : rows) {
        JsonNode v = r.get("features").get(name);
        md.append(' ').append(v.isNull() ? "missing (" + r.get("missing").get(name).asText() + ")" : v.asText()).append(" |");
      }
      md.append('\n');
    }
    return md.toString();
  }
}
