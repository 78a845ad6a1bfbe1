package dev.northbound.scoring.features;

import dev.northbound.scoring.core.credit.Account;
import dev.northbound.scoring.core.credit.AgeBand;
import dev.northbound.scoring.core.credit.AlternativeData;
import dev.northbound.scoring.core.credit.Application;
import dev.northbound.scoring.core.credit.BillKind;
import dev.northbound.scoring.core.credit.CreditCardAccount;
import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.credit.DefaultRecord;
import dev.northbound.scoring.core.credit.Enquiry;
import dev.northbound.scoring.core.credit.EnquiryPurpose;
import dev.northbound.scoring.core.credit.HkCreditReport;
import dev.northbound.scoring.core.credit.InstalmentLoanAccount;
import dev.northbound.scoring.core.credit.InsuranceScheme;
import dev.northbound.scoring.core.credit.Jurisdiction;
import dev.northbound.scoring.core.credit.LoanKind;
import dev.northbound.scoring.core.credit.MonthlyStatus;
import dev.northbound.scoring.core.credit.MpfContribution;
import dev.northbound.scoring.core.credit.PaymentHistory;
import dev.northbound.scoring.core.credit.PaymentStatus;
import dev.northbound.scoring.core.credit.ProductType;
import dev.northbound.scoring.core.credit.PublicRecord;
import dev.northbound.scoring.core.credit.PublicRecordType;
import dev.northbound.scoring.core.credit.RentPayment;
import dev.northbound.scoring.core.credit.RevolvingLoanAccount;
import dev.northbound.scoring.core.credit.SocialInsuranceContribution;
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
import java.util.Random;
import java.util.Set;

/**
 * Random but valid credit files for property tests, from a seeded {@link Random}: bureau files (or
 * none) with every account type and random histories, and alternative data of every kind, in HKD
 * and CNY, with dates on both sides of the as-of date. {@link CreditFileTransforms} derives the
 * files the properties compare (future records added, lists shuffled, amounts redenominated).
 */
public final class RandomCreditFiles {

  private static final PaymentStatus[] STATUSES = PaymentStatus.values();
  private final Random rnd;
  private final LocalDate asOf;

  private RandomCreditFiles(Random rnd, LocalDate asOf) {
    this.rnd = rnd;
    this.asOf = asOf;
  }

  /** A random file around {@code asOf}; records may be dated after it. */
  public static CreditFile generate(long seed, LocalDate asOf) {
    return new RandomCreditFiles(new Random(seed), asOf).file();
  }

  private CreditFile file() {
    Optional<HkCreditReport> report = rnd.nextInt(5) == 0 ? Optional.empty() : Optional.of(report());
    AlternativeData alt = new AlternativeData(list(12, this::bill), list(8, this::rent), list(4, this::tax),
        list(24, this::mpf), list(12, this::social));
    return new CreditFile(application(), report, alt, List.of());
  }

