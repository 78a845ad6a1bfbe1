package dev.northbound.scoring.features.reference;

import static dev.northbound.scoring.core.feature.RiskDirection.DECREASING;

import dev.northbound.scoring.core.credit.Account;
import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.feature.ExtractionContext;
import dev.northbound.scoring.core.feature.FeatureBuffer;
import dev.northbound.scoring.core.feature.FeatureExtractor;
import dev.northbound.scoring.core.feature.FeatureGroup;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.feature.MissingReason;
import dev.northbound.scoring.features.support.Buffers;
import dev.northbound.scoring.features.support.SchemaBuilder;
import java.util.List;

/**
 * Depth of the Hong Kong bureau file: account ages, whether there is a file at all and how many
 * tradelines it holds. Accounts count once opened by the as-of date, closed or not.
 *
 * <p>Immutable and thread-safe.
 */
final class DepthFeatures implements FeatureExtractor {

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

  @Override
  public void extract(CreditFile file, ExtractionContext ctx, FeatureBuffer out, int offset) {
    Buffers.checkRange(out, offset, SCHEMA.size());
    Buffers.flag(out, offset + HAS_FILE, file.bureauReport().isPresent());
    if (file.bureauReport().isEmpty()) {
      Buffers.fillMissing(out, offset + OLDEST, 2, MissingReason.NO_BUREAU_FILE);
      out.setMissing(offset + TRADELINES, MissingReason.NO_BUREAU_FILE);
      return;
    }
    List<Account> accounts = file.bureauReport().get().accounts();
    int count = 0;
    long oldest = 0L;
    long total = 0L;
    for (int i = 0; i < accounts.size(); i++) {
      Account a = accounts.get(i);
      if (Dates.isVisible(a, ctx.asOf())) {
        long age = Dates.fullMonths(a.openedOn(), ctx.asOf());
        count++;
        total += age;
        oldest = Math.max(oldest, age);
      }
    }
    out.set(offset + TRADELINES, count);
    if (count == 0) {
      Buffers.fillMissing(out, offset + OLDEST, 2, MissingReason.NO_HISTORY);
    } else {
      out.set(offset + OLDEST, oldest);
      out.set(offset + AVERAGE, (double) total / count);
    }
  }
}
