package dev.northbound.scoring.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.verify.FileHashRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The format documents cannot drift from the code: every json block in them parses. */
class FormatDocTest {

  private static final Pattern JSON_BLOCK = Pattern.compile("(?m)^```json\\n(.*?)^```$", Pattern.DOTALL);

  static Path docs() {
    String repo = System.getProperty("northbound.repo.dir");
    assumeTrue(repo != null && Files.isDirectory(Path.of(repo, "docs")),
        "skipped: system property northbound.repo.dir does not name the repository root");
    return Path.of(repo, "docs");
  }

  static List<String> jsonBlocks(Path file) throws IOException {
    Matcher m = JSON_BLOCK.matcher(Files.readString(file, StandardCharsets.UTF_8));
    List<String> blocks = new ArrayList<>();
    while (m.find()) {
      blocks.add(m.group(1));
    }
    return blocks;
  }

  @Test
  void creditFileFormat_everyJsonBlock_readsAndIsCanonical() throws IOException {
    List<String> blocks = jsonBlocks(docs().resolve("credit-file-format.md"));
    assertThat(blocks).isNotEmpty();
    for (String block : blocks) {
      byte[] bytes = block.getBytes(StandardCharsets.UTF_8);
      CreditFile file = CreditFileReader.standard().readUnverified(bytes);
      String id = CreditFileReader.standard().peekDocumentId(bytes);
      // A block of version 1 (the document shows one to compare) is canonical in version 1.
      CreditFileWriter writer = CreditFileWriter.standard().version(CreditFileReader.standard().peekVersion(bytes));
      assertThat(new String(writer.write(file, id), StandardCharsets.UTF_8)).isEqualTo(block);
    }
  }

  @Test
  void registryFormat_everyJsonBlock_loads(@TempDir Path temp) throws IOException {
    List<String> blocks = jsonBlocks(docs().resolve("registry-format.md"));
    assertThat(blocks).hasSize(1);
    Path file = temp.resolve("registry.json");
    Files.writeString(file, blocks.get(0), StandardCharsets.UTF_8);
    // The block shows the real entry of docs/examples/registry.json.
    assertThat(FileHashRegistry.load(file).lookup("tuhk-2026-10-000417"))
        .isEqualTo(FileHashRegistry.load(docs().resolve("examples/registry.json")).lookup("tuhk-2026-10-000417"));
  }
}
