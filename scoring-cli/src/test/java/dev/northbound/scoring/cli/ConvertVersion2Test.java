package dev.northbound.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northbound.scoring.core.credit.Consent;
import dev.northbound.scoring.core.credit.ConsentPurpose;
import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.credit.DataSource;
import dev.northbound.scoring.core.credit.ProductType;
import dev.northbound.scoring.core.document.CreditFileReader;
import dev.northbound.scoring.core.document.CreditFileWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code convert} to and from version 2, and a file with consents refused for version 1. */
class ConvertVersion2Test {

  private static final Path EXAMPLE = Path.of("..", "docs", "examples", "thick-file-professional.json");
  private static final CreditFileReader READER = CreditFileReader.standard();

  @TempDir Path dir;

  private static CreditFile example() throws IOException {
    return READER.readWithoutProvenance(Files.readAllBytes(EXAMPLE)).withConsents(List.of());
  }

  private static String id() throws IOException {
    return READER.peekDocumentId(Files.readAllBytes(EXAMPLE));
  }

  private static CreditFile withConsent(CreditFile file) {
    LocalDate granted = file.application().applicationDate().minusDays(14);
    return file.withConsents(List.of(new Consent("consent-1", "subj-7f3a9c", "BANK-QH-001",
        ConsentPurpose.CREDIT_APPLICATION, Set.of(ProductType.PERSONAL_LOAN), Set.of(DataSource.HK_BUREAU),
        granted, granted.plusYears(1).minusDays(1), Optional.empty(), true)));
  }

  @Test
  void convert_version1To2AndBackIsTheSameBytes() throws IOException {
    Path v1 = dir.resolve("v1.json");
    Files.write(v1, CreditFileWriter.standard().version(1).write(example(), id()));
    Path v2 = dir.resolve("v2.json");
    Path back = dir.resolve("back.json");
    assertThat(CliTestSupport.run("convert", "--to", "2", v1.toString(), v2.toString()).exitCode()).isZero();
    assertThat(READER.peekVersion(Files.readAllBytes(v2))).isEqualTo(2);
    assertThat(Files.readAllBytes(v2)).isEqualTo(CreditFileWriter.standard().version(2).write(example(), id()));
    assertThat(CliTestSupport.run("convert", "--to", "1", v2.toString(), back.toString()).exitCode()).isZero();
    assertThat(Files.readAllBytes(back)).isEqualTo(Files.readAllBytes(v1));
  }

  @Test
  void convert_fileWithConsentsToVersion1NamesConsents() throws IOException {
    Path v2 = dir.resolve("v2.json");
    Files.write(v2, CreditFileWriter.standard().version(2).write(withConsent(example()), id()));
    Path out = dir.resolve("v1.json");
    CliTestSupport.Run run = CliTestSupport.run("convert", "--to", "1", v2.toString(), out.toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).isEqualTo("invalid input in IN " + v2 + ": /consents: must be absent to write format"
        + " version 1, which has no consent record (keep version 2); found 1 consent" + System.lineSeparator());
    assertThat(out).doesNotExist();
  }

  @Test
  void convert_jsonLinesWithConsentsOnTheSecondLineNamesTheLine() throws IOException {
    String plain = new String(CreditFileWriter.compact().version(2).write(example(), id()), StandardCharsets.UTF_8);
    String consented = new String(CreditFileWriter.compact().version(2).write(withConsent(example()), id()),
        StandardCharsets.UTF_8);
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, "{\"document\":" + plain + ",\"outcome\":\"good\"}\n{\"document\":" + consented
        + ",\"outcome\":\"bad\"}\n");
    Path out = dir.resolve("out.jsonl");
    CliTestSupport.Run run = CliTestSupport.run("convert", "--to", "1", in.toString(), out.toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).isEqualTo("invalid input in IN " + in + ": /lines/2/document/consents: must be absent to"
        + " write format version 1, which has no consent record (keep version 2); found 1 consent"
        + System.lineSeparator());
    assertThat(out).doesNotExist();
    // To version 2, both lines convert and keep their consents.
    assertThat(CliTestSupport.run("convert", "--to", "2", in.toString(), out.toString()).exitCode()).isZero();
    assertThat(Files.readString(out)).isEqualTo(Files.readString(in));
  }
}
