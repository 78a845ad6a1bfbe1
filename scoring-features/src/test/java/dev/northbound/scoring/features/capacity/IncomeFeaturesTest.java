package dev.northbound.scoring.features.capacity;

import static dev.northbound.scoring.features.Fixtures.cny;
import static dev.northbound.scoring.features.Fixtures.context;
import static dev.northbound.scoring.features.Fixtures.hkd;
import static dev.northbound.scoring.features.Fixtures.mpf;
import static dev.northbound.scoring.features.Fixtures.social;
import static dev.northbound.scoring.features.Fixtures.tax;
import static dev.northbound.scoring.features.Vectors.missing;
import static dev.northbound.scoring.features.Vectors.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.feature.FeatureVector;
import dev.northbound.scoring.core.feature.MissingReason;
import dev.northbound.scoring.features.CreditFileBuilder;
import dev.northbound.scoring.features.Fixtures;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IncomeFeaturesTest {

  private final IncomeFeatures extractor = new IncomeFeatures();

  /** As of 2026-06-15, HKD 1 = CNY 0.90. */
  private FeatureVector full() {
    return extractor.extract(CreditFileBuilder.create()
        .tax(tax(2024, hkd("480000.00"), LocalDate.of(2025, 6, 1), true, true))
        .tax(tax(2023, hkd("360000.00"), LocalDate.of(2024, 6, 1), true, true))
        .tax(tax(2025, hkd("1200000.00"), LocalDate.of(2026, 7, 1), true, true)) // assessed after as-of
        .mpf(mpf(YearMonth.of(2026, 5), "1500.00", "1500.00"))
        .mpf(mpf(YearMonth.of(2026, 4), "1200.00", "1200.00"))
        .mpf(mpf(YearMonth.of(2026, 3), "0.00", "300.00"))
        .mpf(mpf(YearMonth.of(2026, 7), "1000.00", "1000.00")) // after the as-of month
        .social(social(YearMonth.of(2026, 2), cny("10000.00")))
        .social(social(YearMonth.of(2025, 12), cny("9000.00")))
        .build(), context());
  }

  @Test
  void taxMonthlyIncome_latestVisibleYear() {
    // 2024/25: HKD 480,000 x 0.90 = CNY 432,000; / 12 = 36,000 (the 2025 record is assessed after as-of)
    assertThat(value(full(), "tax_monthly_income")).isEqualTo(36000.00);
  }

  @Test
  void mpfMonthlyIncome_censoredAtCap() {
    // 2026-05: 1,500 / 0.05 = HKD 30,000 = the cap; x 0.90 = CNY 27,000; censored
    assertThat(value(full(), "mpf_monthly_income")).isEqualTo(27000.00);
    assertThat(value(full(), "mpf_income_censored")).isEqualTo(1.0);
  }

  @Test
  void mpfMonthlyIncome_belowCapNotCensored() {
    FeatureVector v = extractor.extract(CreditFileBuilder.create()
        .mpf(mpf(YearMonth.of(2026, 6), "1200.00", "1200.00"))
        .mpf(mpf(YearMonth.of(2026, 6), "400.00", "400.00")).build(), context());
    // two employments: 1,200 / 0.05 = 24,000 and 400 / 0.05 = 8,000; HKD 32,000 x 0.90 = CNY 28,800
    assertThat(value(v, "mpf_monthly_income")).isEqualTo(28800.00);
    assertThat(value(v, "mpf_income_censored")).isEqualTo(0.0);
  }

  @Test
  void mpfMonthlyIncome_zeroEmployeeContributionReadFromEmployerBoundedByFloor() {
    FeatureVector v = extractor.extract(CreditFileBuilder.create()
        .mpf(mpf(YearMonth.of(2026, 6), "0.00", "400.00")).build(), context());
    // employer 400 / 0.05 = HKD 8,000 > floor 7,100 -> 7,100 x 0.90 = CNY 6,390
    assertThat(value(v, "mpf_monthly_income")).isEqualTo(6390.00);
  }

  @Test
  void socialInsuranceBase_latestMonth() {
    assertThat(value(full(), "social_insurance_monthly_base")).isEqualTo(10000.00);
  }

  @Test
  void verifiedMonthlyIncome_maxOfRecentSources() {
    // tax 36,000 (assessed 12 months ago < 24); MPF 27,000 (1 month ago < 3); SI 2026-02 is 4 months ago: stale
    assertThat(value(full(), "verified_monthly_income")).isEqualTo(36000.00);
  }

  @Test
  void declaredToVerifiedRatio_declaredOverVerified() {
    // declared CNY 20,000 / 36,000
    assertThat(value(full(), "declared_to_verified_income_ratio")).isCloseTo(20000.0 / 36000.0, within(1e-12));
  }

  @Test
  void incomeCv12m_populationCoefficientOfVariation() {
    // monthly verified: 05 27,000; 04 21,600; 03 6,000 HKD x 0.9 = 5,400; 02 SI 10,000; 2025-12 SI 9,000
    // mean 14,600; variance (12,400^2 + 7,000^2 + 9,200^2 + 4,600^2 + 5,600^2) / 5 = 67,984,000
    // sqrt = 8,245.241051661254; / 14,600 = 0.5647425377850174
    assertThat(value(full(), "income_cv_12m")).isCloseTo(0.5647425377850174, within(1e-12));
  }

  @Test
  void verifiedIncomeMonths_countsContributionMonths() {
    // 2026-05, 04, 03, 02 and 2025-12: five months, all within 12 (and 24)
    assertThat(value(full(), "verified_income_months_12m")).isEqualTo(5.0);
    assertThat(value(full(), "verified_income_months_24m")).isEqualTo(5.0);
  }

  @Test
  void longestContributionGap_insideObservedSpan() {
    // contributions 1, 2, 3, 4 and 6 months ago: 2026-01 (5 months ago) is the only gap
    assertThat(value(full(), "longest_contribution_gap_months")).isEqualTo(1.0);
  }

  @Test
  void monthsSinceLastContribution_latestMonth() {
    assertThat(value(full(), "months_since_last_contribution")).isEqualTo(1.0);
  }

  @Test
  void longestInnerGap_bits() {
    // bits 0, 4, 5, 9: runs of 3 (1-3) and 3 (6-8)
    assertThat(IncomeFeatures.longestInnerGap(0b10_0011_0001L)).isEqualTo(3);
    assertThat(IncomeFeatures.longestInnerGap(0b1000L)).isEqualTo(0);
  }

  @Test
  void longestInnerGap_wholeWordAndHighBits() {
    // every bit set: no gap; bits 0 and 63: the 62 bits 1-62 between them
    assertThat(IncomeFeatures.longestInnerGap(-1L)).isEqualTo(0);
    assertThat(IncomeFeatures.longestInnerGap(Long.MIN_VALUE | 1L)).isEqualTo(62);
    // bits 5, 7, 8, 20: runs of 1 (6) and 11 (9-19); the zeros below bit 5 do not count
    assertThat(IncomeFeatures.longestInnerGap(1L << 5 | 1L << 7 | 1L << 8 | 1L << 20)).isEqualTo(11);
  }

  @Test
  void extract_noAlternativeData_missingNoHistory() {
    FeatureVector v = extractor.extract(CreditFileBuilder.create().build(), context());
    for (int i = 0; i < v.size(); i++) {
      assertThat(v.missingReason(i)).as(v.schema().name(i)).contains(MissingReason.NO_HISTORY);
    }
  }

  @Test
  void incomeCv12m_oneMonth_notApplicable() {
    FeatureVector v = extractor.extract(CreditFileBuilder.create()
        .social(social(YearMonth.of(2026, 6), cny("8000.00"))).build(), context());
    assertThat(missing(v, "income_cv_12m")).contains(MissingReason.NOT_APPLICABLE);
    assertThat(missing(v, "mpf_monthly_income")).contains(MissingReason.NO_HISTORY);
    assertThat(value(v, "verified_monthly_income")).isEqualTo(8000.00);
    assertThat(value(v, "longest_contribution_gap_months")).isEqualTo(0.0);
  }

  @Test
  void declaredToVerifiedRatio_zeroVerified_notApplicable() {
    FeatureVector v = extractor.extract(CreditFileBuilder.create()
        .mpf(mpf(YearMonth.of(2026, 6), "0.00", "0.00")).build(), context());
    assertThat(value(v, "verified_monthly_income")).isEqualTo(0.0);
    assertThat(missing(v, "declared_to_verified_income_ratio")).contains(MissingReason.NOT_APPLICABLE);
  }

  @Test
  void extract_noRate_pointsAtTheField() {
    assertThatThrownBy(() -> extractor.extract(CreditFileBuilder.create()
        .mpf(mpf(YearMonth.of(2026, 6), "1000.00", "1000.00")).build(), Fixtures.contextWithoutRates()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/alternativeData/mpf/0/employeeMandatory/currency: needs an exchange rate to CNY;"
            + " found currency HKD with no rate");
  }

  @Test
  void mpfMonthlyIncome_onlyAfterAsOf_missing() {
    FeatureVector v = extractor.extract(CreditFileBuilder.create()
        .mpf(mpf(YearMonth.of(2026, 7), "1000.00", "1000.00")).build(), context());
    assertThat(v.missingReason(IncomeFeatures.MPF)).isEqualTo(Optional.of(MissingReason.NO_HISTORY));
    assertThat(v.missingReason(IncomeFeatures.MONTHS_12M)).isEqualTo(Optional.of(MissingReason.NO_HISTORY));
  }
}
