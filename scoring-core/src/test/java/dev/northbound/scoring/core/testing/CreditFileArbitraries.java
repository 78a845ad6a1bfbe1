package dev.northbound.scoring.core.testing;

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
import dev.northbound.scoring.core.document.CreditFileWriter;
import dev.northbound.scoring.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Random credit files that keep every rule of the document format, for property tests and fuzzing:
 * dates never after the report or application date, histories strictly increasing within the
 * account's life, amounts with at most two decimals, strings with quotes, backslashes and Chinese
 * characters. Reusable by other tests: {@link #creditFiles()} for jqwik, {@link #creditFile(Random)}
 * for seeded loops, {@link #documents()} for canonical document bytes.
 */
public final class CreditFileArbitraries {

  private static final Currency[] CURRENCIES = {Money.HKD, Money.HKD, Money.CNY, Currency.getInstance("USD")};
  private static final String[] WORDS = {"Shenzhen", "Qianhai", "CLP Power", "中华电力", "港灯", "深圳",
      "A \"quoted\" name", "back\\slash", "tab\there", "HKT", "ref-01", "Zhuhai 珠海"};

  private CreditFileArbitraries() {}

  /** Credit files keeping the format's rules, without provenance. */
  public static Arbitrary<CreditFile> creditFiles() {
    return Arbitraries.randomValue(CreditFileArbitraries::creditFile);
  }

  /** Canonical documents of {@link #creditFiles()}, each under the id {@code "doc-<n>"}. */
  public static Arbitrary<byte[]> documents() {
    return Arbitraries.randomValue(r -> CreditFileWriter.standard().write(creditFile(r), "doc-" + r.nextInt(1000)));
  }

  /** One credit file drawn from {@code random}. */
  public static CreditFile creditFile(Random random) {
    Gen g = new Gen(random);
    LocalDate applicationDate = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(3650));
    Application application = new Application(g.word(), g.pick(ProductType.values()),
        g.money(Money.HKD, 1, 2_000_000_00L), 1 + random.nextInt(480), g.rate(),
        g.money(g.currency(), 0, 20_000_000L), g.money(g.currency(), 0, 5_000_000L), g.word(),
        g.pick(AgeBand.values()), applicationDate);
    Optional<HkCreditReport> report = random.nextInt(4) == 0 ? Optional.empty()
        : Optional.of(report(g, applicationDate.minusDays(random.nextInt(31))));
    return new CreditFile(application, report, alternative(g, applicationDate), List.of());
  }

  private static HkCreditReport report(Gen g, LocalDate reportDate) {
    List<Account> accounts = g.list(6, () -> account(g, reportDate));
    List<Enquiry> enquiries = g.list(5, () -> new Enquiry(g.dateBefore(reportDate, 730),
        g.pick(EnquiryPurpose.values()), g.random.nextBoolean()));
    List<PublicRecord> records = g.list(2, () -> {
      LocalDate filed = g.dateBefore(reportDate, 3000);
      return new PublicRecord(g.pick(PublicRecordType.values()), filed, g.maybeBetween(filed, reportDate));
    });
    List<DefaultRecord> defaults = g.list(2, () -> {
      LocalDate date = g.dateBefore(reportDate, 3000);
      return new DefaultRecord(g.money(g.currency(), 1, 50_000_000L), date, g.maybeBetween(date, reportDate));
    });
    return new HkCreditReport("subj-" + Integer.toHexString(g.random.nextInt(1 << 24)), g.word(), reportDate,
        accounts, enquiries, records, defaults);
  }

  private static Account account(Gen g, LocalDate reportDate) {
    LocalDate opened = g.dateBefore(reportDate, 4000);
    Optional<LocalDate> closed = g.maybeBetween(opened, reportDate);
    PaymentHistory history = history(g, YearMonth.from(opened), YearMonth.from(reportDate));
    Currency c = g.currency();
    String id = g.word();
    switch (g.random.nextInt(3)) {
      case 0:
        return new CreditCardAccount(id, g.money(c, 0, 50_000_000L), g.money(c, 0, 50_000_000L),
            g.money(c, 0, 1_000_000L), opened, closed, history);
      case 1:
        return new RevolvingLoanAccount(id, g.money(c, 0, 50_000_000L), g.money(c, 0, 50_000_000L),
            g.money(c, 0, 1_000_000L), opened, closed, history);
      default:
        return new InstalmentLoanAccount(id, g.pick(LoanKind.values()), g.money(c, 1, 900_000_000L),
            g.money(c, 0, 900_000_000L), g.money(c, 0, 5_000_000L), 1 + g.random.nextInt(480),
            g.money(c, 0, 1_000_000L), opened, closed, history);
    }
  }

  private static PaymentHistory history(Gen g, YearMonth from, YearMonth to) {
    List<MonthlyStatus> months = new ArrayList<>();
    YearMonth m = from.plusMonths(g.random.nextInt(3));
    int n = g.random.nextInt(PaymentHistory.MAX_MONTHS + 1);
    while (months.size() < n && !m.isAfter(to)) {
      months.add(new MonthlyStatus(m, g.pick(PaymentStatus.values())));
      m = m.plusMonths(1 + (g.random.nextInt(5) == 0 ? 1 : 0));
    }
    return new PaymentHistory(months);
  }

  private static AlternativeData alternative(Gen g, LocalDate applicationDate) {
    YearMonth last = YearMonth.from(applicationDate);
    List<UtilityBill> bills = g.list(6, () -> new UtilityBill(g.pick(BillKind.values()), g.word(),
        last.minusMonths(g.random.nextInt(36)), g.money(g.currency(), 0, 500_000L),
        g.dateBefore(applicationDate.plusDays(40), 1000), Optional.ofNullable(g.random.nextBoolean()
            ? g.dateBefore(applicationDate, 1000) : null)));
    List<RentPayment> rent = g.list(4, () -> new RentPayment(last.minusMonths(g.random.nextInt(24)),
        g.money(g.currency(), 1, 5_000_000L), g.dateBefore(applicationDate, 700),
        Optional.ofNullable(g.random.nextBoolean() ? g.dateBefore(applicationDate, 700) : null)));
    List<TaxRecord> tax = g.list(3, () -> {
      Currency c = g.currency();
      return new TaxRecord(g.pick(Jurisdiction.values()), 2010 + g.random.nextInt(15),
          g.money(c, 0, 500_000_000L), g.money(c, 0, 100_000_000L), g.dateBefore(applicationDate, 2000),
          g.random.nextBoolean(), g.random.nextBoolean());
    });
    List<MpfContribution> mpf = g.list(4, () -> new MpfContribution(last.minusMonths(g.random.nextInt(60)),
        g.money(Money.HKD, 0, 6_000_000L), g.money(Money.HKD, 0, 150_000L), g.money(Money.HKD, 0, 150_000L),
        g.money(Money.HKD, 0, 100_000L), g.money(Money.HKD, 0, 100_000L)));
    List<SocialInsuranceContribution> social = g.list(4, () -> {
      Set<InsuranceScheme> schemes = EnumSet.noneOf(InsuranceScheme.class);
      schemes.add(g.pick(InsuranceScheme.values()));
      schemes.add(g.pick(InsuranceScheme.values()));
      return new SocialInsuranceContribution(g.word(), last.minusMonths(g.random.nextInt(60)),
          g.money(Money.CNY, 1, 10_000_000L), schemes);
    });
    return new AlternativeData(bills, rent, tax, mpf, social);
  }

  /** Small drawing helpers over one {@link Random}. */
  private static final class Gen {
    final Random random;

    Gen(Random random) {
      this.random = random;
    }

    <T> T pick(T[] values) {
      return values[random.nextInt(values.length)];
    }

    String word() {
      return pick(WORDS) + (random.nextBoolean() ? "" : " " + random.nextInt(100_000));
    }

    Currency currency() {
      return pick(CURRENCIES);
    }

    /** An amount of {@code minCents..maxCents} cents, written with 0, 1 or 2 decimals. */
    Money money(Currency currency, long minCents, long maxCents) {
      long cents = minCents + (long) (random.nextDouble() * (maxCents - minCents));
      int scale = random.nextInt(3);
      BigDecimal amount = BigDecimal.valueOf(cents, 2);
      BigDecimal scaled = amount.setScale(scale, RoundingMode.DOWN);
      if (scaled.signum() == 0 && minCents > 0) {
        scaled = amount;
      }
      return Money.of(scaled, currency);
    }

    BigDecimal rate() {
      int scale = random.nextInt(3);
      return BigDecimal.valueOf(random.nextInt(100 * (int) Math.pow(10, scale) + 1), scale);
    }

    LocalDate dateBefore(LocalDate latest, int maxDaysBack) {
      return latest.minusDays(random.nextInt(maxDaysBack + 1));
    }

    Optional<LocalDate> maybeBetween(LocalDate from, LocalDate to) {
      if (random.nextBoolean()) {
        return Optional.empty();
      }
      long days = ChronoUnit.DAYS.between(from, to);
      return Optional.of(from.plusDays((long) (random.nextDouble() * (days + 1))));
    }

    <T> List<T> list(int max, Supplier<T> element) {
      int n = random.nextInt(max + 1);
      List<T> items = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        items.add(element.get());
      }
      return items;
    }
  }
}
