package dev.northbound.scoring.features.bureau;

import static dev.northbound.scoring.core.feature.RiskDirection.DECREASING;

import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.credit.DataSource;
import dev.northbound.scoring.core.feature.ExtractionContext;
import dev.northbound.scoring.core.feature.FeatureBuffer;
import dev.northbound.scoring.core.feature.FeatureExtractor;
import dev.northbound.scoring.core.feature.FeatureGroup;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.feature.MissingReason;
import dev.northbound.scoring.features.support.AccountPass;
import dev.northbound.scoring.features.support.Buffers;
import dev.northbound.scoring.features.support.SchemaBuilder;
import dev.northbound.scoring.features.support.Sources;
import java.util.Set;

/**
 * Depth of the Hong Kong bureau file: account ages, whether there is a file at all and how many
 * tradelines it holds. Accounts count once opened by the as-of date, closed or not.
 *
 * <p>Immutable and thread-safe.
 */
public final class DepthFeatures implements FeatureExtractor {

  static final int OLDEST = 0;
  static final int AVERAGE = 1;
  static final int HAS_FILE = 2;
  static final int TRADELINES = 3;

  private static final FeatureSchema SCHEMA = SchemaBuilder.create()
      .group(FeatureGroup.DEPTH_OF_HISTORY)
      .add("oldest_account_age_months", "months", DECREASING,
          "Whole months from the opening of the oldest bureau account to the as-of date.")
      .add("average_account_age_months", "months", DECREASING,
          "Mean of the whole months from each bureau account's opening to the as-of date.")
      .group(FeatureGroup.THIN_FILE)
      .add("has_bureau_file", "flag", DECREASING, "1 if the applicant brought a Hong Kong bureau report.")
      .add("tradeline_count", "count", DECREASING, "Bureau accounts opened by the as-of date, open or closed.")
      .build();

  private static final Sources SOURCES = Sources.standard(SCHEMA);

  /** The extractor, for {@link java.util.ServiceLoader}; it has no parameters. */
  public DepthFeatures() {}

  @Override
  public String name() {
    return "bureau_depth";
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
    Buffers.flag(out, offset + HAS_FILE, file.bureauReport().isPresent());
    if (file.bureauReport().isEmpty()) {
      Buffers.fillMissing(out, offset + OLDEST, 2, MissingReason.NO_BUREAU_FILE);
      out.setMissing(offset + TRADELINES, MissingReason.NO_BUREAU_FILE);
      return;
    }
    AccountPass pass = AccountPass.of(file.bureauReport().get(), ctx);
    int count = pass.visibleCount();
    out.set(offset + TRADELINES, count);
    if (count == 0) {
      Buffers.fillMissing(out, offset + OLDEST, 2, MissingReason.NO_HISTORY);
    } else {
      out.set(offset + OLDEST, pass.oldestAgeMonths());
      out.set(offset + AVERAGE, (double) pass.totalAgeMonths() / count);
    }
  }
}
