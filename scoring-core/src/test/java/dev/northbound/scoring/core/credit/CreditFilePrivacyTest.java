package dev.northbound.scoring.core.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.northbound.scoring.core.document.CreditFileReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * A credit file or bureau report that reaches a log prints its shape only: the record's default
 * {@code toString} printed the subject reference, every name and every amount.
 */
class CreditFilePrivacyTest {

  private static CreditFile example(String name) throws IOException {
    String repo = System.getProperty("northbound.repo.dir");
    assumeTrue(repo != null, "skipped: system property northbound.repo.dir is not set");
    byte[] bytes = Files.readAllBytes(Path.of(repo, "docs", "examples", name));
    return CreditFileReader.standard().withClock(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)).readUnverified(bytes);
  }

  @Test
  void toString_thickFile_shapeWithoutSubjectNamesOrAmounts() throws IOException {
    CreditFile file = example("thick-file-professional.json");
    HkCreditReport report = file.bureauReport().orElseThrow();
    String text = file.toString();
    assertThat(text).startsWith("CreditFile[" + file.application().product() + " applied "
        + file.application().applicationDate() + ", " + report + ", alternative data: ")
        .endsWith(", documents: [tuhk-2026-10-000417 UNVERIFIED], consents: 1]")
        .doesNotContain(report.subjectRef(), report.bureau(), file.consents().get(0).bank(),
            file.application().applicationId(),
            file.application().cityOfResidence(), file.application().amount().amount().toPlainString());
    assertThat(report.toString()).isEqualTo("HkCreditReport[subjectRef redacted, reportDate=" + report.reportDate()
        + ", " + report.accounts().size() + " accounts, " + report.enquiries().size() + " enquiries, "
        + report.publicRecords().size() + " public records, " + report.defaults().size() + " defaults]");
  }

  @Test
  void toString_thinFile_noBureauReport() throws IOException {
    CreditFile file = example("thin-file-graduate.json");
    assertThat(file.bureauReport()).isEmpty();
    assertThat(file.toString()).contains(", no bureau report, alternative data: ");
  }
}
