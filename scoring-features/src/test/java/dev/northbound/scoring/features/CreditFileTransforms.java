package dev.northbound.scoring.features;

import dev.northbound.scoring.core.credit.Account;
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
import dev.northbound.scoring.core.credit.MonthlyStatus;
import dev.northbound.scoring.core.credit.MpfContribution;
import dev.northbound.scoring.core.credit.PaymentHistory;
import dev.northbound.scoring.core.credit.PaymentStatus;
import dev.northbound.scoring.core.credit.PublicRecord;
import dev.northbound.scoring.core.credit.PublicRecordType;
import dev.northbound.scoring.core.credit.RentPayment;
import dev.northbound.scoring.core.credit.RevolvingLoanAccount;
import dev.northbound.scoring.core.credit.SocialInsuranceContribution;
import dev.northbound.scoring.core.credit.TaxRecord;
import dev.northbound.scoring.core.credit.UtilityBill;
import dev.northbound.scoring.core.money.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.UnaryOperator;

/** Derives the files the feature properties compare. */
public final class CreditFileTransforms {

  /** The currency every amount is moved to by {@link #redenominated}. */
  public static final Currency USD = Currency.getInstance("USD");

  private CreditFileTransforms() {}

  /**
   * The file with records dated after {@code asOf} added: an account opened later, history months
   * after the as-of month, an enquiry, public record and default, bills and rent of later periods or
   * due later, a later tax assessment and later MPF and social-insurance months.
   */
  public static CreditFile withFuture(CreditFile f, LocalDate asOf) {
    LocalDate later = asOf.plusDays(1);
    YearMonth next = YearMonth.from(asOf).plusMonths(1);
    Optional<HkCreditReport> report = f.bureauReport().map(r -> {
      List<Account> accounts = new ArrayList<>();
      for (Account a : r.accounts()) {
        accounts.add(withFutureMonth(a, next));
      }
      accounts.add(new CreditCardAccount("future", Money.of("900.00", Money.HKD), Money.of("800.00", Money.HKD),
          Money.of("100.00", Money.HKD), later, Optional.empty(),
          new PaymentHistory(List.of(new MonthlyStatus(next, PaymentStatus.DPD_90)))));
      return new HkCreditReport(r.subjectRef(), r.bureau(), r.reportDate(), accounts,
          plus(r.enquiries(), new Enquiry(later, EnquiryPurpose.PERSONAL_LOAN, true)),
          plus(r.publicRecords(), new PublicRecord(PublicRecordType.BANKRUPTCY, later, Optional.empty())),
          plus(r.defaults(), new DefaultRecord(Money.of("10.00", Money.HKD), later, Optional.empty())));
    });
    AlternativeData a = f.alternativeData();
    YearMonth now = YearMonth.from(asOf);
    AlternativeData alt = new AlternativeData(
        plus(plus(a.bills(), new UtilityBill(BillKind.MOBILE, "p", next, Money.of("1.00", Money.HKD), later,
            Optional.empty())), new UtilityBill(BillKind.WATER, "p", now, Money.of("1.00", Money.HKD), later,
            Optional.of(later.plusDays(30)))),
        plus(a.rent(), new RentPayment(next, Money.of("1.00", Money.HKD), next.atDay(1), Optional.empty())),
        plus(a.taxRecords(), new TaxRecord(dev.northbound.scoring.core.credit.Jurisdiction.HK, asOf.getYear(),
            Money.of("9999999.00", Money.HKD), Money.of("1.00", Money.HKD), later, false, false)),
        plus(a.mpf(), new MpfContribution(next, Money.of("1.00", Money.HKD), Money.of("1500.00", Money.HKD),
            Money.of("1500.00", Money.HKD), Money.zero(Money.HKD), Money.zero(Money.HKD))),
        plus(a.socialInsurance(), new SocialInsuranceContribution("Shenzhen", next, Money.of("99999.00", Money.CNY),
            java.util.Set.of(dev.northbound.scoring.core.credit.InsuranceScheme.PENSION))));
    return new CreditFile(f.application(), report, alt, f.documents());
  }

  private static Account withFutureMonth(Account a, YearMonth next) {
    List<MonthlyStatus> months = new ArrayList<>(a.history().months());
    if (months.size() >= PaymentHistory.MAX_MONTHS) {
      return a;
    }
    YearMonth at = months.isEmpty() || months.get(months.size() - 1).month().isBefore(next)
        ? next : months.get(months.size() - 1).month().plusMonths(1);
    months.add(new MonthlyStatus(at, PaymentStatus.CHARGED_OFF));
    return map(a, UnaryOperator.identity(), new PaymentHistory(months));
  }

  /** The file with every list shuffled by a seeded random. */
  public static CreditFile shuffled(CreditFile f, long seed) {
    Random rnd = new Random(seed);
    Optional<HkCreditReport> report = f.bureauReport().map(r -> new HkCreditReport(r.subjectRef(), r.bureau(),
        r.reportDate(), shuffle(r.accounts(), rnd), shuffle(r.enquiries(), rnd), shuffle(r.publicRecords(), rnd),
        shuffle(r.defaults(), rnd)));
    AlternativeData a = f.alternativeData();
    return new CreditFile(f.application(), report, new AlternativeData(shuffle(a.bills(), rnd),
        shuffle(a.rent(), rnd), shuffle(a.taxRecords(), rnd), shuffle(a.mpf(), rnd),
        shuffle(a.socialInsurance(), rnd)), f.documents());
  }

