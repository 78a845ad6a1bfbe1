package dev.northbound.scoring.features.bureau;

import static dev.northbound.scoring.features.Fixtures.card;
import static dev.northbound.scoring.features.Fixtures.context;
import static dev.northbound.scoring.features.Fixtures.hkd;
import static dev.northbound.scoring.features.Vectors.value;
import static org.assertj.core.api.Assertions.assertThat;

import dev.northbound.scoring.core.credit.PaymentHistory;
import dev.northbound.scoring.core.feature.FeatureVector;
import dev.northbound.scoring.core.feature.MissingReason;
import dev.northbound.scoring.features.CreditFileBuilder;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CreditDemandFeaturesTest {

  private final CreditDemandFeatures extractor = new CreditDemandFeatures();

  private static CreditFileBuilder opened(CreditFileBuilder b, String id, LocalDate date) {
    return b.account(card(id, hkd("100.00"), hkd("0.00"), hkd("0.00"), date, PaymentHistory.empty()));
  }

  /** As of 2026-06-15. */
  private FeatureVector full() {
    CreditFileBuilder b = CreditFileBuilder.create()
        .enquiry(LocalDate.of(2026, 6, 1), true) // 0 whole months before
        .enquiry(LocalDate.of(2026, 3, 16), true) // 2 whole months
        .enquiry(LocalDate.of(2026, 3, 15), true) // exactly 3 months: not in 3m
        .enquiry(LocalDate.of(2025, 6, 16), true) // 11 months
        .enquiry(LocalDate.of(2025, 6, 15), true) // exactly 12 months: not in 12m
        .enquiry(LocalDate.of(2026, 6, 1), false) // soft
        .enquiry(LocalDate.of(2026, 7, 1), true); // after as-of
    opened(b, "a", LocalDate.of(2025, 7, 1)); // 11 months
    opened(b, "b", LocalDate.of(2026, 6, 15)); // 0 months
    opened(b, "c", LocalDate.of(2025, 6, 15)); // 12 months: not in 12m
    opened(b, "d", LocalDate.of(2026, 6, 16)); // after as-of
    return extractor.extract(b.build(), context());
  }

  @Test
  void hardEnquiries_perWindow() {
    assertThat(value(full(), "hard_enquiries_3m")).isEqualTo(2.0);
    assertThat(value(full(), "hard_enquiries_6m")).isEqualTo(3.0);
    assertThat(value(full(), "hard_enquiries_12m")).isEqualTo(4.0);
  }

  @Test
  void accountsOpened12m_withinWindow() {
    assertThat(value(full(), "accounts_opened_12m")).isEqualTo(2.0);
  }

  @Test
  void extract_emptyBureau_zeroCounts() {
    FeatureVector v = extractor.extract(CreditFileBuilder.create().bureau().build(), context());
    assertThat(v.toArray()).containsExactly(0.0, 0.0, 0.0, 0.0);
  }

  @Test
  void extract_noBureau_missing() {
    FeatureVector v = extractor.extract(CreditFileBuilder.create().build(), context());
    for (int i = 0; i < v.size(); i++) {
      assertThat(v.missingReason(i)).contains(MissingReason.NO_BUREAU_FILE);
    }
  }
}
