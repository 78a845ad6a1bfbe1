package dev.northbound.scoring.features.alternative;

import static dev.northbound.scoring.features.Fixtures.bill;
import static dev.northbound.scoring.features.Fixtures.cny;
import static dev.northbound.scoring.features.Fixtures.context;
import static dev.northbound.scoring.features.Fixtures.hkd;
import static dev.northbound.scoring.features.Fixtures.mpf;
import static dev.northbound.scoring.features.Fixtures.rent;
import static dev.northbound.scoring.features.Fixtures.social;
import static dev.northbound.scoring.features.Fixtures.tax;
import static dev.northbound.scoring.features.Vectors.missing;
import static dev.northbound.scoring.features.Vectors.value;
import static org.assertj.core.api.Assertions.assertThat;

import dev.northbound.scoring.core.credit.BillKind;
import dev.northbound.scoring.core.feature.FeatureVector;
import dev.northbound.scoring.core.feature.MissingReason;
import dev.northbound.scoring.features.CreditFileBuilder;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class CoverageFeaturesTest {

  private final CoverageFeatures extractor = new CoverageFeatures();

  /** As of 2026-06-15. */
  private FeatureVector full() {
    return extractor.extract(CreditFileBuilder.create()
        .bill(bill(BillKind.ELECTRICITY, YearMonth.of(2026, 5), null))
        .bill(bill(BillKind.MOBILE, YearMonth.of(2026, 5), null))
        .rent(rent(YearMonth.of(2026, 4), null))
        .mpf(mpf(YearMonth.of(2026, 3), "100.00", "100.00"))
        .mpf(mpf(YearMonth.of(2026, 3), "200.00", "200.00")) // a second employment, same month
        .mpf(mpf(YearMonth.of(2026, 2), "100.00", "100.00"))
        .mpf(mpf(YearMonth.of(2026, 7), "100.00", "100.00")) // after the as-of month
        .social(social(YearMonth.of(2026, 2), cny("5000.00")))
        .social(social(YearMonth.of(2025, 1), cny("5000.00")))
        .tax(tax(2024, hkd("1.00"), LocalDate.of(2025, 6, 1), true, true))
        .tax(tax(2024, hkd("1.00"), LocalDate.of(2025, 9, 1), true, true)) // a revised 2024 assessment
        .tax(tax(2023, hkd("1.00"), LocalDate.of(2024, 6, 1), true, true))
        .tax(tax(2025, hkd("1.00"), LocalDate.of(2026, 7, 1), true, true)) // assessed after as-of
        .build(), context());
  }

  @Test
  void alternativeDataMonths_distinctMonths() {
    // 2026-05 (two bills), 2026-04, 2026-03, 2026-02 (MPF and SI), 2025-01 = 5
    assertThat(value(full(), "alternative_data_months")).isEqualTo(5.0);
  }

  @Test
  void depthCounts_distinctYearsAndMonths() {
    assertThat(value(full(), "tax_record_years")).isEqualTo(2.0);
    assertThat(value(full(), "mpf_contribution_months")).isEqualTo(2.0);
    assertThat(value(full(), "social_insurance_months")).isEqualTo(2.0);
  }

  @Test
  void sourceFlags_allPresent() {
    FeatureVector v = full();
    for (String flag : new String[] {"has_utility_bills", "has_telecom_bills", "has_rent", "has_tax_records",
        "has_mpf", "has_social_insurance"}) {
      assertThat(value(v, flag)).as(flag).isEqualTo(1.0);
    }
    assertThat(value(v, "alternative_source_count")).isEqualTo(6.0);
  }

  @Test
  void extract_onlyFutureRecords_flagsZeroCountsMissing() {
    FeatureVector v = extractor.extract(CreditFileBuilder.create()
        .bill(bill(BillKind.MOBILE, YearMonth.of(2026, 6), null)) // due 2026-06-20, after as-of
        .mpf(mpf(YearMonth.of(2026, 7), "100.00", "100.00"))
        .build(), context());
    assertThat(value(v, "has_telecom_bills")).isEqualTo(0.0);
    assertThat(value(v, "has_mpf")).isEqualTo(0.0);
    assertThat(value(v, "alternative_source_count")).isEqualTo(0.0);
    assertThat(missing(v, "alternative_data_months")).contains(MissingReason.NO_HISTORY);
    assertThat(missing(v, "mpf_contribution_months")).contains(MissingReason.NO_HISTORY);
    assertThat(missing(v, "tax_record_years")).contains(MissingReason.NO_HISTORY);
  }
}
