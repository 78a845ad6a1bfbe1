package dev.northbound.scoring.features.bureau;

import static dev.northbound.scoring.features.Fixtures.card;
import static dev.northbound.scoring.features.Fixtures.closedCard;
import static dev.northbound.scoring.features.Fixtures.context;
import static dev.northbound.scoring.features.Fixtures.hkd;
import static dev.northbound.scoring.features.Vectors.missing;
import static dev.northbound.scoring.features.Vectors.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.northbound.scoring.core.credit.PaymentHistory;
import dev.northbound.scoring.core.feature.FeatureVector;
import dev.northbound.scoring.core.feature.MissingReason;
import dev.northbound.scoring.features.CreditFileBuilder;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DepthFeaturesTest {

  private final DepthFeatures extractor = new DepthFeatures();

  /** As of 2026-06-15: accounts 72, 28 and 36 whole months old, one opened after the as-of date. */
  private FeatureVector full() {
    return extractor.extract(CreditFileBuilder.create()
        .account(card("a", hkd("100.00"), hkd("0.00"), hkd("0.00"), LocalDate.of(2020, 6, 15), PaymentHistory.empty()))
        .account(card("b", hkd("100.00"), hkd("0.00"), hkd("0.00"), LocalDate.of(2024, 1, 31), PaymentHistory.empty()))
        .account(closedCard("c", hkd("100.00"), LocalDate.of(2023, 6, 14), LocalDate.of(2024, 1, 1)))
        .account(card("d", hkd("100.00"), hkd("0.00"), hkd("0.00"), LocalDate.of(2026, 12, 1), PaymentHistory.empty()))
        .build(), context());
  }

  @Test
  void accountAges_oldestAndAverage() {
    // 2020-06-15 -> 72; 2024-01-31 -> 28 (the 29th month ends 2026-06-30); 2023-06-14 -> 36
    assertThat(value(full(), "oldest_account_age_months")).isEqualTo(72.0);
    assertThat(value(full(), "average_account_age_months")).isCloseTo(136.0 / 3.0, within(1e-12));
  }

  @Test
  void thinFile_flagAndTradelines() {
    assertThat(value(full(), "has_bureau_file")).isEqualTo(1.0);
    assertThat(value(full(), "tradeline_count")).isEqualTo(3.0);
  }

  @Test
  void extract_noBureau_flagZeroOthersMissing() {
    FeatureVector v = extractor.extract(CreditFileBuilder.create().build(), context());
    assertThat(value(v, "has_bureau_file")).isEqualTo(0.0);
    assertThat(missing(v, "tradeline_count")).contains(MissingReason.NO_BUREAU_FILE);
    assertThat(missing(v, "oldest_account_age_months")).contains(MissingReason.NO_BUREAU_FILE);
  }

  @Test
  void extract_bureauWithoutAccounts_agesNoHistory() {
    FeatureVector v = extractor.extract(CreditFileBuilder.create().bureau().build(), context());
    assertThat(value(v, "tradeline_count")).isEqualTo(0.0);
    assertThat(missing(v, "average_account_age_months")).contains(MissingReason.NO_HISTORY);
  }
}
