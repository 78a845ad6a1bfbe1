package dev.northbound.scoring.features;

import dev.northbound.scoring.core.credit.AgeBand;
import dev.northbound.scoring.core.credit.Application;
import dev.northbound.scoring.core.credit.BillKind;
import dev.northbound.scoring.core.credit.CreditCardAccount;
import dev.northbound.scoring.core.credit.InstalmentLoanAccount;
import dev.northbound.scoring.core.credit.InsuranceScheme;
import dev.northbound.scoring.core.credit.Jurisdiction;
import dev.northbound.scoring.core.credit.LoanKind;
import dev.northbound.scoring.core.credit.MonthlyStatus;
import dev.northbound.scoring.core.credit.MpfContribution;
import dev.northbound.scoring.core.credit.PaymentHistory;
import dev.northbound.scoring.core.credit.PaymentStatus;
import dev.northbound.scoring.core.credit.ProductType;
import dev.northbound.scoring.core.credit.RentPayment;
import dev.northbound.scoring.core.credit.RevolvingLoanAccount;
import dev.northbound.scoring.core.credit.SocialInsuranceContribution;
import dev.northbound.scoring.core.credit.TaxRecord;
import dev.northbound.scoring.core.credit.UtilityBill;
import dev.northbound.scoring.core.feature.ExtractionContext;
import dev.northbound.scoring.core.money.FxRate;
import dev.northbound.scoring.core.money.FxRates;
import dev.northbound.scoring.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Small factories for hand-built domain records. The standard as-of date is 2026-06-15 (as-of
 * month 2026-06) and the standard rate is HKD 1 = CNY 0.90.
 */
public final class Fixtures {

  /** The as-of date of the hand-computed fixtures. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 6, 15);

  private Fixtures() {}

  /** HKD 1 = CNY 0.90, reporting in CNY. */
  public static ExtractionContext context() {
    return ExtractionContext.of(AS_OF, FxRates.of(
        new FxRate(Money.HKD, Money.CNY, new BigDecimal("0.90"), "test", AS_OF)));
  }

  /** Reporting in CNY with no rates at all. */
  public static ExtractionContext contextWithoutRates() {
    return ExtractionContext.of(AS_OF, FxRates.none());
  }

  /** An amount in HKD. */
  public static Money hkd(String amount) {
    return Money.of(amount, Money.HKD);
  }

  /** An amount in CNY. */
  public static Money cny(String amount) {
    return Money.of(amount, Money.CNY);
  }

  /** A personal-loan application: CNY 100,000 over 12 months at 12%, declared income CNY 20,000. */
  public static Application application() {
    return application(ProductType.PERSONAL_LOAN, cny("100000.00"), 12, "12", cny("20000.00"), cny("0.00"));
  }

  /** An application with the given terms. */
  public static Application application(ProductType product, Money amount, int termMonths, String ratePercent,
      Money declaredIncome, Money declaredObligations) {
    return new Application("app-1", product, amount, termMonths, new BigDecimal(ratePercent), declaredIncome,
        declaredObligations, "Shenzhen", AgeBand.AGE_25_34, AS_OF);
  }

  /** A history starting at {@code first}, one status code (for example "C", "30", "CO") a month. */
  public static PaymentHistory history(YearMonth first, String... codes) {
    List<MonthlyStatus> months = new ArrayList<>();
    for (int i = 0; i < codes.length; i++) {
      months.add(new MonthlyStatus(first.plusMonths(i), PaymentStatus.fromCode(codes[i]).orElseThrow()));
    }
    return new PaymentHistory(months);
  }

  /** An open card. */
  public static CreditCardAccount card(String id, Money limit, Money balance, Money pastDue, LocalDate opened,
      PaymentHistory history) {
    return new CreditCardAccount(id, limit, balance, pastDue, opened, Optional.empty(), history);
  }

  /** A card closed on {@code closed}. */
  public static CreditCardAccount closedCard(String id, Money limit, LocalDate opened, LocalDate closed) {
    Money zero = Money.zero(limit.currency());
    return new CreditCardAccount(id, limit, zero, zero, opened, Optional.of(closed), PaymentHistory.empty());
  }

  /** An open revolving loan with no past due amount. */
  public static RevolvingLoanAccount revolving(String id, Money limit, Money balance, LocalDate opened) {
    return new RevolvingLoanAccount(id, limit, balance, Money.zero(limit.currency()), opened, Optional.empty(),
        PaymentHistory.empty());
  }

  /** An open personal instalment loan with no past due amount. */
  public static InstalmentLoanAccount loan(String id, Money original, Money balance, Money instalment,
      LocalDate opened, PaymentHistory history) {
    return new InstalmentLoanAccount(id, LoanKind.PERSONAL, original, balance, instalment, 36,
        Money.zero(original.currency()), opened, Optional.empty(), history);
  }

  /** A bill for {@code period}, due on the 20th of that month, paid on {@code paidOn} if given. */
  public static UtilityBill bill(BillKind kind, YearMonth period, LocalDate paidOn) {
    return new UtilityBill(kind, "provider", period, hkd("300.00"), period.atDay(20), Optional.ofNullable(paidOn));
  }

  /** Rent for {@code period}, due on the 1st, paid on {@code paidOn} if given. */
  public static RentPayment rent(YearMonth period, LocalDate paidOn) {
    return new RentPayment(period, hkd("12000.00"), period.atDay(1), Optional.ofNullable(paidOn));
  }

  /** A Hong Kong tax record. */
  public static TaxRecord tax(int year, Money income, LocalDate assessedOn, boolean filedOnTime, boolean paidOnTime) {
    return new TaxRecord(Jurisdiction.HK, year, income, Money.zero(income.currency()), assessedOn, filedOnTime,
        paidOnTime);
  }

  /** An MPF month with the given employee and employer mandatory contributions (HKD) and no voluntary ones. */
  public static MpfContribution mpf(YearMonth month, String employee, String employer) {
    return new MpfContribution(month, hkd("0.00"), hkd(employee), hkd(employer), hkd("0.00"), hkd("0.00"));
  }

  /** A Shenzhen pension contribution month with the given base. */
  public static SocialInsuranceContribution social(YearMonth month, Money base) {
    return new SocialInsuranceContribution("Shenzhen", month, base, Set.of(InsuranceScheme.PENSION));
  }
}
