package dev.northbound.scoring.core.document;

import dev.northbound.scoring.core.credit.BillKind;
import dev.northbound.scoring.core.credit.InsuranceScheme;
import dev.northbound.scoring.core.credit.MonthlyStatus;
import dev.northbound.scoring.core.credit.MpfContribution;
import dev.northbound.scoring.core.credit.PaymentHistory;
import dev.northbound.scoring.core.credit.PaymentStatus;
import dev.northbound.scoring.core.credit.SocialInsuranceContribution;
import dev.northbound.scoring.core.credit.UtilityBill;
import dev.northbound.scoring.core.money.Money;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Building blocks for the example credit files: histories, monthly bills, MPF and social insurance. */
final class ExampleParts {

  private ExampleParts() {}

  static Money hkd(String amount) {
    return Money.of(amount, Money.HKD);
  }

  static Money cny(String amount) {
    return Money.of(amount, Money.CNY);
  }

  /** Every month from {@code from} to {@code to} inclusive CURRENT, except the given months. */
  static PaymentHistory history(String from, String to, Map<String, PaymentStatus> exceptions) {
    List<MonthlyStatus> months = new ArrayList<>();
    for (YearMonth m = YearMonth.parse(from); !m.isAfter(YearMonth.parse(to)); m = m.plusMonths(1)) {
      months.add(new MonthlyStatus(m, exceptions.getOrDefault(m.toString(), PaymentStatus.CURRENT)));
    }
    return new PaymentHistory(months);
  }

  static PaymentHistory clean(String from, String to) {
    return history(from, to, Map.of());
  }

  /**
   * One bill a month from {@code from} to {@code to}, due on the given day of the next month and
   * paid {@code paidDaysEarly} days before it; amounts cycle through {@code amounts}.
   */
  static List<UtilityBill> bills(BillKind kind, String provider, String from, String to, int dueDay,
      int paidDaysEarly, Currency currency, String... amounts) {
    List<UtilityBill> bills = new ArrayList<>();
    int i = 0;
    for (YearMonth m = YearMonth.parse(from); !m.isAfter(YearMonth.parse(to)); m = m.plusMonths(1)) {
      var due = m.plusMonths(1).atDay(dueDay);
      bills.add(new UtilityBill(kind, provider, m, Money.of(amounts[i++ % amounts.length], currency), due,
          Optional.of(due.minusDays(paidDaysEarly))));
    }
    return bills;
  }

  /** Monthly MPF contributions on a relevant income, mandatory 5% each side capped at HK$1,500. */
  static List<MpfContribution> mpf(String from, String to, String relevantIncome, String employeeVoluntary) {
    BigDecimal income = new BigDecimal(relevantIncome);
    BigDecimal mandatory = income.multiply(new BigDecimal("0.05")).min(new BigDecimal("1500.00"))
        .setScale(2, java.math.RoundingMode.HALF_EVEN);
    List<MpfContribution> mpf = new ArrayList<>();
    for (YearMonth m = YearMonth.parse(from); !m.isAfter(YearMonth.parse(to)); m = m.plusMonths(1)) {
      mpf.add(new MpfContribution(m, hkd(relevantIncome), Money.of(mandatory, Money.HKD),
          Money.of(mandatory, Money.HKD), hkd(employeeVoluntary), hkd("0.00")));
    }
    return mpf;
  }

  /** Monthly Shenzhen-style contributions to pension, medical, unemployment and housing fund. */
  static List<SocialInsuranceContribution> social(String city, String from, String to, String base) {
    List<SocialInsuranceContribution> months = new ArrayList<>();
    for (YearMonth m = YearMonth.parse(from); !m.isAfter(YearMonth.parse(to)); m = m.plusMonths(1)) {
      months.add(new SocialInsuranceContribution(city, m, cny(base), EnumSet.of(InsuranceScheme.PENSION,
          InsuranceScheme.MEDICAL, InsuranceScheme.UNEMPLOYMENT, InsuranceScheme.WORK_INJURY,
          InsuranceScheme.HOUSING_FUND)));
    }
    return months;
  }

  @SafeVarargs
  static <T> List<T> concat(List<T>... lists) {
    List<T> all = new ArrayList<>();
    for (List<T> l : lists) {
      all.addAll(l);
    }
    return all;
  }
}
