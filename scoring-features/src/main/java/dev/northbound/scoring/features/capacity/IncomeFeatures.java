package dev.northbound.scoring.features.capacity;

import static dev.northbound.scoring.core.feature.RiskDirection.DECREASING;
import static dev.northbound.scoring.core.feature.RiskDirection.INCREASING;

import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.credit.DataSource;
import dev.northbound.scoring.core.feature.ExtractionContext;
import dev.northbound.scoring.core.feature.FeatureBuffer;
import dev.northbound.scoring.core.feature.FeatureExtractor;
import dev.northbound.scoring.core.feature.FeatureGroup;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.feature.MissingReason;
import dev.northbound.scoring.features.FeatureConfig;
import dev.northbound.scoring.features.support.Buffers;
import dev.northbound.scoring.features.support.Dates;
import dev.northbound.scoring.features.support.ReportingCents;
import dev.northbound.scoring.features.support.SchemaBuilder;
import dev.northbound.scoring.features.support.Sources;
import java.util.Objects;
import java.util.Set;

/**
 * Verified income from tax, MPF and mainland social-insurance records: levels, the combined
 * verified income, how it compares with the declared income, its stability and employment gaps.
 *
 * <p>Public with a no-argument constructor so that {@link java.util.ServiceLoader} can create it
 * with {@link FeatureConfig#defaults()}; use {@link #create(FeatureConfig)} otherwise. Immutable and
 * thread-safe.
 */
public final class IncomeFeatures implements FeatureExtractor {

  static final int TAX = 0;
  static final int MPF = 1;
  static final int MPF_CENSORED = 2;
  static final int SOCIAL_INSURANCE = 3;
  static final int VERIFIED = 4;
  static final int DECLARED_RATIO = 5;
  static final int CV_12M = 6;
  static final int MONTHS_12M = 7;
  static final int MONTHS_24M = 8;
  static final int GAP = 9;
  static final int SINCE_LAST = 10;

  /** Each thread's scratch for the 12 monthly incomes of the coefficient of variation. */
  private static final ThreadLocal<long[]> MONTHLY = ThreadLocal.withInitial(() -> new long[12]);

  private final FeatureConfig config;
  private final FeatureSchema schema;
  private final Sources sources;

  /** The extractor with {@link FeatureConfig#defaults()}, for {@link java.util.ServiceLoader}. */
  public IncomeFeatures() {
    this(FeatureConfig.defaults());
  }

  private IncomeFeatures(FeatureConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.schema = schema(config);
    this.sources = Sources.standard(schema);
  }

  /** The extractor with the given parameters. */
  public static IncomeFeatures create(FeatureConfig config) {
    return new IncomeFeatures(config);
  }

  private static FeatureSchema schema(FeatureConfig c) {
    String cap = c.mpfRelevantIncomeCap().toString();
    return SchemaBuilder.create().group(FeatureGroup.CAPACITY)
        .add("tax_monthly_income", "reporting currency per month", DECREASING,
            "Largest assessed income among the tax records of the latest year of assessment assessed by the as-of"
                + " date, divided by 12.")
        .add("mpf_monthly_income", "reporting currency per month", DECREASING,
            "MPF relevant income of the latest contribution month: employee mandatory contribution / "
                + c.mpfMandatoryRate() + " per employment, censored at " + cap + "; a zero employee contribution"
                + " is read from the employer's, bounded by the " + c.mpfRelevantIncomeFloor() + " floor.")
        .add("mpf_income_censored", "flag", DECREASING,
            "1 if the latest month's MPF relevant income reached the " + cap + " cap (the true income is higher).")
        .add("social_insurance_monthly_base", "reporting currency per month", DECREASING,
            "Largest mainland social-insurance contribution base of the latest contribution month.")
        .add("verified_monthly_income", "reporting currency per month", DECREASING,
            "Largest of: the tax income / 12 if assessed within " + c.taxRecencyMonths() + " months, and the MPF"
                + " income and social-insurance base of their latest month if within the last "
                + c.incomeRecencyMonths() + " months.")
        .add("declared_to_verified_income_ratio", "ratio", INCREASING,
            "Declared monthly income / verified_monthly_income.")
        .add("income_cv_12m", "ratio", INCREASING,
            "Coefficient of variation (population) of the monthly verified income (the larger of MPF income"
                + " and social-insurance base) over the months of the last 12 that have one; needs 2 months.")
        .add("verified_income_months_12m", "months", DECREASING,
            "Months of the last 12 with an MPF or social-insurance contribution.")
        .add("verified_income_months_24m", "months", DECREASING,
            "Months of the last 24 with an MPF or social-insurance contribution.")
        .add("longest_contribution_gap_months", "months", INCREASING,
            "Longest run of months without MPF or social-insurance contribution between the first and last"
                + " contribution months of the last " + c.employmentGapLookbackMonths() + " months.")
        .add("months_since_last_contribution", "months", INCREASING,
            "Months from the latest MPF or social-insurance contribution month to the as-of month.")
        .build();
  }

  @Override
  public String name() {
    return "capacity_income";
  }

