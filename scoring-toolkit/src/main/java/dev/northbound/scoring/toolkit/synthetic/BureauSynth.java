package dev.northbound.scoring.toolkit.synthetic;

import dev.northbound.scoring.core.credit.Account;
import dev.northbound.scoring.core.credit.DefaultRecord;
import dev.northbound.scoring.core.credit.Enquiry;
import dev.northbound.scoring.core.credit.EnquiryPurpose;
import dev.northbound.scoring.core.credit.HkCreditReport;
import dev.northbound.scoring.core.credit.PublicRecord;
import dev.northbound.scoring.core.credit.PublicRecordType;
import dev.northbound.scoring.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Generates the Hong Kong bureau report: drawn 0 to 30 days before the application, with one
 * history window of 24 to 60 months for all its tradelines, enquiries over the last two years and,
 * for the least willing, public records.
 */
final class BureauSynth {
  private BureauSynth() {}

  private static final EnquiryPurpose[] PURPOSES = EnquiryPurpose.values();
  // CREDIT_CARD, PERSONAL_LOAN, MORTGAGE, ACCOUNT_REVIEW, OTHER
  private static final double[] PURPOSE_WEIGHTS = {0.45, 0.35, 0.05, 0.10, 0.05};

  /** The report, or empty for applicants without one (every recent graduate, some traders). */
  static Optional<HkCreditReport> report(Draw d) {
    SplittableRandom r = d.r;
    SegmentProfile p = d.p;
    if (!Rand.chance(r, p.bureauProb)) {
      return Optional.empty();
    }
    LocalDate reportDate = d.appDate.minusDays(Rand.between(r, 0, 30));
    int historyMonths = Rand.between(r, 24, 60);
    List<Account> accounts = new ArrayList<>(12);
    List<DefaultRecord> defaults = new ArrayList<>(2);
    add(d, accounts, defaults, TradelineSynth.Kind.CARD, Rand.between(r, p.cardsMin, p.cardsMax), reportDate,
        historyMonths);
    add(d, accounts, defaults, TradelineSynth.Kind.REVOLVING, Rand.between(r, p.revolvingMin, p.revolvingMax),
        reportDate, historyMonths);
    add(d, accounts, defaults, TradelineSynth.Kind.INSTALMENT,
        Rand.between(r, p.instalmentMin, p.instalmentMax), reportDate, historyMonths);
    List<PublicRecord> records = publicRecords(d, reportDate, defaults);
    String subject = "syn-" + Long.toHexString(r.nextLong());
    return Optional.of(new HkCreditReport(subject, "TransUnion HK", reportDate, accounts,
        enquiries(d, reportDate), records, defaults));
  }

  private static void add(Draw d, List<Account> accounts, List<DefaultRecord> defaults, TradelineSynth.Kind kind,
      int count, LocalDate reportDate, int historyMonths) {
    for (int i = 1; i <= count; i++) {
      TradelineSynth.account(d, kind, i, reportDate, historyMonths, defaults).ifPresent(accounts::add);
    }
  }

  /**
   * Enquiries in the 730 days up to the report date, oldest first: Poisson with mean
   * {@code enquiryRate * exp(-0.4 w)}; account reviews are soft, the rest hard.
   */
  private static List<Enquiry> enquiries(Draw d, LocalDate reportDate) {
    SplittableRandom r = d.r;
    int n = Math.min(40, Rand.poisson(r, d.p.enquiryRate * Math.exp(-0.4 * d.willingness)));
    if (n == 0) {
      return List.of();
    }
    int[] daysBack = new int[n];
    for (int i = 0; i < n; i++) {
      daysBack[i] = r.nextInt(730);
    }
    Arrays.sort(daysBack);
    List<Enquiry> out = new ArrayList<>(n);
    for (int i = n - 1; i >= 0; i--) {
      EnquiryPurpose purpose = PURPOSES[Rand.pick(r, PURPOSE_WEIGHTS)];
      out.add(new Enquiry(reportDate.minusDays(daysBack[i]), purpose, purpose != EnquiryPurpose.ACCOUNT_REVIEW));
    }
    return out;
  }

  /**
   * A judgment with probability {@code sigmoid(-6 - 2 w)} and a bankruptcy or IVA with probability
   * {@code sigmoid(-8 - 2.2 w)}, filed in the 59 months before the report; each leaves a default record.
   */
  private static List<PublicRecord> publicRecords(Draw d, LocalDate reportDate, List<DefaultRecord> defaults) {
    SplittableRandom r = d.r;
    List<PublicRecord> out = new ArrayList<>(0);
    if (Rand.chance(r, Rand.sigmoid(-6.0 - 2.0 * d.willingness))) {
      out.add(record(d, PublicRecordType.JUDGMENT, reportDate, Rand.between(r, 30, 720), defaults));
    }
    if (Rand.chance(r, Rand.sigmoid(-8.0 - 2.2 * d.willingness))) {
      boolean iva = Rand.chance(r, 0.4);
      out.add(record(d, iva ? PublicRecordType.IVA : PublicRecordType.BANKRUPTCY, reportDate,
          iva ? Rand.between(r, 3 * 365, 5 * 365) : 4 * 365, defaults));
    }
    return out;
  }

  private static PublicRecord record(Draw d, PublicRecordType type, LocalDate reportDate, int daysToDischarge,
      List<DefaultRecord> defaults) {
    SplittableRandom r = d.r;
    LocalDate filed = reportDate.minusDays(Rand.between(r, 30, 59 * 30));
    LocalDate discharge = filed.plusDays(daysToDischarge);
    boolean discharged = !discharge.isAfter(reportDate) && (type != PublicRecordType.JUDGMENT || Rand.chance(r, 0.5));
    LocalDate defaultDate = filed.minusDays(Rand.between(r, 30, 180));
    double amount = d.incomeHkd * Rand.uniform(r, 1.0, 6.0);
    defaults.add(new DefaultRecord(SyntheticMoney.positive(amount, Money.HKD), defaultDate,
        discharged ? Optional.of(discharge) : Optional.empty()));
    return new PublicRecord(type, filed, discharged ? Optional.of(discharge) : Optional.empty());
  }
}
