package dev.northbound.scoring.models.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.document.CreditFileReader;
import dev.northbound.scoring.core.feature.FeatureBuffer;
import dev.northbound.scoring.core.feature.FeatureVector;
import dev.northbound.scoring.core.verify.DocumentIssuer;
import dev.northbound.scoring.core.verify.DocumentVerifier;
import dev.northbound.scoring.core.verify.InMemoryHashRegistry;
import dev.northbound.scoring.core.verify.VerifiedDocument;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Huge monthly instalments on a verified file must never turn into spare capacity. Before the amount
 * ceiling and the checked sums, two loans of HKD 6e16 a month (or one of 1e20 beside an ordinary
 * one) wrapped the long cents of {@code existing_monthly_debt_service} negative and the example
 * policy approved the full amount.
 */
class AmountOverflowTest {

  private static final DocumentIssuer ISSUER = DocumentIssuer.of("TransUnion HK");

  @Test
  void decide_ordinaryInstalments_approvedWithinAffordability() {
    // The same file with two ordinary loans approves: the figures below are what the overflow cases change.
    CreditFile file = verified(OverflowFiles.document("2000.00", "2000.00"));
    FeatureVector vector = StandardPath.EXTRACTOR.extract(file, StandardPath.context(file));
    int service = StandardPath.SCHEMA.indexOf("existing_monthly_debt_service").getAsInt();
    // Two instalments of HKD 2,000 at CNY 0.92 each.
    assertThat(vector.value(service)).isEqualTo(3680.0);
    Decision decision = decide(file, vector);
    assertThat(decision).isInstanceOf(Approve.class);
  }

  @Test
  void read_twoInstalmentsOf6e16_rejectedByTheAmountCeiling() {
    byte[] bytes = OverflowFiles.document("60000000000000000.00", "60000000000000000.00");
    assertThatThrownBy(() -> verified(bytes))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/bureauReport/accounts/0/monthlyInstalment/amount: must be at most 999999999999.99;"
            + " found a larger amount");
  }

  @Test
  void read_instalmentOf1e20_rejectedByTheAmountCeiling() {
    byte[] bytes = OverflowFiles.document("100000000000000000000.00", "2000.00");
    assertThatThrownBy(() -> verified(bytes))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/bureauReport/accounts/0/monthlyInstalment/amount: must be at most 999999999999.99;"
            + " found a larger amount");
  }

  @Test
  void extract_twoInstalmentsOf6e16BuiltInCode_typedErrorNotAWrappedSum() {
    // A caller that builds the records itself bypasses the reader's ceiling: each converted amount is
    // checked (HKD 6e16 is CNY 5.52e16, past 1e16).
    CreditFile file = OverflowFiles.inCode("60000000000000000.00", "60000000000000000.00");
    assertThatThrownBy(() -> StandardPath.EXTRACTOR.extract(file, StandardPath.context(file)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/bureauReport/accounts/0/monthlyInstalment/amount: must be at most 10000000000000000"
            + " once converted to the reporting currency; found a larger amount");
  }

  @Test
  void extract_twoInstalmentsOf6e15BuiltInCode_sumCheckedNotWrapped() {
    // Each CNY 5.52e15 is within range; their sum, 1.104e16, is not: the second one is named.
    CreditFile file = OverflowFiles.inCode("6000000000000000.00", "6000000000000000.00");
    assertThatThrownBy(() -> StandardPath.EXTRACTOR.extract(file, StandardPath.context(file)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/bureauReport/accounts/1/monthlyInstalment/amount: must keep the sum of amounts in the"
            + " reporting currency at most 10000000000000000; found a sum past that range");
  }

  @Test
  void extract_instalmentOf1e20BuiltInCode_typedErrorNotASaturatedCast() {
    CreditFile file = OverflowFiles.inCode("100000000000000000000.00", "2000.00");
    assertThatThrownBy(() -> StandardPath.EXTRACTOR.extract(file, StandardPath.context(file)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/bureauReport/accounts/0/monthlyInstalment/amount: must be at most 10000000000000000"
            + " once converted to the reporting currency; found a larger amount");
  }

  @Test
  void decide_negativeObligationsFeature_refusedNotReadAsCapacity() {
    // The vector the old arithmetic produced for two HKD 6e16 instalments: a caller-built vector with a
    // negative obligation must not approve either.
    CreditFile file = verified(OverflowFiles.document("2000.00", "2000.00"));
    FeatureBuffer buffer = FeatureBuffer.of(StandardPath.SCHEMA);
    StandardPath.EXTRACTOR.extract(file, StandardPath.context(file), buffer, 0);
    buffer.set(StandardPath.SCHEMA.indexOf("existing_monthly_debt_service").getAsInt(), -7.406744073709552E16);
    FeatureVector vector = buffer.toVector();
    assertThatThrownBy(() -> decide(file, vector))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/vector/existing_monthly_debt_service: must not be negative; found a negative value");
  }

  private static Decision decide(CreditFile file, FeatureVector vector) {
    return StandardPath.POLICY_STANDARD.decide(file, vector, StandardPath.SCORECARD.score(vector),
        file.application().applicationDate());
  }

  static CreditFile verified(byte[] bytes) {
    String id = "doc-overflow";
    VerifiedDocument doc = DocumentVerifier.of(InMemoryHashRegistry.of(ISSUER.issue(id, bytes))).verify(id, bytes);
    return CreditFileReader.standard().read(doc);
  }

  static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
