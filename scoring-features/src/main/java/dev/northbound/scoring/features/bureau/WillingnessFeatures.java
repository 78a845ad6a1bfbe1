package dev.northbound.scoring.features.bureau;

import static dev.northbound.scoring.core.feature.RiskDirection.DECREASING;
import static dev.northbound.scoring.core.feature.RiskDirection.INCREASING;

import dev.northbound.scoring.core.credit.Account;
import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.credit.DataSource;
import dev.northbound.scoring.core.credit.DefaultRecord;
import dev.northbound.scoring.core.credit.HkCreditReport;
import dev.northbound.scoring.core.credit.PaymentHistory;
import dev.northbound.scoring.core.credit.PaymentStatus;
import dev.northbound.scoring.core.credit.PublicRecord;
import dev.northbound.scoring.core.credit.PublicRecordType;
import dev.northbound.scoring.core.feature.ExtractionContext;
import dev.northbound.scoring.core.feature.FeatureBuffer;
import dev.northbound.scoring.core.feature.FeatureExtractor;
import dev.northbound.scoring.core.feature.FeatureGroup;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.feature.MissingReason;
import dev.northbound.scoring.features.support.AccountPass;
import dev.northbound.scoring.features.support.Buffers;
import dev.northbound.scoring.features.support.Dates;
import dev.northbound.scoring.features.support.ReportingCents;
import dev.northbound.scoring.features.support.SchemaBuilder;
import dev.northbound.scoring.features.support.Sources;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Repayment willingness from the Hong Kong bureau report: worst statuses, months past due, recency
 * of delinquency, on-time share, amounts past due, charge-offs, defaults, bankruptcies and IVAs.
 * Only history months up to the as-of month, of accounts opened by the as-of date, and records
 * dated by it are read.
 *
 * <p>Immutable and thread-safe.
 */
public final class WillingnessFeatures implements FeatureExtractor {

  static final int WORST_6M = 0;
  static final int MONTHS_30_24M = 3;
  static final int SINCE_DELINQUENCY = 6;
  static final int ON_TIME_SHARE = 7;
  static final int PAST_DUE = 8;
  static final int CHARGE_OFF = 9;
  static final int DEFAULT = 11;
  static final int BANKRUPTCY = 13;
  static final int IVA = 15;

  private static final FeatureSchema SCHEMA = SchemaBuilder.create().group(FeatureGroup.WILLINGNESS)
      .add("worst_status_6m", "severity", INCREASING, worst(6))
      .add("worst_status_12m", "severity", INCREASING, worst(12))
      .add("worst_status_24m", "severity", INCREASING, worst(24))
      .add("months_30plus_dpd_24m", "months", INCREASING, dpd(30))
      .add("months_60plus_dpd_24m", "months", INCREASING, dpd(60))
      .add("months_90plus_dpd_24m", "months", INCREASING, dpd(90))
      .add("months_since_latest_delinquency", "months", DECREASING,
          "Months from the latest month any account was 30+ days past due (or charged off) to the as-of month;"
              + " not applicable if none in the reported history (at most 60 months).")
      .add("on_time_month_share", "ratio", DECREASING,
          "Share of observed account-months (all statuses but no-activity and unknown) that were current.")
      .add("current_past_due_amount", "reporting currency", INCREASING,
          "Sum of the amounts past due on the accounts opened by the as-of date.")
      .add("charge_off_flag", "flag", INCREASING, "1 if any account was charged off by the as-of month.")
      .add("years_since_charge_off", "years", DECREASING, since("charge-off month"))
      .add("default_flag", "flag", INCREASING, "1 if the report has a default record dated by the as-of date.")
      .add("years_since_default", "years", DECREASING, since("default date"))
      .add("bankruptcy_flag", "flag", INCREASING, "1 if a bankruptcy was filed by the as-of date.")
      .add("years_since_bankruptcy", "years", DECREASING, since("bankruptcy filing"))
      .add("iva_flag", "flag", INCREASING,
          "1 if an Individual Voluntary Arrangement (or other restructuring) was filed by the as-of date.")
      .add("years_since_iva", "years", DECREASING, since("IVA filing"))
      .build();

