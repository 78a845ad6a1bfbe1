package dev.northbound.scoring.features.bureau;

import static dev.northbound.scoring.features.Fixtures.card;
import static dev.northbound.scoring.features.Fixtures.context;
import static dev.northbound.scoring.features.Fixtures.history;
import static dev.northbound.scoring.features.Fixtures.hkd;
import static dev.northbound.scoring.features.Vectors.missing;
import static dev.northbound.scoring.features.Vectors.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.northbound.scoring.core.credit.PublicRecordType;
import dev.northbound.scoring.core.feature.FeatureVector;
import dev.northbound.scoring.core.feature.MissingReason;
import dev.northbound.scoring.features.CreditFileBuilder;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class WillingnessFeaturesTest {

  private final WillingnessFeatures extractor = new WillingnessFeatures();

  /** 24 statuses from 2024-07 to 2026-06, then 2026-07 (after the as-of month) charged off. */
  private static String[] card1Codes() {
    String[] codes = new String[25];
    Arrays.fill(codes, "C");
    codes[8] = "30"; // 2025-03: 15 months before 2026-06
    codes[9] = "60"; // 2025-04: 14 months before
    codes[10] = "90"; // 2025-05: 13 months before
    codes[24] = "CO"; // 2026-07: after the as-of month, ignored
    return codes;
  }

  /**
   * As of 2026-06-15. Card 1: history above, HKD 500 past due. Card 2: 2025-10 to 2026-05 "C C 30 C
   * C N U C" (30 days at 2025-12, 6 months before). Default 2021-06-15; bankruptcy 2018-03-20; an
   * IVA and a default dated after the as-of date.
   */
  private FeatureVector full() {
    return extractor.extract(CreditFileBuilder.create()
        .account(card("1", hkd("10000.00"), hkd("2000.00"), hkd("500.00"), LocalDate.of(2022, 1, 1),
            history(YearMonth.of(2024, 7), card1Codes())))
        .account(card("2", hkd("10000.00"), hkd("0.00"), hkd("0.00"), LocalDate.of(2019, 1, 1),
            history(YearMonth.of(2025, 10), "C", "C", "30", "C", "C", "N", "U", "C")))
        .defaultRecord(hkd("5000.00"), LocalDate.of(2021, 6, 15))
        .defaultRecord(hkd("5000.00"), LocalDate.of(2026, 8, 1))
        .publicRecord(PublicRecordType.BANKRUPTCY, LocalDate.of(2018, 3, 20))
        .publicRecord(PublicRecordType.IVA, LocalDate.of(2026, 9, 1))
        .build(), context());
  }

  @Test
  void worstStatus_perWindow() {
    // last 6 months: all current (card 2's N and U carry no information); last 12: card 2's 30 (severity 1);
    // last 24: card 1's 90 (severity 3)
    assertThat(value(full(), "worst_status_6m")).isEqualTo(0.0);
    assertThat(value(full(), "worst_status_12m")).isEqualTo(1.0);
    assertThat(value(full(), "worst_status_24m")).isEqualTo(3.0);
  }

  @Test
  void monthsPastDue_distinctCalendarMonths() {
    // 30+: 2025-03, 04, 05 and 12 = 4; 60+: 2025-04, 05 = 2; 90+: 2025-05 = 1
    assertThat(value(full(), "months_30plus_dpd_24m")).isEqualTo(4.0);
    assertThat(value(full(), "months_60plus_dpd_24m")).isEqualTo(2.0);
    assertThat(value(full(), "months_90plus_dpd_24m")).isEqualTo(1.0);
  }

  @Test
  void monthsSinceLatestDelinquency_latestThirtyPlus() {
    // 2025-12 to 2026-06
    assertThat(value(full(), "months_since_latest_delinquency")).isEqualTo(6.0);
  }

  @Test
  void onTimeMonthShare_observedAccountMonths() {
    // card 1: 24 observed, 21 current; card 2: 6 observed (N, U excluded), 5 current; 26 / 30
    assertThat(value(full(), "on_time_month_share")).isCloseTo(26.0 / 30.0, within(1e-12));
  }

  @Test
  void currentPastDueAmount_converted() {
    // HKD 500 x 0.90
    assertThat(value(full(), "current_past_due_amount")).isEqualTo(450.00);
  }

  @Test
  void chargeOff_afterAsOfIgnored() {
    assertThat(value(full(), "charge_off_flag")).isEqualTo(0.0);
    assertThat(missing(full(), "years_since_charge_off")).contains(MissingReason.NOT_APPLICABLE);
  }

  @Test
  void default_yearsSinceLatestVisible() {
    // 2021-06-15 to 2026-06-15: 60 whole months / 12 = 5 (the 2026-08 default is after as-of)
    assertThat(value(full(), "default_flag")).isEqualTo(1.0);
    assertThat(value(full(), "years_since_default")).isEqualTo(5.0);
  }

  @Test
  void bankruptcy_yearsSinceFiling() {
    // 2018-03-20 to 2026-06-15: 98 whole months (the 99th ends 2026-06-20) / 12
    assertThat(value(full(), "bankruptcy_flag")).isEqualTo(1.0);
    assertThat(value(full(), "years_since_bankruptcy")).isCloseTo(98 / 12.0, within(1e-12));
  }

  @Test
  void iva_filedAfterAsOf_none() {
    assertThat(value(full(), "iva_flag")).isEqualTo(0.0);
    assertThat(missing(full(), "years_since_iva")).contains(MissingReason.NOT_APPLICABLE);
  }

  @Test
  void chargeOff_yearsSinceChargeOffMonth() {
    FeatureVector v = extractor.extract(CreditFileBuilder.create()
        .account(card("1", hkd("100.00"), hkd("0.00"), hkd("0.00"), LocalDate.of(2020, 1, 1),
            history(YearMonth.of(2024, 5), "90", "CO")))
        .publicRecord(PublicRecordType.IVA, LocalDate.of(2025, 6, 15))
        .build(), context());
    // charged off 2024-06: 24 months before 2026-06 -> 2 years; outside every worst-status window
    assertThat(value(v, "charge_off_flag")).isEqualTo(1.0);
    assertThat(value(v, "years_since_charge_off")).isEqualTo(2.0);
    assertThat(missing(v, "worst_status_24m")).contains(MissingReason.NO_HISTORY);
    assertThat(missing(v, "months_30plus_dpd_24m")).contains(MissingReason.NO_HISTORY);
    // latest 30+ month is 2024-06 (charged off counts as 180 days)
    assertThat(value(v, "months_since_latest_delinquency")).isEqualTo(24.0);
    assertThat(value(v, "on_time_month_share")).isEqualTo(0.0);
    assertThat(value(v, "years_since_iva")).isEqualTo(1.0);
  }

  @Test
  void extract_neverDelinquent_notApplicable() {
    FeatureVector v = extractor.extract(CreditFileBuilder.create()
        .account(card("1", hkd("100.00"), hkd("0.00"), hkd("0.00"), LocalDate.of(2020, 1, 1),
            history(YearMonth.of(2026, 4), "C", "C", "C")))
        .build(), context());
    assertThat(missing(v, "months_since_latest_delinquency")).contains(MissingReason.NOT_APPLICABLE);
    assertThat(value(v, "months_30plus_dpd_24m")).isEqualTo(0.0);
    assertThat(value(v, "on_time_month_share")).isEqualTo(1.0);
  }

  @Test
  void extract_bureauWithoutAccounts_noHistoryAndZeroFlags() {
    FeatureVector v = extractor.extract(CreditFileBuilder.create().bureau().build(), context());
    assertThat(missing(v, "worst_status_6m")).contains(MissingReason.NO_HISTORY);
    assertThat(missing(v, "months_since_latest_delinquency")).contains(MissingReason.NO_HISTORY);
    assertThat(missing(v, "on_time_month_share")).contains(MissingReason.NO_HISTORY);
    assertThat(value(v, "current_past_due_amount")).isEqualTo(0.0);
    assertThat(value(v, "bankruptcy_flag")).isEqualTo(0.0);
  }

  @Test
  void extract_noBureau_everyFeatureMissing() {
    FeatureVector v = extractor.extract(CreditFileBuilder.create().build(), context());
    for (int i = 0; i < v.size(); i++) {
      assertThat(v.missingReason(i)).as(v.schema().name(i)).contains(MissingReason.NO_BUREAU_FILE);
    }
  }
}
