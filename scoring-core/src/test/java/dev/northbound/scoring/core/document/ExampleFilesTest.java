package dev.northbound.scoring.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.credit.DataSource;
import dev.northbound.scoring.core.verify.DocumentVerifier;
import dev.northbound.scoring.core.verify.FileHashRegistry;
import dev.northbound.scoring.core.verify.VerificationStatus;
import dev.northbound.scoring.core.verify.VerifiedDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExampleFilesTest {

  static Path examplesDir() {
    String repo = System.getProperty("northbound.repo.dir");
    assumeTrue(repo != null && Files.isDirectory(Path.of(repo, "docs")),
        "skipped: system property northbound.repo.dir does not name the repository root");
    return Path.of(repo, "docs", "examples");
  }

  @Test
  void examples_committed_equalWhatTheBuilderWrites(@TempDir Path temp) throws IOException {
    Path dir = examplesDir();
    if (Boolean.getBoolean("northbound.regenerate.examples")) {
      ExampleFiles.writeAll(dir);
    }
    ExampleFiles.writeAll(temp);
    for (ExampleFiles.Example e : ExampleFiles.all()) {
      assertThat(Files.readAllBytes(dir.resolve(e.fileName()))).as(e.fileName())
          .isEqualTo(Files.readAllBytes(temp.resolve(e.fileName())));
    }
    assertThat(Files.readAllBytes(dir.resolve(ExampleFiles.REGISTRY)))
        .isEqualTo(Files.readAllBytes(temp.resolve(ExampleFiles.REGISTRY)));
  }

  @Test
  void examples_verifiedAgainstCommittedRegistry_readBackToTheBuiltFiles() throws IOException {
    Path dir = examplesDir();
    DocumentVerifier verifier = DocumentVerifier.of(FileHashRegistry.load(dir.resolve(ExampleFiles.REGISTRY)));
    CreditFileReader reader = CreditFileReader.standard();
    for (ExampleFiles.Example e : ExampleFiles.all()) {
      byte[] bytes = Files.readAllBytes(dir.resolve(e.fileName()));
      String id = reader.peekDocumentId(bytes);
      assertThat(id).isEqualTo(e.documentId());
      VerifiedDocument doc = verifier.verify(id, e.issuer(), bytes);
      CreditFile file = reader.read(doc);
      assertThat(file.withDocuments(List.of())).isEqualTo(e.file());
      assertThat(file.documents()).hasSize(1);
      assertThat(file.documents().get(0).status()).isEqualTo(VerificationStatus.VERIFIED);
      assertThat(file.documents().get(0).issuer()).isEqualTo(e.issuer());
      assertThat(file.allDocumentsVerified()).isTrue();
    }
  }

  @Test
  void read_restrictedToSources_keepsOnlyThoseAndTheConsents() throws IOException {
    Path dir = examplesDir();
    DocumentVerifier verifier = DocumentVerifier.of(FileHashRegistry.load(dir.resolve(ExampleFiles.REGISTRY)));
    CreditFileReader reader = CreditFileReader.standard();
    ExampleFiles.Example e = ExampleFiles.all().get(0); // thick file: bureau, bills, tax, MPF, social insurance
    byte[] bytes = Files.readAllBytes(dir.resolve(e.fileName()));
    VerifiedDocument doc = verifier.verify(e.documentId(), e.issuer(), bytes);
    CreditFile file = reader.read(doc, java.util.Set.of(DataSource.HK_BUREAU, DataSource.MPF));
    assertThat(file.sourcesPresent()).containsExactly(DataSource.HK_BUREAU, DataSource.MPF);
    assertThat(file.alternativeData().mpf()).isEqualTo(e.file().alternativeData().mpf());
    assertThat(file.alternativeData().bills()).isEmpty();
    assertThat(file.consents()).isEqualTo(e.file().consents()).hasSize(1);
    assertThat(file.documents()).isEqualTo(reader.read(doc).documents());
    assertThat(reader.read(doc, java.util.Set.of()).sourcesPresent()).isEmpty();
  }
}