  private static final Sources SOURCES = Sources.standard(SCHEMA);

  /** The extractor, for {@link java.util.ServiceLoader}; it has no parameters. */
  public WillingnessFeatures() {}

  private static String worst(int months) {
    return "Worst monthly status severity over the last " + months + " months of every account (0 current,"
        + " 1 to 6 for 30 to 180+ days past due, 7 charged off).";
  }

  private static String dpd(int days) {
    return "Calendar months of the last 24 in which any account was " + days + "+ days past due.";
  }

  private static String since(String what) {
    return "Whole months from the latest " + what + " to the as-of date, divided by 12; not applicable if none.";
  }

  @Override
  public String name() {
    return "bureau_willingness";
  }

  @Override
  public FeatureSchema schema() {
    return SCHEMA;
  }

  /** The sources of feature {@code feature}, from {@link dev.northbound.scoring.features.catalogue.FeatureSources}. */
  @Override
  public Set<DataSource> sourcesOf(int feature) {
    return SOURCES.of(feature);
  }

  @Override
  public void extract(CreditFile file, ExtractionContext ctx, FeatureBuffer out, int offset) {
    Buffers.checkRange(out, offset, SCHEMA.size());
    if (file.bureauReport().isEmpty()) {
      Buffers.fillMissing(out, offset, SCHEMA.size(), MissingReason.NO_BUREAU_FILE);
      return;
    }
    HkCreditReport report = file.bureauReport().get();
    int asOfMonth = Dates.monthIndex(ctx.asOf());
    int worst6 = -1;
    int worst12 = -1;
    int worst24 = -1;
    long dpd30 = 0L;
    long dpd60 = 0L;
    long dpd90 = 0L;
    int sinceDelinquency = -1;
    int sinceChargeOff = -1;
    long observed = 0L;
    long current = 0L;
    int newestCurrent = Integer.MAX_VALUE;
    long pastDue = 0L;
    List<Account> accounts = report.accounts();
    AccountPass accountPass = AccountPass.of(report, ctx);
    for (int i = 0; i < accounts.size(); i++) {
      Account a = accounts.get(i);
      if (!accountPass.isVisible(i)) {
        continue;
      }
      pastDue = ReportingCents.add(pastDue, ReportingCents.cents(a.pastDue(), ctx, ReportingCents.ACCOUNTS, i, "pastDue"),
          ReportingCents.ACCOUNTS, i, "pastDue");
      PaymentHistory history = a.history();
      int end = visibleMonths(history, asOfMonth);
      if (end == 0) {
        continue;
      }
      long visible = (1L << end) - 1; // end <= PaymentHistory.MAX_MONTHS < 64
      // Most months are current: severity 0 and no days past due, so they are counted and only the
      // newest matters. The other observed months are visited one by one.
      long currents = history.positionsOf(PaymentStatus.CURRENT) & visible;
      if (currents != 0L) {
        current += Long.bitCount(currents);
        int newest = 63 - Long.numberOfLeadingZeros(currents);
        newestCurrent = Math.min(newestCurrent, asOfMonth - history.monthIndex(newest));
      }
      long others = visible & ~currents & ~history.positionsOf(PaymentStatus.NO_ACTIVITY)
          & ~history.positionsOf(PaymentStatus.UNKNOWN);
      for (; others != 0L; others &= others - 1) {
        int j = Long.numberOfTrailingZeros(others);
        int k = asOfMonth - history.monthIndex(j);
        PaymentStatus s = history.status(j);
        observed++;
        int severity = s.severity();
        worst6 = k < 6 ? Math.max(worst6, severity) : worst6;
        worst12 = k < 12 ? Math.max(worst12, severity) : worst12;
        worst24 = k < 24 ? Math.max(worst24, severity) : worst24;
        int days = s.daysPastDue();
        long bit = k < 24 ? 1L << k : 0L;
        dpd30 |= days >= 30 ? bit : 0L;
        dpd60 |= days >= 60 ? bit : 0L;
        dpd90 |= days >= 90 ? bit : 0L;
        if (days >= 30) {
          sinceDelinquency = sinceDelinquency < 0 ? k : Math.min(sinceDelinquency, k);
        }
        if (s == PaymentStatus.CHARGED_OFF) {
          sinceChargeOff = sinceChargeOff < 0 ? k : Math.min(sinceChargeOff, k);
        }
      }
    }
    observed += current;
    worst6 = newestCurrent < 6 ? Math.max(worst6, 0) : worst6;
    worst12 = newestCurrent < 12 ? Math.max(worst12, 0) : worst12;
    worst24 = newestCurrent < 24 ? Math.max(worst24, 0) : worst24;
    severityOrMissing(out, offset + WORST_6M, worst6);
    severityOrMissing(out, offset + WORST_6M + 1, worst12);
    severityOrMissing(out, offset + WORST_6M + 2, worst24);
    boolean seen24 = worst24 >= 0;
    Buffers.countOrMissing(out, offset + MONTHS_30_24M, seen24, Long.bitCount(dpd30), MissingReason.NO_HISTORY);
    Buffers.countOrMissing(out, offset + MONTHS_30_24M + 1, seen24, Long.bitCount(dpd60), MissingReason.NO_HISTORY);
    Buffers.countOrMissing(out, offset + MONTHS_30_24M + 2, seen24, Long.bitCount(dpd90), MissingReason.NO_HISTORY);
    if (sinceDelinquency >= 0) {
      out.set(offset + SINCE_DELINQUENCY, sinceDelinquency);
    } else {
      out.setMissing(offset + SINCE_DELINQUENCY, observed == 0 ? MissingReason.NO_HISTORY : MissingReason.NOT_APPLICABLE);
    }
    Buffers.share(out, offset + ON_TIME_SHARE, current, observed, MissingReason.NO_HISTORY);
    out.set(offset + PAST_DUE, ReportingCents.units(pastDue));
    sinceMonths(out, offset + CHARGE_OFF, sinceChargeOff);
    sinceMonths(out, offset + DEFAULT, monthsSinceDefault(report.defaults(), ctx.asOf()));
    sinceMonths(out, offset + BANKRUPTCY, monthsSinceFiling(report.publicRecords(), PublicRecordType.BANKRUPTCY, ctx.asOf()));
    sinceMonths(out, offset + IVA, monthsSinceFiling(report.publicRecords(), PublicRecordType.IVA, ctx.asOf()));
  }

