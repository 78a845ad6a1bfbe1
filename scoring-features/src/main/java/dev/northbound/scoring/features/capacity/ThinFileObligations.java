package dev.northbound.scoring.features.capacity;

import static dev.northbound.scoring.core.feature.RiskDirection.INCREASING;

import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.credit.DataSource;
import dev.northbound.scoring.core.credit.RentPayment;
import dev.northbound.scoring.core.feature.ExtractionContext;
import dev.northbound.scoring.core.feature.FeatureBuffer;
import dev.northbound.scoring.core.feature.FeatureExtractor;
import dev.northbound.scoring.core.feature.FeatureGroup;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.feature.MissingReason;
import dev.northbound.scoring.features.support.Buffers;
import dev.northbound.scoring.features.support.Dates;
import dev.northbound.scoring.features.support.ReportingCents;
import dev.northbound.scoring.features.support.SchemaBuilder;
import dev.northbound.scoring.features.support.Sources;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The obligations a decision policy can establish for a file without a Hong Kong bureau report (the
 * thin-file obligations rule): what the applicant declared, and the rent evidenced in verified
 * alternative data. An optional extractor, not part of the standard catalogue: compose it after the
 * standard features ({@link dev.northbound.scoring.features.catalogue.StandardFeatures#withThinFileObligations()}).
 *
 * <p>Public with a no-argument constructor; it has no parameters. Immutable and thread-safe.
 */
public final class ThinFileObligations implements FeatureExtractor {

  static final int DECLARED = 0;
  static final int RENT = 1;

  /** The window, in months up to and including the as-of month, of {@code rent_monthly_obligation}. */
  static final int RENT_WINDOW_MONTHS = 3;

  private static final FeatureSchema SCHEMA = SchemaBuilder.create().group(FeatureGroup.CAPACITY)
      .add("declared_monthly_obligations", "reporting currency per month", INCREASING,
          "The monthly obligations the applicant declared in the application.")
      .add("rent_monthly_obligation", "reporting currency per month", INCREASING,
          "Mean amount due of the rent payments whose period is one of the " + RENT_WINDOW_MONTHS
              + " months up to and including the as-of month (each amount converted and rounded to cents, the"
              + " mean rounded half up to cents); missing (no history) without one.")
      .build();

  private static final Sources SOURCES = Sources.of(SCHEMA,
      List.of(EnumSet.noneOf(DataSource.class), EnumSet.of(DataSource.RENT)));

  /** The extractor. */
  public ThinFileObligations() {}

  @Override
  public String name() {
    return "thin-file-obligations";
  }

  @Override
  public FeatureSchema schema() {
    return SCHEMA;
  }

  /** No source for the declared obligations (the application), {@link DataSource#RENT} for the rent. */
  @Override
  public Set<DataSource> sourcesOf(int feature) {
    return SOURCES.of(feature);
  }

  @Override
  public void extract(CreditFile file, ExtractionContext ctx, FeatureBuffer out, int offset) {
    Buffers.checkRange(out, offset, SCHEMA.size());
    long declared = ReportingCents.cents(file.application().declaredMonthlyObligations(), ctx,
        ReportingCents.APPLICATION, -1, "declaredMonthlyObligations");
    out.set(offset + DECLARED, ReportingCents.units(declared));
    int asOfMonth = Dates.monthIndex(ctx.asOf());
    List<RentPayment> rents = file.alternativeData().rent();
    long sum = 0L;
    int count = 0;
    for (int i = 0; i < rents.size(); i++) {
      RentPayment r = rents.get(i);
      int ago = asOfMonth - Dates.monthIndex(r.period());
      if (ago < 0 || ago >= RENT_WINDOW_MONTHS) {
        continue;
      }
      long cents = ReportingCents.cents(r.amount(), ctx, ReportingCents.RENT, i, "amount");
      sum = ReportingCents.add(sum, cents, ReportingCents.RENT, i, "amount");
      count++;
    }
    if (count == 0) {
      out.setMissing(offset + RENT, MissingReason.NO_HISTORY);
    } else {
      out.set(offset + RENT, ReportingCents.units((sum + count / 2) / count)); // half up, exact
    }
  }
}
