package dev.northbound.scoring.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.testing.CreditFileArbitraries;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class CreditFileRoundTripTest {

  private final CreditFileReader reader = CreditFileReader.standard();
  private final CreditFileWriter writer = CreditFileWriter.standard();

  @Provide
  Arbitrary<CreditFile> files() {
    return CreditFileArbitraries.creditFiles();
  }

  @Property(tries = 300, seed = "20261101")
  void readWrite_randomFile_equalApartFromProvenance(@ForAll("files") CreditFile file) {
    byte[] bytes = writer.write(file, "doc-1");
    CreditFile back = reader.readUnverified(bytes);
    assertThat(back.withDocuments(List.of())).isEqualTo(file);
    assertThat(reader.peekDocumentId(bytes)).isEqualTo("doc-1");
  }

  @Property(tries = 100, seed = "7")
  void write_randomFile_isCanonical(@ForAll("files") CreditFile file) {
    byte[] once = writer.write(file, "doc-2");
    byte[] twice = writer.write(reader.readUnverified(once), "doc-2");
    assertThat(twice).isEqualTo(once);
    String text = new String(once, StandardCharsets.UTF_8);
    assertThat(text).endsWith("}\n").doesNotContain("\r").doesNotContain("\t");
  }

  @Test
  void creditFile_sameSeed_sameFile() {
    assertThat(CreditFileArbitraries.creditFile(new Random(5))).isEqualTo(CreditFileArbitraries.creditFile(new Random(5)));
  }
}
