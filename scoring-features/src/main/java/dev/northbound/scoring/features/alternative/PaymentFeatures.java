package dev.northbound.scoring.features.alternative;

import static dev.northbound.scoring.core.feature.RiskDirection.DECREASING;
import static dev.northbound.scoring.core.feature.RiskDirection.INCREASING;

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
import dev.northbound.scoring.features.FeatureConfig;
import dev.northbound.scoring.features.support.Buffers;
import dev.northbound.scoring.features.support.SchemaBuilder;
import dev.northbound.scoring.features.support.Sources;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Payment behaviour on utility and telecom bills, rent and tax. A bill counts once its period has
 * begun and its due date has passed by the as-of date; it is on time when paid by its due date
 * (and by the as-of date). Look-back windows count months of the bill's period.
 *
 * <p>Public with a no-argument constructor so that {@link java.util.ServiceLoader} can create it
 * with {@link FeatureConfig#defaults()}; use {@link #create(FeatureConfig)} otherwise. Immutable and
 * thread-safe.
 */
public final class PaymentFeatures implements FeatureExtractor {

  static final int UTILITY_ON_TIME = 0;
  static final int TELECOM_ON_TIME = 1;
  static final int RENT_ON_TIME = 2;
  static final int LATE_BILLS_12M = 3;
  static final int LATE_RENT_12M = 4;
  static final int MAX_DAYS_LATE = 5;
  static final int TAX_FILED = 6;
  static final int TAX_PAID = 7;

  private final FeatureConfig config;
  private final FeatureSchema schema;
  private final Sources sources;

  /** The extractor with {@link FeatureConfig#defaults()}, for {@link java.util.ServiceLoader}. */
  public PaymentFeatures() {
    this(FeatureConfig.defaults());
  }

  private PaymentFeatures(FeatureConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    int n = config.billLookbackMonths();
    this.schema = SchemaBuilder.create().group(FeatureGroup.ALTERNATIVE_DATA)
        .add("utility_on_time_ratio", "ratio", DECREASING,
            "Share of electricity, water and gas bills of the last " + n + " months paid by their due date.")
        .add("telecom_on_time_ratio", "ratio", DECREASING,
            "Share of mobile and broadband bills of the last " + n + " months paid by their due date.")
        .add("rent_on_time_ratio", "ratio", DECREASING,
            "Share of rent payments of the last " + n + " months paid by their due date.")
        .add("late_bill_count_12m", "count", INCREASING,
            "Utility and telecom bills of the last 12 months not paid by their due date.")
        .add("late_rent_count_12m", "count", INCREASING,
            "Rent payments of the last 12 months not paid by their due date.")
        .add("max_days_late", "days", INCREASING,
            "Most days from due date to payment (or to the as-of date if unpaid) over bills and rent of the last "
                + n + " months.")
        .add("tax_filed_on_time_share", "ratio", DECREASING, "Share of tax records whose return was filed on time.")
        .add("tax_paid_on_time_share", "ratio", DECREASING, "Share of tax records whose tax was paid on time.")
        .build();
    this.sources = Sources.standard(schema);
  }

  /** The extractor with the given parameters. */
  public static PaymentFeatures create(FeatureConfig config) {
    return new PaymentFeatures(config);
  }

  @Override
  public String name() {
    return "alternative_payments";
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
    AlternativeData alt = file.alternativeData();
    Schedule known = Schedule.of(alt, ctx, config.billLookbackMonths());
    Buffers.share(out, offset + UTILITY_ON_TIME, known.utilitiesOnTime, known.utilities, MissingReason.NO_HISTORY);
    Buffers.share(out, offset + TELECOM_ON_TIME, known.telecomsOnTime, known.telecoms, MissingReason.NO_HISTORY);
    Buffers.share(out, offset + RENT_ON_TIME, known.rentsOnTime, known.rents, MissingReason.NO_HISTORY);
    Buffers.countOrMissing(out, offset + LATE_BILLS_12M, known.bills12 > 0, known.lateBills12, MissingReason.NO_HISTORY);
    Buffers.countOrMissing(out, offset + LATE_RENT_12M, known.rents12 > 0, known.lateRents12, MissingReason.NO_HISTORY);
    Buffers.countOrMissing(out, offset + MAX_DAYS_LATE, known.maxLate >= 0, known.maxLate, MissingReason.NO_HISTORY);
    writeTax(alt.taxRecords(), ctx.asOf(), out, offset);
  }

  private static void writeTax(List<TaxRecord> taxes, LocalDate asOf, FeatureBuffer out, int offset) {
    long records = 0L;
    long filed = 0L;
    long paid = 0L;
    for (int i = 0; i < taxes.size(); i++) {
      TaxRecord t = taxes.get(i);
      if (!t.assessedOn().isAfter(asOf)) {
        records++;
        filed += t.filedOnTime() ? 1 : 0;
        paid += t.paidOnTime() ? 1 : 0;
      }
    }
    Buffers.share(out, offset + TAX_FILED, filed, records, MissingReason.NO_HISTORY);
    Buffers.share(out, offset + TAX_PAID, paid, records, MissingReason.NO_HISTORY);
  }
}
