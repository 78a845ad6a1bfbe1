package dev.northbound.scoring.core.document;

import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.verify.DigestAlgorithm;
import dev.northbound.scoring.core.verify.DocumentIssuer;
import dev.northbound.scoring.core.verify.FileHashRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The example documents and their registry, as committed in {@code docs/examples}. Regenerate them
 * with {@code mvn -pl scoring-core test -Dtest=ExampleFilesTest -Dnorthbound.regenerate.examples=true}
 * or by running {@link #main} with the examples directory as its argument.
 */
final class ExampleFiles {

  /** One example: its file name, document id, issuer, registration time and content. */
  record Example(String fileName, String documentId, String issuer, Instant registeredAt, CreditFile file) {
    byte[] bytes() {
      return CreditFileWriter.standard().write(file, documentId);
    }
  }

  static final String REGISTRY = "registry.json";

  private ExampleFiles() {}

  static List<Example> all() {
    return List.of(
        new Example("thick-file-professional.json", "tuhk-2026-10-000417", "TransUnion HK",
            Instant.parse("2026-10-12T02:15:00Z"), ExampleDocuments.thickFileProfessional()),
        new Example("thin-file-graduate.json", "nbsample-2026-11-001038", "Northbound sample issuer",
            Instant.parse("2026-11-02T08:40:00Z"), ExampleDocuments.thinFileGraduate()),
        new Example("recent-delinquency.json", "tuhk-2026-10-000962", "TransUnion HK",
            Instant.parse("2026-10-20T03:05:00Z"), ExampleDocuments.recentDelinquency()),
        new Example("cross-border-trader.json", "tuhk-2026-11-001377", "TransUnion HK",
            Instant.parse("2026-11-05T01:50:00Z"), ExampleDocuments.crossBorderTrader()));
  }

  /** Writes every example and the registry into {@code dir}. */
  static void writeAll(Path dir) throws IOException {
    Files.createDirectories(dir);
    FileHashRegistry registry = FileHashRegistry.create(dir.resolve(REGISTRY));
    for (Example e : all()) {
      byte[] bytes = e.bytes();
      Files.write(dir.resolve(e.fileName()), bytes);
      DocumentIssuer issuer = DocumentIssuer.of(e.issuer(), DigestAlgorithm.SHA_256,
          Clock.fixed(e.registeredAt(), ZoneOffset.UTC));
      registry.add(issuer.issue(e.documentId(), bytes));
    }
    registry.save();
  }

  /** Writes the examples into the directory named by the first argument. */
  public static void main(String[] args) throws IOException {
    writeAll(Path.of(args[0]));
  }
}
