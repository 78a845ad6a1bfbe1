package dev.northbound.scoring.features.alternative;

import static dev.northbound.scoring.features.Fixtures.bill;
import static dev.northbound.scoring.features.Fixtures.context;
import static dev.northbound.scoring.features.Fixtures.hkd;
import static dev.northbound.scoring.features.Fixtures.rent;
import static dev.northbound.scoring.features.Fixtures.tax;
import static dev.northbound.scoring.features.Vectors.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.northbound.scoring.core.credit.BillKind;
import dev.northbound.scoring.core.feature.FeatureVector;
import dev.northbound.scoring.core.feature.MissingReason;
import dev.northbound.scoring.features.CreditFileBuilder;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class PaymentFeaturesTest {

  private final PaymentFeatures extractor = new PaymentFeatures();

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  /** As of 2026-06-15. Bills are due on the 20th of their month, rent on the 1st. */
  private FeatureVector full() {
    return extractor.extract(CreditFileBuilder.create()
        .bill(bill(BillKind.ELECTRICITY, YearMonth.of(2026, 5), d(2026, 5, 18))) // on time
        .bill(bill(BillKind.WATER, YearMonth.of(2026, 4), d(2026, 4, 25))) // 5 days late
        .bill(bill(BillKind.ELECTRICITY, YearMonth.of(2026, 3), null)) // unpaid: 87 days late by 06-15
        .bill(bill(BillKind.GAS, YearMonth.of(2026, 6), null)) // due 06-20, after as-of: not known yet
        .bill(bill(BillKind.ELECTRICITY, YearMonth.of(2024, 1), d(2024, 2, 19))) // 29 months ago: outside 24
        .bill(bill(BillKind.MOBILE, YearMonth.of(2026, 5), d(2026, 6, 20))) // paid after as-of: 26 days late
        .bill(bill(BillKind.BROADBAND, YearMonth.of(2025, 9), d(2025, 9, 20))) // on the due date
        .rent(rent(YearMonth.of(2026, 6), d(2026, 6, 1))) // on time
        .rent(rent(YearMonth.of(2026, 5), d(2026, 5, 3))) // 2 days late
        .rent(rent(YearMonth.of(2025, 1), d(2025, 1, 1))) // on time, 17 months ago
        .tax(tax(2024, hkd("1.00"), d(2025, 6, 1), true, true))
        .tax(tax(2023, hkd("1.00"), d(2024, 6, 1), true, false))
        .tax(tax(2022, hkd("1.00"), d(2023, 6, 1), false, false))
        .tax(tax(2025, hkd("1.00"), d(2026, 7, 1), false, false)) // assessed after as-of
        .build(), context());
  }

  @Test
  void onTimeRatios_perSource() {
    // utility: 2026-05 on time, 04 late, 03 unpaid -> 1/3; telecom: 05 late (paid after as-of), 2025-09 on
    // time -> 1/2; rent: 06 and 2025-01 on time, 05 late -> 2/3
    assertThat(value(full(), "utility_on_time_ratio")).isCloseTo(1.0 / 3.0, within(1e-12));
    assertThat(value(full(), "telecom_on_time_ratio")).isEqualTo(0.5);
    assertThat(value(full(), "rent_on_time_ratio")).isCloseTo(2.0 / 3.0, within(1e-12));
  }

  @Test
  void lateCounts12m_billsAndRent() {
    // bills of the last 12 months: water 04, electricity 03, mobile 05 late = 3; rent: 2026-05 = 1
    assertThat(value(full(), "late_bill_count_12m")).isEqualTo(3.0);
    assertThat(value(full(), "late_rent_count_12m")).isEqualTo(1.0);
  }

  @Test
  void maxDaysLate_unpaidCountsToAsOf() {
    // 2026-03-20 to 2026-06-15 = 11 + 30 + 31 + 15 = 87 days
    assertThat(value(full(), "max_days_late")).isEqualTo(87.0);
  }

  @Test
  void taxShares_visibleRecords() {
    // filed on time 2 of 3, paid on time 1 of 3 (the 2025 record is assessed after as-of)
    assertThat(value(full(), "tax_filed_on_time_share")).isCloseTo(2.0 / 3.0, within(1e-12));
    assertThat(value(full(), "tax_paid_on_time_share")).isCloseTo(1.0 / 3.0, within(1e-12));
  }

  @Test
  void extract_noAlternativeData_missingNoHistory() {
    FeatureVector v = extractor.extract(CreditFileBuilder.create().build(), context());
    for (int i = 0; i < v.size(); i++) {
      assertThat(v.missingReason(i)).as(v.schema().name(i)).contains(MissingReason.NO_HISTORY);
    }
  }

  @Test
  void lateBillCount12m_onlyOldBills_noHistory() {
    FeatureVector v = extractor.extract(CreditFileBuilder.create()
        .bill(bill(BillKind.WATER, YearMonth.of(2025, 1), d(2025, 1, 10))).build(), context());
    assertThat(v.missingReason(PaymentFeatures.LATE_BILLS_12M)).contains(MissingReason.NO_HISTORY);
    assertThat(value(v, "utility_on_time_ratio")).isEqualTo(1.0);
    assertThat(value(v, "max_days_late")).isEqualTo(0.0);
  }
}
