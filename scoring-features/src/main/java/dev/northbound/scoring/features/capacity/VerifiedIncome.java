package dev.northbound.scoring.features.capacity;

import dev.northbound.scoring.core.credit.AlternativeData;
import dev.northbound.scoring.core.credit.MpfContribution;
import dev.northbound.scoring.core.credit.SocialInsuranceContribution;
import dev.northbound.scoring.core.credit.TaxRecord;
import dev.northbound.scoring.core.feature.ExtractionContext;
import dev.northbound.scoring.features.FeatureConfig;
import dev.northbound.scoring.features.support.ReportingCents;
import dev.northbound.scoring.features.support.Dates;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Verified income from tax, MPF and social-insurance records, in cents of the reporting currency,
 * as of a date. {@link #NONE} marks "no such record".
 *
 * <p>Each thread has one instance, prepared by {@link #of} for one set of records, context and
 * parameters: a single pass reads every contribution's month once and files the records of the
 * last 64 months by month, so a month's income reads only that month's records, and each month's
 * income is computed once however often the income and debt extractors ask for it. Conversions
 * happen in the order the record-by-record definitions make them, so a missing exchange rate is
 * reported for the same field as it would be without the cache; nothing is remembered from a
 * computation that failed. Not thread-safe; confined to its thread, allocation-free once its arrays
 * have grown to the largest file seen.
 */
final class VerifiedIncome {

  /** No record of the kind asked for. */
  static final long NONE = -1L;

  /** No month: used as a month index. */
  static final int NO_MONTH = Integer.MIN_VALUE;

  /** Months (from the as-of month back) whose records are filed by month. */
  private static final int FILED = Long.SIZE;

  private static final ThreadLocal<VerifiedIncome> SCRATCH = ThreadLocal.withInitial(VerifiedIncome::new);

  private AlternativeData alt;
  private ExtractionContext ctx;
  private FeatureConfig cfg;
  private int asOfMonth;
  private final Months mpf = new Months();
  private final Months si = new Months();
  private long mask;
  private boolean capKnown;
  private long cap;
  private long floor;
  private long mpfCensored;
  private boolean combinedKnown;
  private long combined;

  private VerifiedIncome() {}

  /** This thread's instance, prepared for the given records, context and parameters. */
  static VerifiedIncome of(AlternativeData alt, ExtractionContext ctx, FeatureConfig cfg) {
    VerifiedIncome v = SCRATCH.get();
    if (v.alt != alt || v.ctx != ctx || v.cfg != cfg) {
      v.prepare(alt, ctx, cfg);
    }
    return v;
  }

  private void prepare(AlternativeData data, ExtractionContext context, FeatureConfig config) {
    // Forget the previous records first: should the pass fail, nothing stale is reused.
    this.alt = null;
    this.asOfMonth = Dates.monthIndex(context.asOf());
    int m = data.mpf().size();
    mpf.reset(m);
    for (int i = 0; i < m; i++) {
      mpf.add(i, asOfMonth - data.mpfMonth(i));
    }
    int s = data.socialInsurance().size();
    si.reset(s);
    for (int i = 0; i < s; i++) {
      si.add(i, asOfMonth - data.socialInsuranceMonth(i));
    }
    mask = mpf.seen | si.seen;
    capKnown = false;
    mpfCensored = 0L;
    combinedKnown = false;
    this.ctx = context;
    this.cfg = config;
    this.alt = data;
  }

  /**
   * The largest assessed annual income among the tax records of the latest year of assessment
   * assessed within the last {@code months} months, in cents; {@link #NONE} if there is none.
   */
  long latestAnnualTaxIncome(int months) {
    List<TaxRecord> taxes = alt.taxRecords();
    LocalDate asOf = ctx.asOf();
    int latestYear = Integer.MIN_VALUE;
    for (int i = 0; i < taxes.size(); i++) {
      TaxRecord t = taxes.get(i);
      if (Dates.withinMonths(t.assessedOn(), asOf, months) && t.yearOfAssessment() > latestYear) {
        latestYear = t.yearOfAssessment();
      }
    }
    long best = NONE;
    for (int i = 0; i < taxes.size(); i++) {
      TaxRecord t = taxes.get(i);
      if (t.yearOfAssessment() == latestYear && Dates.withinMonths(t.assessedOn(), asOf, months)) {
        best = Math.max(best, ReportingCents.cents(t.assessedIncome(), ctx, ReportingCents.TAX_RECORDS, i, "assessedIncome"));
      }
    }
    return best;
  }

  /** The latest MPF contribution month at or before the as-of month, or {@link #NO_MONTH}. */
  int latestMpfMonth() {
    return mpf.latest(asOfMonth);
  }

  /** The latest social-insurance month at or before the as-of month, or {@link #NO_MONTH}. */
  int latestSocialInsuranceMonth() {
    return si.latest(asOfMonth);
  }

  /**
   * The MPF-implied relevant income of one month: the sum over that month's records (one per
   * employment) of the employee's mandatory contribution divided by the mandatory rate, censored
   * at the cap; a record whose employee contribution is zero (the employee pays nothing below the
   * floor) is read from the employer's contribution and bounded by the floor. {@link #NONE} if the
   * month has no record.
   */
  long mpfIncome(int month) {
    int k = asOfMonth - month;
    if (mpf.known(k)) {
      return mpf.memo[k];
    }
    List<MpfContribution> records = alt.mpf();
    double rate = cfg.mpfMandatoryRate();
    long sum = NONE;
    boolean censored = false;
    for (int i = mpf.first(k); i >= 0; i = mpf.next(i, k)) {
      MpfContribution c = records.get(i);
      long employee = ReportingCents.cents(c.employeeMandatory(), ctx, ReportingCents.MPF, i, "employeeMandatory");
      limits();
      long implied;
      if (employee > 0) {
        long raw = (long) Math.rint(employee / rate);
        censored |= raw >= cap;
        implied = Math.min(raw, cap);
      } else {
        long employer = ReportingCents.cents(c.employerMandatory(), ctx, ReportingCents.MPF, i, "employerMandatory");
        implied = Math.min((long) Math.rint(employer / rate), floor);
      }
      sum = Math.max(sum, 0L) + implied;
    }
    if (mpf.remember(k, sum) && censored) {
      mpfCensored |= 1L << k;
    }
    return sum;
  }

  /** Whether any MPF record of the month was censored at the relevant-income cap. */
  boolean mpfCensored(int month) {
    int k = asOfMonth - month;
    if (k < 0 || k >= FILED) {
      // Not filed: computed afresh (the cap applies to each record; the sum is not needed).
      return mpfCensoredUnfiled(month);
    }
    mpfIncome(month);
    return (mpfCensored & 1L << k) != 0;
  }

  private boolean mpfCensoredUnfiled(int month) {
    List<MpfContribution> records = alt.mpf();
    for (int i = mpf.first(asOfMonth - month); i >= 0; i = mpf.next(i, asOfMonth - month)) {
      long employee = ReportingCents.cents(records.get(i).employeeMandatory(), ctx, ReportingCents.MPF, i, "employeeMandatory");
      limits();
      if (employee > 0 && (long) Math.rint(employee / cfg.mpfMandatoryRate()) >= cap) {
        return true;
      }
    }
    return false;
  }

  /** The cap and floor in cents of the reporting currency, converted when a record first needs them. */
  private void limits() {
    if (!capKnown) {
      double capFactor = ReportingCents.configFactor(ctx, cfg.mpfRelevantIncomeCap().currency(), "MPF relevant-income cap");
      cap = ReportingCents.cents(cfg.mpfRelevantIncomeCap(), capFactor);
      floor = ReportingCents.cents(cfg.mpfRelevantIncomeFloor(), capFactor);
      capKnown = true;
    }
  }

  /** The largest social-insurance contribution base of one month; {@link #NONE} if none. */
  long socialInsuranceBase(int month) {
    int k = asOfMonth - month;
    if (si.known(k)) {
      return si.memo[k];
    }
    List<SocialInsuranceContribution> records = alt.socialInsurance();
    long best = NONE;
    for (int i = si.first(k); i >= 0; i = si.next(i, k)) {
      best = Math.max(best,
          ReportingCents.cents(records.get(i).contributionBase(), ctx, ReportingCents.SOCIAL_INSURANCE, i, "contributionBase"));
    }
    si.remember(k, best);
    return best;
  }

  /** The verified income of one month: the larger of its MPF and social-insurance incomes. */
  long monthlyIncome(int month) {
    return Math.max(mpfIncome(month), socialInsuranceBase(month));
  }

  /**
   * The combined verified monthly income in cents of the reporting currency, or {@link #NONE}: the
   * largest of (a) the latest tax record assessed within {@code taxRecencyMonths} divided by 12,
   * (b) the MPF-implied income and (c) the social-insurance base of the latest contribution month,
   * each counted only if that month lies within {@code incomeRecencyMonths} of the as-of month.
   */
  long combinedMonthlyIncome() {
    if (combinedKnown) {
      return combined;
    }
    long tax = latestAnnualTaxIncome(cfg.taxRecencyMonths());
    long best = tax == NONE ? NONE : Math.round(tax / 12.0);
    int mpfMonth = latestMpfMonth();
    if (recent(mpfMonth)) {
      best = Math.max(best, mpfIncome(mpfMonth));
    }
    int siMonth = latestSocialInsuranceMonth();
    if (recent(siMonth)) {
      best = Math.max(best, socialInsuranceBase(siMonth));
    }
    combined = best;
    combinedKnown = true;
    return best;
  }

  private boolean recent(int month) {
    return month != NO_MONTH && asOfMonth - month < cfg.incomeRecencyMonths();
  }

  /**
   * A bit set of the months with an MPF or social-insurance contribution: bit {@code k} is set when
   * a contribution fell {@code k} months before the as-of month ({@code k < 64}).
   */
  long contributionMonths() {
    return mask;
  }

  /**
   * The records of one kind by month: how many months before the as-of month each record falls,
   * and for the last {@value #FILED} months the records of each month in list order (a chained
   * list through {@code chain}), with each month's result once computed.
   */
  private static final class Months {
    private int[] ago = new int[32];
    private int[] chain = new int[32];
    private final int[] head = new int[FILED];
    private final int[] tail = new int[FILED];
    private final long[] memo = new long[FILED];
    private int size;
    private long seen;
    private long known;
    private int newest;

    void reset(int n) {
      if (ago.length < n) {
        ago = new int[Math.max(n, ago.length * 2)];
        chain = new int[ago.length];
      }
      size = n;
      seen = 0L;
      known = 0L;
      newest = Integer.MAX_VALUE;
      Arrays.fill(head, -1);
    }

    void add(int i, int k) {
      ago[i] = k;
      chain[i] = -1;
      if (k >= 0) {
        newest = Math.min(newest, k);
      }
      if (k >= 0 && k < FILED) {
        if ((seen & 1L << k) == 0) {
          head[k] = i;
          seen |= 1L << k;
        } else {
          chain[tail[k]] = i;
        }
        tail[k] = i;
      }
    }

    int latest(int asOfMonth) {
      return newest == Integer.MAX_VALUE ? NO_MONTH : asOfMonth - newest;
    }

    boolean known(int k) {
      return k >= 0 && k < FILED && (known & 1L << k) != 0;
    }

    /** Remembers the result of month {@code k}; false if the month is not filed. */
    boolean remember(int k, long value) {
      if (k < 0 || k >= FILED) {
        return false;
      }
      memo[k] = value;
      known |= 1L << k;
      return true;
    }

    /** The first record of month {@code k} in list order, or -1. */
    int first(int k) {
      if (k >= 0 && k < FILED) {
        return (seen & 1L << k) == 0 ? -1 : head[k];
      }
      return scan(0, k);
    }

    /** The record of month {@code k} after record {@code i}, or -1. */
    int next(int i, int k) {
      return k >= 0 && k < FILED ? chain[i] : scan(i + 1, k);
    }

    private int scan(int from, int k) {
      for (int i = from; i < size; i++) {
        if (ago[i] == k) {
          return i;
        }
      }
      return -1;
    }
  }
}