  private <T> List<T> list(int max, java.util.function.Supplier<T> next) {
    int n = rnd.nextInt(max + 1);
    List<T> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(next.get());
    }
    return out;
  }

  Money money(Currency currency, int maxWhole) {
    return Money.of(BigDecimal.valueOf(rnd.nextInt(maxWhole) * 100L + rnd.nextInt(100), 2), currency);
  }

  Money positive(Currency currency, int maxWhole) {
    return Money.of(BigDecimal.valueOf(1 + rnd.nextInt(maxWhole) * 100L + rnd.nextInt(100), 2), currency);
  }

  private Currency currency() {
    return rnd.nextInt(3) == 0 ? Money.CNY : Money.HKD;
  }

  /** A date from about 8 years before to 1 year after the as-of date. */
  LocalDate date() {
    return asOf.plusDays(rnd.nextInt(365 * 9) - 365 * 8);
  }

  private YearMonth month() {
    return YearMonth.from(asOf.plusMonths(rnd.nextInt(40) - 34));
  }

  private Application application() {
    ProductType product = ProductType.values()[rnd.nextInt(3)];
    return new Application("app", product, positive(Money.CNY, 500_000), 1 + rnd.nextInt(360),
        BigDecimal.valueOf(rnd.nextInt(3000), 2), money(Money.CNY, 80_000), money(currency(), 20_000),
        "Shenzhen", AgeBand.AGE_25_34, asOf);
  }

  private HkCreditReport report() {
    return new HkCreditReport("subject", "TransUnion HK", asOf, list(6, this::account), list(8, this::enquiry),
        list(2, this::publicRecord), list(2, this::defaultRecord));
  }

  private Account account() {
    Currency c = currency();
    LocalDate opened = date();
    Optional<LocalDate> closed = rnd.nextInt(4) == 0 ? Optional.of(opened.plusDays(rnd.nextInt(2000))) : Optional.empty();
    PaymentHistory history = history(opened);
    switch (rnd.nextInt(3)) {
      case 0:
        return new CreditCardAccount("c" + rnd.nextInt(1000), money(c, 200_000), money(c, 100_000), money(c, 5_000),
            opened, closed, history);
      case 1:
        return new RevolvingLoanAccount("r" + rnd.nextInt(1000), money(c, 200_000), money(c, 100_000),
            money(c, 5_000), opened, closed, history);
      default:
        return new InstalmentLoanAccount("l" + rnd.nextInt(1000), LoanKind.values()[rnd.nextInt(5)],
            positive(c, 1_000_000), money(c, 800_000), money(c, 20_000), 1 + rnd.nextInt(480), money(c, 5_000),
            opened, closed, history);
    }
  }

  private PaymentHistory history(LocalDate opened) {
    int size = rnd.nextInt(40);
    YearMonth first = YearMonth.from(opened);
    List<MonthlyStatus> months = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      int roll = rnd.nextInt(10);
      PaymentStatus s = roll < 6 ? PaymentStatus.CURRENT : STATUSES[rnd.nextInt(STATUSES.length)];
      months.add(new MonthlyStatus(first.plusMonths(i), s));
    }
    return new PaymentHistory(months);
  }

  private Enquiry enquiry() {
    return new Enquiry(date(), EnquiryPurpose.values()[rnd.nextInt(5)], rnd.nextBoolean());
  }

  private PublicRecord publicRecord() {
    return new PublicRecord(PublicRecordType.values()[rnd.nextInt(3)], date(), Optional.empty());
  }

  private DefaultRecord defaultRecord() {
    return new DefaultRecord(positive(currency(), 50_000), date(), Optional.empty());
  }

  private Optional<LocalDate> paid(LocalDate due) {
    return rnd.nextInt(8) == 0 ? Optional.empty() : Optional.of(due.plusDays(rnd.nextInt(40) - 20));
  }

  private UtilityBill bill() {
    YearMonth period = month();
    LocalDate due = period.atDay(1 + rnd.nextInt(28)).plusMonths(rnd.nextInt(2));
    return new UtilityBill(BillKind.values()[rnd.nextInt(5)], "p", period, money(currency(), 2_000), due, paid(due));
  }

  private RentPayment rent() {
    YearMonth period = month();
    LocalDate due = period.atDay(1 + rnd.nextInt(5));
    return new RentPayment(period, positive(currency(), 30_000), due, paid(due));
  }

  private TaxRecord tax() {
    LocalDate assessed = date();
    Currency c = currency();
    return new TaxRecord(Jurisdiction.values()[rnd.nextInt(2)], Math.max(1990, assessed.getYear() - 1),
        money(c, 2_000_000), money(c, 200_000), assessed, rnd.nextBoolean(), rnd.nextBoolean());
  }

  private MpfContribution mpf() {
    return new MpfContribution(month(), money(Money.HKD, 40_000), money(Money.HKD, 1_600), money(Money.HKD, 1_600),
        money(Money.HKD, 500), money(Money.HKD, 500));
  }

  private SocialInsuranceContribution social() {
    return new SocialInsuranceContribution("Shenzhen", month(), positive(Money.CNY, 40_000),
        Set.of(InsuranceScheme.values()[rnd.nextInt(6)]));
  }
}
