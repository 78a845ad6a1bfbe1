package dev.northbound.scoring.benchmarks;

import dev.northbound.scoring.core.credit.Account;
import dev.northbound.scoring.core.credit.AgeBand;
import dev.northbound.scoring.core.credit.AlternativeData;
import dev.northbound.scoring.core.credit.Application;
import dev.northbound.scoring.core.credit.BillKind;
import dev.northbound.scoring.core.credit.CreditCardAccount;
import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.credit.Enquiry;
import dev.northbound.scoring.core.credit.EnquiryPurpose;
import dev.northbound.scoring.core.credit.HkCreditReport;
import dev.northbound.scoring.core.credit.InstalmentLoanAccount;
import dev.northbound.scoring.core.credit.Jurisdiction;
import dev.northbound.scoring.core.credit.LoanKind;
import dev.northbound.scoring.core.credit.MonthlyStatus;
import dev.northbound.scoring.core.credit.MpfContribution;
import dev.northbound.scoring.core.credit.PaymentHistory;
import dev.northbound.scoring.core.credit.PaymentStatus;
import dev.northbound.scoring.core.credit.ProductType;
import dev.northbound.scoring.core.credit.RentPayment;
import dev.northbound.scoring.core.credit.RevolvingLoanAccount;
import dev.northbound.scoring.core.credit.TaxRecord;
import dev.northbound.scoring.core.credit.UtilityBill;
import dev.northbound.scoring.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Seeded synthetic credit files of the pipeline benchmark's shape: a Hong Kong bureau report with 10
 * accounts (cards, revolving loans, instalment loans; two of them closed), each with 24 months of
 * history ending at the report date (mostly current, some arrears), 6 enquiries; and alternative data
 * over the same 24 months (utility and mobile bills, rent, MPF contributions) with two tax records.
 * No personal data: every reference is synthetic.
 */
final class CreditFiles {

  /** The as-of date of every file. */
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

  static final int ACCOUNTS = 10;
  static final int MONTHS = 24;

  private final SplittableRandom rnd;

  private CreditFiles(long seed) {
    this.rnd = new SplittableRandom(seed);
  }

  /** One file from {@code seed}. */
  static CreditFile generate(long seed) {
    return new CreditFiles(seed).file();
  }

  private CreditFile file() {
    List<Account> accounts = new ArrayList<>();
    for (int i = 0; i < ACCOUNTS; i++) {
      accounts.add(account(i));
    }
    List<Enquiry> enquiries = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      enquiries.add(new Enquiry(AS_OF.minusDays(20 + rnd.nextInt(700)), EnquiryPurpose.values()[rnd.nextInt(3)],
          rnd.nextBoolean()));
    }
    HkCreditReport report = new HkCreditReport("BENCH-SUBJECT", "TransUnion HK", AS_OF.minusDays(2), accounts,
        enquiries, List.of(), List.of());
    return new CreditFile(application(), Optional.of(report), alternativeData(), List.of());
  }

  private Application application() {
    return new Application("BENCH-APP", ProductType.PERSONAL_LOAN, Money.of("120000", Money.CNY), 24,
        new BigDecimal("9.5"), cents(Money.CNY, 25_000, 45_000), cents(Money.CNY, 1_000, 5_000), "Shenzhen",
        AgeBand.AGE_35_44, AS_OF);
  }

  private Account account(int i) {
    Currency hkd = Money.HKD;
    LocalDate opened = AS_OF.minusMonths(30 + rnd.nextInt(90)).withDayOfMonth(1 + rnd.nextInt(28));
    Optional<LocalDate> closed = i >= ACCOUNTS - 2 ? Optional.of(AS_OF.minusMonths(1 + rnd.nextInt(6))) : Optional.empty();
    PaymentHistory history = history();
    switch (i % 3) {
      case 0:
        return new CreditCardAccount("CC-" + i, Money.of("80000", hkd), cents(hkd, 0, 40_000), Money.zero(hkd),
            opened, closed, history);
      case 1:
        return new RevolvingLoanAccount("RL-" + i, Money.of("50000", hkd), cents(hkd, 0, 30_000), Money.zero(hkd),
            opened, closed, history);
      default:
        return new InstalmentLoanAccount("IL-" + i, LoanKind.PERSONAL, Money.of("200000", hkd),
            cents(hkd, 10_000, 150_000), cents(hkd, 2_000, 6_000), 60, Money.zero(hkd), opened, closed, history);
    }
  }

  private PaymentHistory history() {
    YearMonth last = YearMonth.from(AS_OF).minusMonths(1);
    List<MonthlyStatus> months = new ArrayList<>(MONTHS);
    for (int m = MONTHS - 1; m >= 0; m--) {
      int roll = rnd.nextInt(100);
      PaymentStatus s = roll < 90 ? PaymentStatus.CURRENT : roll < 97 ? PaymentStatus.DPD_30 : PaymentStatus.DPD_60;
      months.add(new MonthlyStatus(last.minusMonths(m), s));
    }
    return new PaymentHistory(months);
  }

  private AlternativeData alternativeData() {
    List<UtilityBill> bills = new ArrayList<>();
    List<RentPayment> rent = new ArrayList<>();
    List<MpfContribution> mpf = new ArrayList<>();
    YearMonth last = YearMonth.from(AS_OF).minusMonths(1);
    for (int m = MONTHS - 1; m >= 0; m--) {
      YearMonth month = last.minusMonths(m);
      LocalDate due = month.plusMonths(1).atDay(15);
      bills.add(new UtilityBill(BillKind.ELECTRICITY, "CLP Power", month, cents(Money.HKD, 300, 900), due, paid(due)));
      bills.add(new UtilityBill(BillKind.MOBILE, "CSL", month, cents(Money.HKD, 150, 300), due, paid(due)));
      rent.add(new RentPayment(month, Money.of("18000", Money.HKD), month.atDay(1), paid(month.atDay(1))));
      Money income = Money.of("30000", Money.HKD);
      Money part = Money.of("1500", Money.HKD);
      mpf.add(new MpfContribution(month, income, part, part, Money.zero(Money.HKD), Money.zero(Money.HKD)));
    }
    List<TaxRecord> tax = List.of(
        new TaxRecord(Jurisdiction.HK, 2024, Money.of("420000", Money.HKD), Money.of("38000", Money.HKD),
            LocalDate.of(2025, 6, 1), true, true),
        new TaxRecord(Jurisdiction.HK, 2025, Money.of("440000", Money.HKD), Money.of("40000", Money.HKD),
            LocalDate.of(2026, 6, 1), true, rnd.nextBoolean()));
    return new AlternativeData(bills, rent, tax, mpf, List.of());
  }

  /** Paid on or a few days after the due date, never after the as-of date. */
  private Optional<LocalDate> paid(LocalDate due) {
    LocalDate on = due.plusDays(rnd.nextInt(10) < 9 ? -rnd.nextInt(5) : rnd.nextInt(20));
    return on.isAfter(AS_OF) ? Optional.empty() : Optional.of(on);
  }

  private Money cents(Currency currency, int minWhole, int maxWhole) {
    long c = (minWhole + rnd.nextInt(maxWhole - minWhole + 1)) * 100L + rnd.nextInt(100);
    return Money.of(BigDecimal.valueOf(c, 2), currency);
  }
}