  /**
   * How many of the history's months (oldest first, strictly increasing) are at or before the
   * as-of month: the months after it are the last ones.
   */
  private static int visibleMonths(PaymentHistory history, int asOfMonth) {
    int end = history.size();
    while (end > 0 && history.monthIndex(end - 1) > asOfMonth) {
      end--;
    }
    return end;
  }

  private static void severityOrMissing(FeatureBuffer out, int i, int worst) {
    if (worst < 0) {
      out.setMissing(i, MissingReason.NO_HISTORY);
    } else {
      out.set(i, worst);
    }
  }

  /** Writes a flag at {@code i} and the years since at {@code i + 1}; {@code months < 0} means none. */
  private static void sinceMonths(FeatureBuffer out, int i, long months) {
    Buffers.flag(out, i, months >= 0);
    if (months >= 0) {
      out.set(i + 1, months / 12.0);
    } else {
      out.setMissing(i + 1, MissingReason.NOT_APPLICABLE);
    }
  }

  private static long monthsSinceDefault(List<DefaultRecord> defaults, LocalDate asOf) {
    long best = -1L;
    for (int i = 0; i < defaults.size(); i++) {
      LocalDate d = defaults.get(i).defaultDate();
      if (!d.isAfter(asOf)) {
        long m = Dates.fullMonths(d, asOf);
        best = best < 0 ? m : Math.min(best, m);
      }
    }
    return best;
  }

  private static long monthsSinceFiling(List<PublicRecord> records, PublicRecordType type, LocalDate asOf) {
    long best = -1L;
    for (int i = 0; i < records.size(); i++) {
      PublicRecord r = records.get(i);
      if (r.type() == type && !r.filedOn().isAfter(asOf)) {
        long m = Dates.fullMonths(r.filedOn(), asOf);
        best = best < 0 ? m : Math.min(best, m);
      }
    }
    return best;
  }
}