  @Override
  public FeatureSchema schema() {
    return schema;
  }

  /** The sources of feature {@code feature}, from {@link dev.northbound.scoring.features.catalogue.FeatureSources}. */
  @Override
  public Set<DataSource> sourcesOf(int feature) {
    return sources.of(feature);
  }

  @Override
  public void extract(CreditFile file, ExtractionContext ctx, FeatureBuffer out, int offset) {
    Buffers.checkRange(out, offset, schema.size());
    VerifiedIncome income = VerifiedIncome.of(file.alternativeData(), ctx, config);
    int asOfMonth = Dates.monthIndex(ctx.asOf());

    long tax = income.latestAnnualTaxIncome(Integer.MAX_VALUE);
    amountOrMissing(out, offset + TAX, tax == VerifiedIncome.NONE ? tax : Math.round(tax / 12.0));

    int mpfMonth = income.latestMpfMonth();
    if (mpfMonth == VerifiedIncome.NO_MONTH) {
      Buffers.fillMissing(out, offset + MPF, 2, MissingReason.NO_HISTORY);
    } else {
      out.set(offset + MPF, ReportingCents.units(income.mpfIncome(mpfMonth)));
      Buffers.flag(out, offset + MPF_CENSORED, income.mpfCensored(mpfMonth));
    }
    int siMonth = income.latestSocialInsuranceMonth();
    long siBase = siMonth == VerifiedIncome.NO_MONTH ? VerifiedIncome.NONE : income.socialInsuranceBase(siMonth);
    amountOrMissing(out, offset + SOCIAL_INSURANCE, siBase);

    long verified = income.combinedMonthlyIncome();
    amountOrMissing(out, offset + VERIFIED, verified);
    if (verified == VerifiedIncome.NONE) {
      out.setMissing(offset + DECLARED_RATIO, MissingReason.NO_HISTORY);
    } else {
      long declared = ReportingCents.cents(file.application().declaredMonthlyIncome(), ctx, ReportingCents.APPLICATION, -1,
          "declaredMonthlyIncome");
      Buffers.share(out, offset + DECLARED_RATIO, declared, verified, MissingReason.NOT_APPLICABLE);
    }

    writeStability(income, asOfMonth, Math.max(mpfMonth, siMonth), out, offset);
  }

  private void writeStability(VerifiedIncome income, int asOfMonth, int last, FeatureBuffer out, int offset) {
    if (last == VerifiedIncome.NO_MONTH) {
      Buffers.fillMissing(out, offset + CV_12M, 5, MissingReason.NO_HISTORY);
      return;
    }
    writeCv(income, asOfMonth, out, offset + CV_12M);
    long mask = income.contributionMonths();
    out.set(offset + MONTHS_12M, Long.bitCount(mask & ((1L << 12) - 1)));
    out.set(offset + MONTHS_24M, Long.bitCount(mask & ((1L << 24) - 1)));
    long window = mask & ((1L << config.employmentGapLookbackMonths()) - 1);
    if (window == 0L) {
      out.setMissing(offset + GAP, MissingReason.NOT_APPLICABLE);
    } else {
      out.set(offset + GAP, longestInnerGap(window));
    }
    out.set(offset + SINCE_LAST, asOfMonth - last);
  }

  private static void writeCv(VerifiedIncome income, int asOfMonth, FeatureBuffer out, int i) {
    long[] incomes = MONTHLY.get();
    int n = 0;
    double sum = 0.0;
    for (int k = 0; k < 12; k++) {
      long monthly = income.monthlyIncome(asOfMonth - k);
      incomes[k] = monthly;
      if (monthly != VerifiedIncome.NONE) {
        n++;
        sum += monthly;
      }
    }
    if (n < 2) {
      out.setMissing(i, n == 0 ? MissingReason.NO_HISTORY : MissingReason.NOT_APPLICABLE);
      return;
    }
    double mean = sum / n;
    if (mean == 0.0) {
      out.setMissing(i, MissingReason.NOT_APPLICABLE);
      return;
    }
    double squares = 0.0;
    for (int k = 0; k < 12; k++) {
      long monthly = incomes[k];
      if (monthly != VerifiedIncome.NONE) {
        squares += (monthly - mean) * (monthly - mean);
      }
    }
    out.set(i, Math.sqrt(squares / n) / mean);
  }

  /** The longest run of zero bits between the lowest and the highest set bit of a non-zero mask. */
  static int longestInnerGap(long mask) {
    int low = Long.numberOfTrailingZeros(mask);
    int high = 63 - Long.numberOfLeadingZeros(mask);
    int longest = 0;
    int run = 0;
    for (int b = low; b <= high; b++) {
      if ((mask & (1L << b)) == 0) {
        run++;
        longest = Math.max(longest, run);
      } else {
        run = 0;
      }
    }
    return longest;
  }

  private static void amountOrMissing(FeatureBuffer out, int i, long cents) {
    if (cents == VerifiedIncome.NONE) {
      out.setMissing(i, MissingReason.NO_HISTORY);
    } else {
      out.set(i, ReportingCents.units(cents));
    }
  }
}
