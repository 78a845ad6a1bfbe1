package dev.northbound.scoring.core.document;

import static dev.northbound.scoring.core.document.Samples.VALID;
import static dev.northbound.scoring.core.document.Samples.edit;
import static dev.northbound.scoring.core.document.Samples.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.money.Money;
import dev.northbound.scoring.core.verify.DocumentIssuer;
import dev.northbound.scoring.core.verify.DocumentProvenance;
import dev.northbound.scoring.core.verify.DocumentVerifier;
import dev.northbound.scoring.core.verify.InMemoryHashRegistry;
import dev.northbound.scoring.core.verify.VerificationStatus;
import dev.northbound.scoring.core.verify.VerifiedDocument;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CreditFileReaderTest {

  private static final Instant NOW = Instant.parse("2026-10-15T08:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  @Test
  void readUnverified_valid_provenanceUnverifiedWithSha256OfBytes() {
    // The expected digest comes from DocumentIssuer; DigestAlgorithmTest pins SHA-256 to FIPS vectors.
    byte[] bytes = utf8(VALID);
    CreditFile file = CreditFileReader.standard().withClock(CLOCK).readUnverified(bytes);
    DocumentProvenance p = file.documents().get(0);
    assertThat(p).isEqualTo(new DocumentProvenance("doc-1", "unknown", "SHA-256",
        DocumentIssuer.of("x").issue("doc-1", bytes).digestHex(), NOW, VerificationStatus.UNVERIFIED,
        Optional.empty()));
    assertThat(file.allDocumentsVerified()).isFalse();
  }

  @Test
  void readWithoutProvenance_valid_theSameFileWithNoDocuments() {
    byte[] bytes = utf8(VALID);
    CreditFile file = CreditFileReader.standard().readWithoutProvenance(bytes);
    assertThat(file.documents()).isEmpty();
    assertThat(file.allDocumentsVerified()).isFalse();
    assertThat(file).isEqualTo(CreditFileReader.standard().readUnverified(bytes).withDocuments(List.of()));
  }

  @Test
  void readWithoutProvenance_invalid_theSameErrorAsReadUnverified() {
    byte[] bytes = utf8(VALID.replace("\"documentId\"", "\"documentIdX\""));
    assertThatThrownBy(() -> CreditFileReader.standard().readWithoutProvenance(bytes))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/: must not have fields the format does not define; found an unknown field");
    assertThatThrownBy(() -> CreditFileReader.standard().readUnverified(bytes))
        .hasMessage("/: must not have fields the format does not define; found an unknown field");
  }

  @Test
  void readUnverified_amounts_exactBigDecimalWithScale() {
    CreditFile file = CreditFileReader.standard().readUnverified(utf8(VALID));
    assertThat(file.application().amount()).isEqualTo(Money.of(new BigDecimal("20000.00"), Money.CNY));
    assertThat(file.application().annualRatePercent()).isEqualTo(new BigDecimal("18.25"));
    assertThat(file.application().declaredMonthlyObligations().amount()).isEqualTo(new BigDecimal("0"));
  }

  @Test
  void read_verified_carriesVerifiedProvenance() {
    byte[] bytes = utf8(VALID);
    VerifiedDocument doc = verifier(bytes, "doc-1").verify("doc-1", bytes);
    CreditFile file = CreditFileReader.standard().read(doc);
    assertThat(file.documents()).containsExactly(doc.provenance());
    assertThat(file.allDocumentsVerified()).isTrue();
  }

  @Test
  void read_verifiedUnderAnotherId_rejectedAtDocumentId() {
    byte[] bytes = utf8(VALID);
    VerifiedDocument doc = verifier(bytes, "doc-2").verify("doc-2", bytes);
    assertThatThrownBy(() -> CreditFileReader.standard().read(doc))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/documentId: must equal the id the document was verified under; found another id");
  }

  @Test
  void peekDocumentId_idAfterApplication_skipsToIt() {
    String moved = edit(edit("\"documentId\":\"doc-1\",", ""), "\"alternativeData\":{", "\"documentId\":\"doc-9\",\"alternativeData\":{");
    assertThat(CreditFileReader.standard().peekDocumentId(utf8(moved))).isEqualTo("doc-9");
  }

  @Test
  void peekDocumentId_deepNestingBeforeId_failsAtDepthLimit() {
    String deep = "{\"format\":\"northbound.credit-file\",\"version\":1,\"application\":" + "[".repeat(10_000);
    // The root object is level 1 and the application array level 2, so the 32nd nested array is
    // level 33, the first beyond the limit; its pointer has 31 array indices.
    assertThatThrownBy(() -> CreditFileReader.standard().peekDocumentId(utf8(deep)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/application" + "/0".repeat(31) + ": must not nest deeper than 32 levels; found deeper nesting");
  }

  @Test
  void peekDocumentId_noId_missing() {
    assertThatThrownBy(() -> CreditFileReader.standard().peekDocumentId(utf8(edit("\"documentId\":\"doc-1\",", ""))))
        .hasMessage("/documentId: must be present; found nothing");
  }

  @Test
  void withLimits_fewerAccounts_enforced() {
    DocumentLimits limits = new DocumentLimits(1 << 20, 32, 256, 32, 1, 60, 500, 100, 100, 2000);
    assertThatThrownBy(() -> CreditFileReader.withLimits(limits).readUnverified(utf8(VALID)))
        .hasMessage("/bureauReport/accounts: must have at most 1 accounts; found more than 1");
  }

  @Test
  void documentLimits_historyAbove60_rejected() {
    assertThatThrownBy(() -> new DocumentLimits(1 << 20, 32, 256, 32, 1, 61, 500, 100, 100, 2000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxHistoryMonths must be at most 60, found 61");
  }

  @Test
  void documentLimits_standard_documentedDefaults() {
    assertThat(DocumentLimits.standard())
        .isEqualTo(new DocumentLimits(4L * 1024 * 1024, 32, 256, 32, 200, 60, 500, 100, 100, 2000));
  }

  private static DocumentVerifier verifier(byte[] bytes, String id) {
    return DocumentVerifier.of(InMemoryHashRegistry.of(DocumentIssuer.of("TransUnion HK").issue(id, bytes)))
        .withClock(CLOCK);
  }
}
