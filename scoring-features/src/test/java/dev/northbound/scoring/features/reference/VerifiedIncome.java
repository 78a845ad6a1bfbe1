package dev.northbound.scoring.features.reference;

import dev.northbound.scoring.core.credit.AlternativeData;
import dev.northbound.scoring.core.credit.MpfContribution;
import dev.northbound.scoring.core.credit.SocialInsuranceContribution;
import dev.northbound.scoring.core.credit.TaxRecord;
import dev.northbound.scoring.core.feature.ExtractionContext;
import dev.northbound.scoring.features.FeatureConfig;
import java.time.LocalDate;
import java.util.List;

/**
 * Verified income from tax, MPF and social-insurance records, in cents of the reporting currency,
 * as of a date. {@link #NONE} marks "no such record". Allocation-free; stateless and thread-safe.
 */
final class VerifiedIncome {

  /** No record of the kind asked for. */
  static final long NONE = -1L;

  /** No month: used as a month index. */
  static final int NO_MONTH = Integer.MIN_VALUE;

  private VerifiedIncome() {}

  /**
   * The largest assessed annual income among the tax records of the latest year of assessment
   * assessed within the last {@code months} months, in cents; {@link #NONE} if there is none.
   */
  static long latestAnnualTaxIncome(AlternativeData alt, ExtractionContext ctx, int months) {
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
        best = Math.max(best, Amounts.cents(t.assessedIncome(), ctx, Amounts.TAX_RECORDS, i, "assessedIncome"));
      }
    }
    return best;
  }

  /** The latest MPF contribution month at or before the as-of month, or {@link #NO_MONTH}. */
  static int latestMpfMonth(AlternativeData alt, int asOfMonth) {
    int latest = NO_MONTH;
    List<MpfContribution> mpf = alt.mpf();
    for (int i = 0; i < mpf.size(); i++) {
      int m = Dates.monthIndex(mpf.get(i).month());
      if (m <= asOfMonth && m > latest) {
        latest = m;
      }
    }
    return latest;
  }

  /** The latest social-insurance month at or before the as-of month, or {@link #NO_MONTH}. */
  static int latestSocialInsuranceMonth(AlternativeData alt, int asOfMonth) {
    int latest = NO_MONTH;
    List<SocialInsuranceContribution> si = alt.socialInsurance();
    for (int i = 0; i < si.size(); i++) {
      int m = Dates.monthIndex(si.get(i).month());
      if (m <= asOfMonth && m > latest) {
        latest = m;
      }
    }
    return latest;
  }

  /**
   * The MPF-implied relevant income of one month: the sum over that month's records (one per
   * employment) of the employee's mandatory contribution divided by the mandatory rate, censored
   * at the cap; a record whose employee contribution is zero (the employee pays nothing below the
   * floor) is read from the employer's contribution and bounded by the floor. {@link #NONE} if the
   * month has no record.
   */
  static long mpfIncome(AlternativeData alt, ExtractionContext ctx, FeatureConfig cfg, int month) {
    List<MpfContribution> mpf = alt.mpf();
    long sum = NONE;
    for (int i = 0; i < mpf.size(); i++) {
      MpfContribution c = mpf.get(i);
      if (Dates.monthIndex(c.month()) == month) {
        sum = Math.max(sum, 0L) + implied(c, i, ctx, cfg, false);
      }
    }
    return sum;
  }

  /** Whether any MPF record of the month was censored at the relevant-income cap. */
  static boolean mpfCensored(AlternativeData alt, ExtractionContext ctx, FeatureConfig cfg, int month) {
    List<MpfContribution> mpf = alt.mpf();
    for (int i = 0; i < mpf.size(); i++) {
      MpfContribution c = mpf.get(i);
      if (Dates.monthIndex(c.month()) == month && implied(c, i, ctx, cfg, true) == 1L) {
        return true;
      }
    }
    return false;
  }

  /** The implied income of one record in cents or, if {@code censoredFlag}, 1 if censored else 0. */
  private static long implied(MpfContribution c, int i, ExtractionContext ctx, FeatureConfig cfg, boolean censoredFlag) {
    double rate = cfg.mpfMandatoryRate();
    long employee = Amounts.cents(c.employeeMandatory(), ctx, Amounts.MPF, i, "employeeMandatory");
    double capFactor = Amounts.configFactor(ctx, cfg.mpfRelevantIncomeCap().currency(), "MPF relevant-income cap");
    if (employee > 0) {
      long cap = Amounts.cents(cfg.mpfRelevantIncomeCap(), capFactor);
      long raw = (long) Math.rint(employee / rate);
      return censoredFlag ? (raw >= cap ? 1L : 0L) : Math.min(raw, cap);
    }
    if (censoredFlag) {
      return 0L;
    }
    long employer = Amounts.cents(c.employerMandatory(), ctx, Amounts.MPF, i, "employerMandatory");
    long floor = Amounts.cents(cfg.mpfRelevantIncomeFloor(), capFactor);
    return Math.min((long) Math.rint(employer / rate), floor);
  }

  /** The largest social-insurance contribution base of one month; {@link #NONE} if none. */
  static long socialInsuranceBase(AlternativeData alt, ExtractionContext ctx, int month) {
    List<SocialInsuranceContribution> si = alt.socialInsurance();
    long best = NONE;
    for (int i = 0; i < si.size(); i++) {
      SocialInsuranceContribution c = si.get(i);
      if (Dates.monthIndex(c.month()) == month) {
        best = Math.max(best,
            Amounts.cents(c.contributionBase(), ctx, Amounts.SOCIAL_INSURANCE, i, "contributionBase"));
      }
    }
    return best;
  }

  /** The verified income of one month: the larger of its MPF and social-insurance incomes. */
  static long monthlyIncome(AlternativeData alt, ExtractionContext ctx, FeatureConfig cfg, int month) {
    return Math.max(mpfIncome(alt, ctx, cfg, month), socialInsuranceBase(alt, ctx, month));
  }

  /**
   * The combined verified monthly income in cents of the reporting currency, or {@link #NONE}: the
   * largest of (a) the latest tax record assessed within {@code taxRecencyMonths} divided by 12,
   * (b) the MPF-implied income and (c) the social-insurance base of the latest contribution month,
   * each counted only if that month lies within {@code incomeRecencyMonths} of the as-of month.
   */
  static long combinedMonthlyIncome(AlternativeData alt, ExtractionContext ctx, FeatureConfig cfg) {
    int asOfMonth = Dates.monthIndex(ctx.asOf());
    long best = taxMonthly(alt, ctx, cfg);
    int mpfMonth = latestMpfMonth(alt, asOfMonth);
    if (recent(mpfMonth, asOfMonth, cfg)) {
      best = Math.max(best, mpfIncome(alt, ctx, cfg, mpfMonth));
    }
    int siMonth = latestSocialInsuranceMonth(alt, asOfMonth);
    if (recent(siMonth, asOfMonth, cfg)) {
      best = Math.max(best, socialInsuranceBase(alt, ctx, siMonth));
    }
    return best;
  }

  /**
   * As {@link #combinedMonthlyIncome(AlternativeData, ExtractionContext, FeatureConfig)}, given the
   * latest MPF and social-insurance months and their incomes (or {@link #NO_MONTH} and
   * {@link #NONE}), which the caller has computed already.
   */
  static long combinedMonthlyIncome(AlternativeData alt, ExtractionContext ctx, FeatureConfig cfg, int mpfMonth,
      long mpfIncome, int siMonth, long siBase) {
    int asOfMonth = Dates.monthIndex(ctx.asOf());
    long best = taxMonthly(alt, ctx, cfg);
    if (recent(mpfMonth, asOfMonth, cfg)) {
      best = Math.max(best, mpfIncome);
    }
    if (recent(siMonth, asOfMonth, cfg)) {
      best = Math.max(best, siBase);
    }
    return best;
  }

  /** The latest tax income assessed within the recency, divided by 12, or {@link #NONE}. */
  private static long taxMonthly(AlternativeData alt, ExtractionContext ctx, FeatureConfig cfg) {
    long tax = latestAnnualTaxIncome(alt, ctx, cfg.taxRecencyMonths());
    return tax == NONE ? NONE : Math.round(tax / 12.0);
  }

  private static boolean recent(int month, int asOfMonth, FeatureConfig cfg) {
    return month != NO_MONTH && asOfMonth - month < cfg.incomeRecencyMonths();
  }

  /**
   * A bit set of the months with an MPF or social-insurance contribution: bit {@code k} is set when
   * a contribution fell {@code k} months before the as-of month ({@code k < 64}).
   */
  static long contributionMonths(AlternativeData alt, int asOfMonth) {
    long mask = 0L;
    List<MpfContribution> mpf = alt.mpf();
    for (int i = 0; i < mpf.size(); i++) {
      mask |= bit(asOfMonth - Dates.monthIndex(mpf.get(i).month()));
    }
    List<SocialInsuranceContribution> si = alt.socialInsurance();
    for (int i = 0; i < si.size(); i++) {
      mask |= bit(asOfMonth - Dates.monthIndex(si.get(i).month()));
    }
    return mask;
  }

  private static long bit(int monthsAgo) {
    return monthsAgo >= 0 && monthsAgo < 64 ? 1L << monthsAgo : 0L;
  }
}
