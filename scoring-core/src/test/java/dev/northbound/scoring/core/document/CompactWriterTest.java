package dev.northbound.scoring.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northbound.scoring.core.credit.CreditFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class CompactWriterTest {

  @Test
  void compact_isOneLineAndReadsBackEqual() throws IOException {
    String repo = System.getProperty("northbound.repo.dir");
    Assumptions.assumeTrue(repo != null, "northbound.repo.dir is not set: run through Maven");
    CreditFileReader reader = CreditFileReader.standard();
    for (String name : List.of("thick-file-professional", "thin-file-graduate", "recent-delinquency", "cross-border-trader")) {
      byte[] pretty = Files.readAllBytes(Path.of(repo, "docs", "examples", name + ".json"));
      CreditFile file = reader.readUnverified(pretty);
      String id = reader.peekDocumentId(pretty);
      byte[] compact = CreditFileWriter.compact().write(file, id);
      assertThat(new String(compact, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("\n").doesNotContain(": ");
      assertThat(compact.length).isLessThan(pretty.length);
      CreditFile again = reader.readUnverified(compact);
      assertThat(again.withDocuments(List.of())).isEqualTo(file.withDocuments(List.of()));
      // The pretty form is the compact form re-indented: writing the re-read file pretty gives the original bytes.
      assertThat(CreditFileWriter.standard().write(again, id)).isEqualTo(pretty);
    }
  }
}