  /**
   * The file with every amount moved to USD: HKD amounts doubled, CNY amounts quadrupled. With
   * HKD 1 = CNY 0.5 before and USD 1 = CNY 0.25 after, every amount is worth the same in CNY, and all
   * factors are powers of two, so the conversions are exact in binary.
   */
  public static CreditFile redenominated(CreditFile f) {
    UnaryOperator<Money> m = CreditFileTransforms::toUsd;
    Application p = f.application();
    Application app = new Application(p.applicationId(), p.product(), m.apply(p.amount()), p.termMonths(),
        p.annualRatePercent(), m.apply(p.declaredMonthlyIncome()), m.apply(p.declaredMonthlyObligations()),
        p.cityOfResidence(), p.ageBand(), p.applicationDate());
    Optional<HkCreditReport> report = f.bureauReport().map(r -> {
      List<Account> accounts = new ArrayList<>();
      for (Account a : r.accounts()) {
        accounts.add(map(a, m, a.history()));
      }
      List<DefaultRecord> defaults = new ArrayList<>();
      for (DefaultRecord d : r.defaults()) {
        defaults.add(new DefaultRecord(m.apply(d.amount()), d.defaultDate(), d.settledOn()));
      }
      return new HkCreditReport(r.subjectRef(), r.bureau(), r.reportDate(), accounts, r.enquiries(),
          r.publicRecords(), defaults);
    });
    AlternativeData a = f.alternativeData();
    List<UtilityBill> bills = new ArrayList<>();
    for (UtilityBill b : a.bills()) {
      bills.add(new UtilityBill(b.kind(), b.provider(), b.period(), m.apply(b.amount()), b.dueDate(), b.paidOn()));
    }
    List<RentPayment> rent = new ArrayList<>();
    for (RentPayment r : a.rent()) {
      rent.add(new RentPayment(r.period(), m.apply(r.amount()), r.dueDate(), r.paidOn()));
    }
    List<TaxRecord> taxes = new ArrayList<>();
    for (TaxRecord t : a.taxRecords()) {
      taxes.add(new TaxRecord(t.jurisdiction(), t.yearOfAssessment(), m.apply(t.assessedIncome()),
          m.apply(t.taxCharged()), t.assessedOn(), t.filedOnTime(), t.paidOnTime()));
    }
    List<MpfContribution> mpf = new ArrayList<>();
    for (MpfContribution c : a.mpf()) {
      mpf.add(new MpfContribution(c.month(), m.apply(c.relevantIncome()), m.apply(c.employeeMandatory()),
          m.apply(c.employerMandatory()), m.apply(c.employeeVoluntary()), m.apply(c.employerVoluntary())));
    }
    List<SocialInsuranceContribution> social = new ArrayList<>();
    for (SocialInsuranceContribution s : a.socialInsurance()) {
      social.add(new SocialInsuranceContribution(s.city(), s.month(), m.apply(s.contributionBase()), s.schemes()));
    }
    return new CreditFile(app, report, new AlternativeData(bills, rent, taxes, mpf, social), f.documents());
  }

  /**
   * The file with about one history month in four dropped from every account (chosen by {@code seed}),
   * so the histories have gaps: still strictly increasing, no longer consecutive.
   */
  public static CreditFile withHistoryGaps(CreditFile f, long seed) {
    Random rnd = new Random(seed);
    Optional<HkCreditReport> report = f.bureauReport().map(r -> {
      List<Account> accounts = new ArrayList<>();
      for (Account a : r.accounts()) {
        List<MonthlyStatus> kept = new ArrayList<>();
        for (MonthlyStatus m : a.history().months()) {
          if (rnd.nextInt(4) != 0) {
            kept.add(m);
          }
        }
        accounts.add(map(a, UnaryOperator.identity(), new PaymentHistory(kept)));
      }
      return new HkCreditReport(r.subjectRef(), r.bureau(), r.reportDate(), accounts, r.enquiries(),
          r.publicRecords(), r.defaults());
    });
    return new CreditFile(f.application(), report, f.alternativeData(), f.documents());
  }

  private static Money toUsd(Money money) {
    int factor = money.currency().equals(Money.HKD) ? 2 : 4;
    return Money.of(money.amount().multiply(java.math.BigDecimal.valueOf(factor)), USD);
  }

  private static Account map(Account a, UnaryOperator<Money> m, PaymentHistory h) {
    if (a instanceof CreditCardAccount c) {
      return new CreditCardAccount(c.accountId(), m.apply(c.creditLimit()), m.apply(c.balance()), m.apply(c.pastDue()),
          c.openedOn(), c.closedOn(), h);
    }
    if (a instanceof RevolvingLoanAccount r) {
      return new RevolvingLoanAccount(r.accountId(), m.apply(r.creditLimit()), m.apply(r.balance()),
          m.apply(r.pastDue()), r.openedOn(), r.closedOn(), h);
    }
    InstalmentLoanAccount l = (InstalmentLoanAccount) a;
    return new InstalmentLoanAccount(l.accountId(), l.kind(), m.apply(l.originalAmount()), m.apply(l.balance()),
        m.apply(l.monthlyInstalment()), l.termMonths(), m.apply(l.pastDue()), l.openedOn(), l.closedOn(), h);
  }

  private static <T> List<T> plus(List<T> list, T extra) {
    List<T> out = new ArrayList<>(list);
    out.add(extra);
    return out;
  }

  private static <T> List<T> shuffle(List<T> list, Random rnd) {
    List<T> out = new ArrayList<>(list);
    Collections.shuffle(out, rnd);
    return out;
  }
}
