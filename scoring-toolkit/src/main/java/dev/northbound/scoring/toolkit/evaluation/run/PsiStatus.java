package dev.northbound.scoring.toolkit.evaluation.run;

import dev.northbound.scoring.toolkit.evaluation.StabilityBin;
import dev.northbound.scoring.toolkit.evaluation.StabilityIndex;
import java.util.Locale;

/**
 * Whether a stability index rests on enough rows to be banded. With no shift at all, sampling alone
 * gives a PSI of about {@code (B - 1) (1 / n_baseline + 1 / n_current)} over {@code B} bins (the
 * sum over bins of the squared share differences over the share, whose expectation is that); when
 * this noise floor exceeds {@value #MAX_NOISE_FLOOR}, half the STABLE bound of 0.10, a small sample
 * could read STABLE or SHIFTED by chance, so the status is {@value #INSUFFICIENT_DATA} instead of a
 * band. Over the score's 10 deciles (fewer when scores tie) and two samples of equal size, that
 * means fewer than 360 rows each. An index is not banded either when a bin expects fewer than
 * {@value #MIN_EXPECTED_PER_BIN} rows of either sample (the baseline's count, or the current sample's
 * size times the baseline share).
 */
final class PsiStatus {

  /** The status of an index computed on too few rows. */
  static final String INSUFFICIENT_DATA = "INSUFFICIENT_DATA";
  /** The fewest rows expected in each bin of each sample for an index to be banded. */
  static final int MIN_EXPECTED_PER_BIN = 5;
  /** The largest noise floor at which an index is still banded. */
  static final double MAX_NOISE_FLOOR = 0.05;

  private PsiStatus() {}

  /** The expected PSI of two samples of these sizes from one population, over {@code bins} bins. */
  static double noiseFloor(int bins, long baselineRows, long currentRows) {
    if (baselineRows <= 0 || currentRows <= 0) {
      return Double.POSITIVE_INFINITY;
    }
    return (Math.max(bins, 1) - 1) * (1.0 / baselineRows + 1.0 / currentRows);
  }

  static boolean sufficient(StabilityIndex index, long baselineRows, long currentRows) {
    if (noiseFloor(index.bins().size(), baselineRows, currentRows) > MAX_NOISE_FLOOR) {
      return false;
    }
    for (StabilityBin bin : index.bins()) {
      // the usual rule for a chi-square-like statistic: at least 5 expected rows in every bin of each sample
      if (bin.baselineCount() < MIN_EXPECTED_PER_BIN || bin.baselineShare() * currentRows < MIN_EXPECTED_PER_BIN) {
        return false;
      }
    }
    return true;
  }

  /** The index's band, or {@value #INSUFFICIENT_DATA}. */
  static String status(StabilityIndex index, long baselineRows, long currentRows) {
    return sufficient(index, baselineRows, currentRows) ? index.band().name() : INSUFFICIENT_DATA;
  }

  /** The note a report carries when the score PSI is not banded. */
  static String note(StabilityIndex index, long baselineRows, long currentRows) {
    return String.format(Locale.ROOT, "Too few rows for a meaningful PSI: %,d baseline and %,d current rows over %d "
        + "bins give a PSI of about %.3f from sampling alone (bands need at most %.2f, and at least %d rows expected "
        + "in every bin of each sample), so the score PSI is not banded (INSUFFICIENT_DATA). With samples of equal "
        + "size, bands need about %,d rows each.",
        baselineRows, currentRows, index.bins().size(), noiseFloor(index.bins().size(), baselineRows, currentRows),
        MAX_NOISE_FLOOR, MIN_EXPECTED_PER_BIN, (long) Math.ceil(2 * (index.bins().size() - 1) / MAX_NOISE_FLOOR - 1e-9));
  }
}
