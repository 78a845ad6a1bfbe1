package dev.northbound.scoring.features.bureau;

import static dev.northbound.scoring.core.feature.RiskDirection.INCREASING;

import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.credit.DataSource;
import dev.northbound.scoring.core.credit.Enquiry;
import dev.northbound.scoring.core.credit.HkCreditReport;
import dev.northbound.scoring.core.feature.ExtractionContext;
import dev.northbound.scoring.core.feature.FeatureBuffer;
import dev.northbound.scoring.core.feature.FeatureExtractor;
import dev.northbound.scoring.core.feature.FeatureGroup;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.feature.MissingReason;
import dev.northbound.scoring.features.support.AccountPass;
import dev.northbound.scoring.features.support.Buffers;
import dev.northbound.scoring.features.support.Dates;
import dev.northbound.scoring.features.support.SchemaBuilder;
import dev.northbound.scoring.features.support.Sources;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Appetite for new credit from the Hong Kong bureau report: hard enquiries and newly opened
 * accounts. An event is "in the last n months" when it is dated on or before the as-of date and
 * fewer than n whole months before it.
 *
 * <p>Immutable and thread-safe.
 */
public final class CreditDemandFeatures implements FeatureExtractor {

  static final int HARD_3M = 0;
  static final int HARD_6M = 1;
  static final int HARD_12M = 2;
  static final int OPENED_12M = 3;

  private static final FeatureSchema SCHEMA = SchemaBuilder.create().group(FeatureGroup.CREDIT_DEMAND)
      .add("hard_enquiries_3m", "count", INCREASING, "Hard enquiries (credit applications) in the last 3 months.")
      .add("hard_enquiries_6m", "count", INCREASING, "Hard enquiries (credit applications) in the last 6 months.")
      .add("hard_enquiries_12m", "count", INCREASING, "Hard enquiries (credit applications) in the last 12 months.")
      .add("accounts_opened_12m", "count", INCREASING, "Bureau accounts opened in the last 12 months.")
      .build();

  private static final Sources SOURCES = Sources.standard(SCHEMA);

  /** The extractor, for {@link java.util.ServiceLoader}; it has no parameters. */
  public CreditDemandFeatures() {}

  @Override
  public String name() {
    return "bureau_demand";
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
    LocalDate asOf = ctx.asOf();
    int in3 = 0;
    int in6 = 0;
    int in12 = 0;
    List<Enquiry> enquiries = report.enquiries();
    for (int i = 0; i < enquiries.size(); i++) {
      Enquiry e = enquiries.get(i);
      if (!e.hard() || e.date().isAfter(asOf)) {
        continue;
      }
      long ago = Dates.fullMonths(e.date(), asOf);
      in3 += ago < 3 ? 1 : 0;
      in6 += ago < 6 ? 1 : 0;
      in12 += ago < 12 ? 1 : 0;
    }
    int opened = AccountPass.of(report, ctx).openedWithin12Months();
    out.set(offset + HARD_3M, in3);
    out.set(offset + HARD_6M, in6);
    out.set(offset + HARD_12M, in12);
    out.set(offset + OPENED_12M, opened);
  }
}
