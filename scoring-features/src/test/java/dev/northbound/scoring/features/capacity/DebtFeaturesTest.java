package dev.northbound.scoring.features.capacity;

import static dev.northbound.scoring.features.Fixtures.application;
import static dev.northbound.scoring.features.Fixtures.card;
import static dev.northbound.scoring.features.Fixtures.closedCard;
import static dev.northbound.scoring.features.Fixtures.cny;
import static dev.northbound.scoring.features.Fixtures.context;
import static dev.northbound.scoring.features.Fixtures.hkd;
import static dev.northbound.scoring.features.Fixtures.loan;
import static dev.northbound.scoring.features.Fixtures.revolving;
import static dev.northbound.scoring.features.Fixtures.social;
import static dev.northbound.scoring.features.Vectors.missing;
import static dev.northbound.scoring.features.Vectors.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.credit.PaymentHistory;
import dev.northbound.scoring.core.credit.ProductType;
import dev.northbound.scoring.core.feature.FeatureVector;
import dev.northbound.scoring.core.feature.MissingReason;
import dev.northbound.scoring.features.CreditFileBuilder;
import dev.northbound.scoring.features.Fixtures;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class DebtFeaturesTest {

  private static final LocalDate OPENED = LocalDate.of(2020, 1, 1);
  private final DebtFeatures extractor = new DebtFeatures();

  /**
   * HKD 1 = CNY 0.90. Open: card A (limit 45,000, balance 9,000 CNY), card B (18,000 / 900), card C
   * (9,000 / 0), revolving line (36,000 / 18,000), loan (balance 108,000, instalment 5,850). A card
   * closed before and a card opened after the as-of date are ignored. Verified income CNY 30,000.
   */
  private FeatureVector full() {
    return extractor.extract(CreditFileBuilder.create()
        .account(card("A", hkd("50000.00"), hkd("10000.00"), hkd("0.00"), OPENED, PaymentHistory.empty()))
        .account(card("B", hkd("20000.00"), hkd("1000.00"), hkd("0.00"), OPENED, PaymentHistory.empty()))
        .account(card("C", hkd("10000.00"), hkd("0.00"), hkd("0.00"), OPENED, PaymentHistory.empty()))
        .account(closedCard("D", hkd("30000.00"), OPENED, LocalDate.of(2025, 1, 1)))
        .account(card("E", hkd("100000.00"), hkd("90000.00"), hkd("0.00"), LocalDate.of(2026, 7, 1),
            PaymentHistory.empty()))
        .account(revolving("R", hkd("40000.00"), hkd("20000.00"), OPENED))
        .account(loan("L", hkd("200000.00"), hkd("120000.00"), hkd("6500.00"), OPENED, PaymentHistory.empty()))
        .social(social(YearMonth.of(2026, 5), cny("30000.00")))
        .build(), context());
  }

  @Test
  void totalOutstandingDebt_openAccountsConverted() {
    // 9,000 + 900 + 0 + 18,000 + 108,000
    assertThat(value(full(), "total_outstanding_debt")).isEqualTo(135900.00);
  }

  @Test
  void existingMonthlyDebtService_instalmentsAndMinimumPayments() {
    // card A max(3% x 9,000, 50) = 270; card B max(27, 50) = 50; card C 0; line max(2% x 18,000, 50) = 360;
    // loan 6,500 x 0.90 = 5,850; total 6,530
    assertThat(value(full(), "existing_monthly_debt_service")).isEqualTo(6530.00);
  }

  @Test
  void requestedMonthlyInstalment_annuity() {
    // 100,000 x 0.01 / (1 - 1.01^-12) = 8,884.8789 -> 8,884.88
    assertThat(value(full(), "requested_monthly_instalment")).isEqualTo(8884.88);
  }

  @Test
  void monthlyDebtService_existingPlusRequested() {
    // max(6,530, declared 0) + 8,884.88
    assertThat(value(full(), "monthly_debt_service")).isEqualTo(15414.88);
  }

  @Test
  void debtToIncome_serviceOverVerifiedIncome() {
    // 15,414.88 / 30,000 = 0.513829333...
    assertThat(value(full(), "debt_to_income_ratio")).isCloseTo(0.5138293333333334, within(1e-12));
    // 30,000 - 15,414.88
    assertThat(value(full(), "residual_monthly_income")).isCloseTo(14585.12, within(1e-9));
  }

  @Test
  void revolvingUtilisation_totalAndWorstCard() {
    // (9,000 + 900 + 0 + 18,000) / (45,000 + 18,000 + 9,000 + 36,000) = 27,900 / 108,000
    assertThat(value(full(), "revolving_utilisation")).isCloseTo(27900.0 / 108000.0, within(1e-12));
    // max(9,000 / 45,000, 900 / 18,000, 0 / 9,000) = 0.2
    assertThat(value(full(), "max_card_utilisation")).isCloseTo(0.2, within(1e-12));
    assertThat(value(full(), "total_credit_limit")).isEqualTo(108000.00);
  }

  @Test
  void counts_openAccountsAndCardsWithBalance() {
    assertThat(value(full(), "open_account_count")).isEqualTo(5.0);
    assertThat(value(full(), "cards_with_balance_count")).isEqualTo(2.0);
  }

  @Test
  void extract_noBureau_declaredObligationsAndCardApplication() {
    FeatureVector v = extractor.extract(CreditFileBuilder.create()
        .application(application(ProductType.CARD, cny("20000.00"), 12, "18", cny("15000.00"), cny("3000.00")))
        .build(), context());
    // card: min(20,000, max(3% x 20,000, 50)) = 600; service max(0, 3,000) + 600 = 3,600
    assertThat(value(v, "requested_monthly_instalment")).isEqualTo(600.00);
    assertThat(value(v, "monthly_debt_service")).isEqualTo(3600.00);
    assertThat(missing(v, "total_outstanding_debt")).contains(MissingReason.NO_BUREAU_FILE);
    assertThat(missing(v, "existing_monthly_debt_service")).contains(MissingReason.NO_BUREAU_FILE);
    assertThat(missing(v, "open_account_count")).contains(MissingReason.NO_BUREAU_FILE);
    assertThat(missing(v, "cards_with_balance_count")).contains(MissingReason.NO_BUREAU_FILE);
    assertThat(missing(v, "debt_to_income_ratio")).contains(MissingReason.NO_HISTORY);
    assertThat(missing(v, "residual_monthly_income")).contains(MissingReason.NO_HISTORY);
  }

  @Test
  void requestedMonthlyInstalment_zeroRate_principalOverTerm() {
    FeatureVector v = extractor.extract(CreditFileBuilder.create()
        .application(application(ProductType.PERSONAL_LOAN, cny("12000.00"), 12, "0", cny("1.00"), cny("0.00")))
        .build(), context());
    assertThat(value(v, "requested_monthly_instalment")).isEqualTo(1000.00);
  }

  @Test
  void utilisation_bureauWithoutRevolvingAccounts_noHistory() {
    FeatureVector v = extractor.extract(CreditFileBuilder.create()
        .account(loan("L", cny("1000.00"), cny("500.00"), cny("100.00"), OPENED, PaymentHistory.empty()))
        .build(), context());
    assertThat(missing(v, "revolving_utilisation")).contains(MissingReason.NO_HISTORY);
    assertThat(missing(v, "max_card_utilisation")).contains(MissingReason.NO_HISTORY);
    assertThat(value(v, "total_credit_limit")).isEqualTo(0.0);
    assertThat(value(v, "existing_monthly_debt_service")).isEqualTo(100.00);
  }

  @Test
  void utilisation_zeroLimits_notApplicable() {
    FeatureVector v = extractor.extract(CreditFileBuilder.create()
        .account(card("Z", cny("0.00"), cny("0.00"), cny("0.00"), OPENED, PaymentHistory.empty()))
        .build(), context());
    assertThat(missing(v, "revolving_utilisation")).contains(MissingReason.NOT_APPLICABLE);
    assertThat(missing(v, "max_card_utilisation")).contains(MissingReason.NOT_APPLICABLE);
  }

  @Test
  void extract_noRate_pointsAtTheAccountField() {
    assertThatThrownBy(() -> extractor.extract(CreditFileBuilder.create()
        .account(card("A", hkd("100.00"), hkd("10.00"), hkd("0.00"), OPENED, PaymentHistory.empty()))
        .build(), Fixtures.contextWithoutRates()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/bureauReport/accounts/0/balance/currency: needs an exchange rate to CNY;"
            + " found currency HKD with no rate");
  }

  @Test
  void minimumPayment_ruleBoundaries() {
    // balance below the floor pays the balance; zero balance pays nothing
    assertThat(DebtService.minimumPayment(3000L, 0.03, 5000L)).isEqualTo(3000L);
    assertThat(DebtService.minimumPayment(0L, 0.03, 5000L)).isEqualTo(0L);
    assertThat(DebtService.minimumPayment(1_000_000L, 0.03, 5000L)).isEqualTo(30000L);
  }
}
