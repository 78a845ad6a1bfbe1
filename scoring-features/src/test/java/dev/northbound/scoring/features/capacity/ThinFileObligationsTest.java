package dev.northbound.scoring.features.capacity;

import static dev.northbound.scoring.features.Fixtures.cny;
import static dev.northbound.scoring.features.Fixtures.hkd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.credit.DataSource;
import dev.northbound.scoring.core.credit.ProductType;
import dev.northbound.scoring.core.credit.RentPayment;
import dev.northbound.scoring.core.feature.FeatureDefinition;
import dev.northbound.scoring.core.feature.FeatureVector;
import dev.northbound.scoring.core.feature.MissingReason;
import dev.northbound.scoring.core.money.Money;
import dev.northbound.scoring.features.CreditFileBuilder;
import dev.northbound.scoring.features.Fixtures;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ThinFileObligationsTest {

  private static final ThinFileObligations EXTRACTOR = new ThinFileObligations();

  /** Rent for {@code period}, due on the 1st, unpaid: the amount due counts, paid or not. */
  private static RentPayment rent(YearMonth period, Money amount) {
    return new RentPayment(period, amount, period.atDay(1), Optional.empty());
  }

  /** Declared obligations HKD 5,000.00. */
  private static CreditFileBuilder file() {
    return CreditFileBuilder.create().application(Fixtures.application(ProductType.PERSONAL_LOAN,
        cny("100000.00"), 12, "12", cny("20000.00"), hkd("5000.00")));
  }

  @Test
  void schema_twoCapacityFeatures() {
    assertThat(EXTRACTOR.name()).isEqualTo("thin-file-obligations");
    assertThat(EXTRACTOR.schema().definitions()).extracting(FeatureDefinition::name)
        .containsExactly("declared_monthly_obligations", "rent_monthly_obligation");
    assertThat(EXTRACTOR.sourcesOf(0)).isEmpty();
    assertThat(EXTRACTOR.sourcesOf(1)).containsExactly(DataSource.RENT);
  }

  @Test
  void extract_meanOfTheRentDueInTheThreeMonthsUpToTheAsOfMonth() {
    // As of 2026-06-15 the window is April, May and June 2026. March and July are outside.
    CreditFile f = file()
        .rent(rent(YearMonth.of(2026, 3), hkd("99999.00")))
        .rent(rent(YearMonth.of(2026, 4), hkd("12000.00")))
        .rent(rent(YearMonth.of(2026, 5), hkd("12000.00")))
        .rent(rent(YearMonth.of(2026, 6), hkd("13000.00")))
        .rent(rent(YearMonth.of(2026, 7), hkd("99999.00")))
        .build();
    FeatureVector v = EXTRACTOR.extract(f, Fixtures.context());
    // HKD 5,000.00 x 0.90 = CNY 4,500.00.
    assertThat(v.value(0)).isEqualTo(4500.00);
    // (10,800.00 + 10,800.00 + 11,700.00) / 3 = 11,100.00.
    assertThat(v.value(1)).isEqualTo(11100.00);
  }

  @Test
  void extract_meanRoundedHalfUpToCents() {
    // HKD 12,000.01 x 0.90 = 10,800.009 -> 10,800.01; (10,800.00 + 10,800.01) / 2 = 10,800.005 -> 10,800.01.
    CreditFile f = file()
        .rent(rent(YearMonth.of(2026, 5), hkd("12000.00")))
        .rent(rent(YearMonth.of(2026, 6), hkd("12000.01")))
        .build();
    assertThat(EXTRACTOR.extract(f, Fixtures.context()).value(1)).isEqualTo(10800.01);
  }

  @Test
  void extract_twoPaymentsForOneMonth_bothCount() {
    CreditFile f = file()
        .rent(rent(YearMonth.of(2026, 6), hkd("6000.00")))
        .rent(rent(YearMonth.of(2026, 6), hkd("8000.00")))
        .build();
    // (5,400.00 + 7,200.00) / 2.
    assertThat(EXTRACTOR.extract(f, Fixtures.context()).value(1)).isEqualTo(6300.00);
  }

  @Test
  void extract_noRentInTheWindow_missingNoHistory() {
    CreditFile f = file().rent(rent(YearMonth.of(2026, 3), hkd("12000.00"))).build();
    FeatureVector v = EXTRACTOR.extract(f, Fixtures.context());
    assertThat(v.missingReason(1)).contains(MissingReason.NO_HISTORY);
    assertThat(v.value(0)).isEqualTo(4500.00);
    assertThat(EXTRACTOR.extract(file().build(), Fixtures.context()).missingReason(1))
        .contains(MissingReason.NO_HISTORY);
  }

  @Test
  void extract_zeroDeclaredObligations_zero() {
    FeatureVector v = EXTRACTOR.extract(CreditFileBuilder.create().build(), Fixtures.context());
    assertThat(v.value(0)).isEqualTo(0.0);
  }

  @Test
  void extract_rentWithoutRate_invalidInputNamingTheAmount() {
    CreditFile f = CreditFileBuilder.create()
        .rent(rent(YearMonth.of(2026, 2), hkd("12000.00")))
        .rent(rent(YearMonth.of(2026, 6), hkd("12000.00")))
        .build();
    assertThatThrownBy(() -> EXTRACTOR.extract(f, Fixtures.contextWithoutRates()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/alternativeData/rent/1/amount/currency: needs an exchange rate to CNY;"
            + " found currency HKD with no rate");
  }
}
