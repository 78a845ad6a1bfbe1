package dev.northbound.scoring.toolkit.synthetic;

import dev.northbound.scoring.core.credit.Jurisdiction;
import dev.northbound.scoring.core.credit.TaxRecord;
import dev.northbound.scoring.core.money.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates Hong Kong salaries-tax and mainland individual-income-tax records for the years in which
 * the applicant earned in each currency, keeping only assessments issued by the application date.
 * Tax charged follows simplified schedules (no deductions beyond the basic allowance).
 */
final class TaxSynth {
  private TaxSynth() {}

  private static final double[] CN_BANDS = {36_000, 144_000, 300_000, 420_000, 660_000, 960_000};
  private static final double[] CN_RATES = {0.03, 0.10, 0.20, 0.25, 0.30, 0.35, 0.45};

  static List<TaxRecord> taxRecords(Draw d) {
    List<TaxRecord> out = new ArrayList<>(6);
    SplittableRandom r = d.r;
    if (d.segment == Segment.RECENT_GRADUATE) {
      if (Rand.chance(r, 0.3)) {
        int year = latestAssessedHkYear(d);
        double income = Rand.uniform(r, 30_000, 100_000);
        out.add(record(d, Jurisdiction.HK, year, income, hkTax(income), hkAssessed(r, year)));
      }
    } else if (d.mpfIncomeHkd > 0) {
      // Hong Kong earnings: until the last MPF month for those who moved or retired, else ongoing.
      YearMonth until = d.mpfEndsMonthsAgo > 1 ? d.appMonth.minusMonths(d.mpfEndsMonthsAgo) : d.appMonth;
      int latest = latestAssessedHkYear(d);
      for (int year = latest - 2; year <= latest; year++) {
        int months = overlap(YearMonth.of(year, 4), YearMonth.of(year + 1, 3), until);
        if (months > 0) {
          double income = d.mpfIncomeHkd * months * Rand.lognormal(r, 0.05);
          out.add(record(d, Jurisdiction.HK, year, income, hkTax(income), hkAssessed(r, year)));
        }
      }
    }
    double cny = d.mainlandIncomeCny();
    if (cny > 0) {
      YearMonth since = d.segment == Segment.CROSS_BORDER_TRADER
          ? d.appMonth.minusYears(10) : d.appMonth.minusMonths(d.mainlandMonths);
      for (int year = d.appDate.getYear() - 3; year < d.appDate.getYear(); year++) {
        LocalDate assessed = LocalDate.of(year + 1, Rand.between(r, 3, 6), Rand.between(r, 1, 28));
        int months = overlap(max(since, YearMonth.of(year, 1)), YearMonth.of(year, 12), d.appMonth);
        if (months > 0 && !assessed.isAfter(d.appDate)) {
          double income = cny * months * Rand.lognormal(r, 0.05);
          out.add(record(d, Jurisdiction.MAINLAND, year, income, cnTax(income), assessed));
        }
      }
    }
    return out;
  }

  private static TaxRecord record(Draw d, Jurisdiction j, int year, double income, double tax, LocalDate assessed) {
    double late = Rand.sigmoid(d.lateLogit(-3.0));
    var cur = j == Jurisdiction.HK ? Money.HKD : Money.CNY;
    return new TaxRecord(j, year, SyntheticMoney.money(income, cur), SyntheticMoney.money(tax, cur), assessed,
        !Rand.chance(d.r, late), !Rand.chance(d.r, late));
  }

  /** The latest Hong Kong year of assessment whose assessment (issued July to November after it ends) is out. */
  private static int latestAssessedHkYear(Draw d) {
    // Year of assessment Y runs April Y to March Y+1; assume it is assessed by 1 December Y+1.
    LocalDate app = d.appDate;
    return app.isBefore(LocalDate.of(app.getYear(), 12, 1)) ? app.getYear() - 2 : app.getYear() - 1;
  }

  private static LocalDate hkAssessed(SplittableRandom r, int year) {
    return LocalDate.of(year + 1, Rand.between(r, 7, 11), Rand.between(r, 1, 28));
  }

  /** The number of months from {@code from} to {@code to} (inclusive) that are not after {@code until}. */
  private static int overlap(YearMonth from, YearMonth to, YearMonth until) {
    YearMonth end = to.isAfter(until) ? until : to;
    if (end.isBefore(from)) {
      return 0;
    }
    return (end.getYear() - from.getYear()) * 12 + end.getMonthValue() - from.getMonthValue() + 1;
  }

  private static YearMonth max(YearMonth a, YearMonth b) {
    return a.isAfter(b) ? a : b;
  }

  /**
   * Simplified Hong Kong salaries tax: progressive 2/6/10/14% on HK$50,000 bands then 17% on net
   * chargeable income after the HK$132,000 basic allowance, capped at the 15% standard rate.
   */
  static double hkTax(double income) {
    double net = Math.max(0, income - 132_000);
    double tax = 0;
    double[] rates = {0.02, 0.06, 0.10, 0.14};
    for (double rate : rates) {
      double band = Math.min(net, 50_000);
      tax += band * rate;
      net -= band;
    }
    tax += net * 0.17;
    return Math.min(tax, income * 0.15);
  }

  /** Simplified mainland annual IIT: the comprehensive-income schedule after the CNY 60,000 standard deduction. */
  static double cnTax(double income) {
    double taxable = Math.max(0, income - 60_000);
    double tax = 0;
    double lower = 0;
    for (int i = 0; i < CN_RATES.length; i++) {
      double upper = i < CN_BANDS.length ? CN_BANDS[i] : Double.MAX_VALUE;
      if (taxable > lower) {
        tax += (Math.min(taxable, upper) - lower) * CN_RATES[i];
      }
      lower = upper;
    }
    return tax;
  }
}
