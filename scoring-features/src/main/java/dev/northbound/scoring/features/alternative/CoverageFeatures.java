package dev.northbound.scoring.features.alternative;

import static dev.northbound.scoring.core.feature.RiskDirection.DECREASING;

import dev.northbound.scoring.core.credit.AlternativeData;
import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.credit.DataSource;
import dev.northbound.scoring.core.credit.TaxRecord;
import dev.northbound.scoring.core.feature.ExtractionContext;
import dev.northbound.scoring.core.feature.FeatureBuffer;
import dev.northbound.scoring.core.feature.FeatureExtractor;
import dev.northbound.scoring.core.feature.FeatureGroup;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.feature.MissingReason;
import dev.northbound.scoring.features.support.Buffers;
import dev.northbound.scoring.features.support.Dates;
import dev.northbound.scoring.features.support.SchemaBuilder;
import dev.northbound.scoring.features.support.Sources;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * How much alternative data there is and which sources exist at all, so thin files can be routed:
 * months observed, years of tax records, contribution months, and one presence flag per source.
 *
 * <p>Immutable and thread-safe.
 */
public final class CoverageFeatures implements FeatureExtractor {

  static final int ALTERNATIVE_MONTHS = 0;
  static final int TAX_YEARS = 1;
  static final int MPF_MONTHS = 2;
  static final int SOCIAL_INSURANCE_MONTHS = 3;
  static final int HAS_UTILITY = 4;
  static final int SOURCE_COUNT = 10;

  /** The window, in months, of {@code alternative_data_months}. */
  static final int WINDOW = 60;

  private static final FeatureSchema SCHEMA = SchemaBuilder.create()
      .group(FeatureGroup.DEPTH_OF_HISTORY)
      .add("alternative_data_months", "months", DECREASING,
          "Calendar months of the last " + WINDOW + " with a bill, rent payment, MPF or social-insurance record.")
      .add("tax_record_years", "years", DECREASING, "Distinct years of assessment among the tax records.")
      .add("mpf_contribution_months", "months", DECREASING, "Distinct months with an MPF contribution.")
      .add("social_insurance_months", "months", DECREASING,
          "Distinct months with a mainland social-insurance contribution.")
      .group(FeatureGroup.THIN_FILE)
      .add("has_utility_bills", "flag", DECREASING, "1 if there is an electricity, water or gas bill.")
      .add("has_telecom_bills", "flag", DECREASING, "1 if there is a mobile or broadband bill.")
      .add("has_rent", "flag", DECREASING, "1 if there is a rent payment.")
      .add("has_tax_records", "flag", DECREASING, "1 if there is a tax record.")
      .add("has_mpf", "flag", DECREASING, "1 if there is an MPF contribution.")
      .add("has_social_insurance", "flag", DECREASING, "1 if there is a mainland social-insurance contribution.")
      .add("alternative_source_count", "count", DECREASING,
          "Number of the six alternative sources above that are present (0 to 6).")
      .build();

  private static final Sources SOURCES = Sources.standard(SCHEMA);

  /** The extractor, for {@link java.util.ServiceLoader}; it has no parameters. */
  public CoverageFeatures() {}

  @Override
  public String name() {
    return "alternative_coverage";
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
    AlternativeData alt = file.alternativeData();
    LocalDate asOf = ctx.asOf();
    int asOfMonth = Dates.monthIndex(asOf);
    Schedule known = Schedule.of(alt, ctx);
    long months = known.months;
    boolean utility = known.utility;
    boolean telecom = known.telecom;
    boolean rent = known.rent;
    int mpfMonths = 0;
    long mpfSeen = 0L;
    for (int i = 0; i < alt.mpf().size(); i++) {
      int ago = asOfMonth - alt.mpfMonth(i);
      months |= bit(ago);
      long seen = mpfSeen;
      mpfSeen |= recent(ago);
      mpfMonths += mpfSeen != seen || ago >= Long.SIZE && firstOfMonth(alt, true, i) ? 1 : 0;
    }
    int siMonths = 0;
    long siSeen = 0L;
    for (int i = 0; i < alt.socialInsurance().size(); i++) {
      int ago = asOfMonth - alt.socialInsuranceMonth(i);
      months |= bit(ago);
      long seen = siSeen;
      siSeen |= recent(ago);
      siMonths += siSeen != seen || ago >= Long.SIZE && firstOfMonth(alt, false, i) ? 1 : 0;
    }
    int taxYears = 0;
    List<TaxRecord> taxes = alt.taxRecords();
    for (int i = 0; i < taxes.size(); i++) {
      taxYears += !taxes.get(i).assessedOn().isAfter(asOf) && firstTaxYear(taxes, i, asOf) ? 1 : 0;
    }
    int count = Long.bitCount(months);
    Buffers.countOrMissing(out, offset + ALTERNATIVE_MONTHS, count > 0, count, MissingReason.NO_HISTORY);
    Buffers.countOrMissing(out, offset + TAX_YEARS, taxYears > 0, taxYears, MissingReason.NO_HISTORY);
    Buffers.countOrMissing(out, offset + MPF_MONTHS, mpfMonths > 0, mpfMonths, MissingReason.NO_HISTORY);
    Buffers.countOrMissing(out, offset + SOCIAL_INSURANCE_MONTHS, siMonths > 0, siMonths, MissingReason.NO_HISTORY);
    int sources = 0;
    sources += flag(out, offset + HAS_UTILITY, utility);
    sources += flag(out, offset + HAS_UTILITY + 1, telecom);
    sources += flag(out, offset + HAS_UTILITY + 2, rent);
    sources += flag(out, offset + HAS_UTILITY + 3, taxYears > 0);
    sources += flag(out, offset + HAS_UTILITY + 4, mpfMonths > 0);
    sources += flag(out, offset + HAS_UTILITY + 5, siMonths > 0);
    out.set(offset + SOURCE_COUNT, sources);
  }

  private static int flag(FeatureBuffer out, int i, boolean present) {
    Buffers.flag(out, i, present);
    return present ? 1 : 0;
  }

  private static long bit(int monthsAgo) {
    return monthsAgo >= 0 && monthsAgo < WINDOW ? 1L << monthsAgo : 0L;
  }

  /**
   * The bit of a month in the last 64 (a month counts once: a record whose bit is already set is not
   * the first of its month); 0 for the future and for older months, which {@link #firstOfMonth}
   * counts.
   */
  private static long recent(int monthsAgo) {
    return monthsAgo >= 0 && monthsAgo < Long.SIZE ? 1L << monthsAgo : 0L;
  }

  /**
   * Whether MPF ({@code mpf}) or social-insurance record {@code i} is the first of its month in its
   * list (distinct counting).
   */
  private static boolean firstOfMonth(AlternativeData alt, boolean mpf, int i) {
    int m = mpf ? alt.mpfMonth(i) : alt.socialInsuranceMonth(i);
    for (int j = 0; j < i; j++) {
      if ((mpf ? alt.mpfMonth(j) : alt.socialInsuranceMonth(j)) == m) {
        return false;
      }
    }
    return true;
  }

  private static boolean firstTaxYear(List<TaxRecord> taxes, int i, LocalDate asOf) {
    for (int j = 0; j < i; j++) {
      TaxRecord t = taxes.get(j);
      if (t.yearOfAssessment() == taxes.get(i).yearOfAssessment() && !t.assessedOn().isAfter(asOf)) {
        return false;
      }
    }
    return true;
  }
}
