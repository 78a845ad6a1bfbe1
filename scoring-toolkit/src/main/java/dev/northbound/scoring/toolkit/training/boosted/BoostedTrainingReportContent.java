package dev.northbound.scoring.toolkit.training.boosted;

import dev.northbound.scoring.models.scorecard.Scorecard;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What a {@link BoostedTrainingReport} is made of.
 *
 * @param result the training result
 * @param scorecard the scorecard written to the model file
 * @param generatedAt the report time
 * @param data the description of the data (sorted)
 * @param indeterminate rows left out as indeterminate
 * @param rows what needs the training rows, when they were given
 * @param spec the training spec's text, when given
 */
record BoostedTrainingReportContent(BoostedTrainingResult result, Scorecard scorecard,
    Instant generatedAt, Map<String, String> data, long indeterminate,
    Optional<BoostedTrainingReportRows> rows, Optional<String> spec) {

  /** The rows the card was trained on (the out-of-fold points hold one per row). */
  int total() {
    return result.outOfFold().scores().length;
  }

  /** The bad rows the card was trained on (every shape counts them all). */
  long bads() {
    return result.shapes().isEmpty() ? 0
        : result.shapes().get(0).bads().stream().mapToLong(Long::longValue).sum();
  }

  /** The training spec's protected attributes. */
  java.util.List<String> protectedAttributes() {
    return result.config().training().spec().protectedAttributes();
  }
}
