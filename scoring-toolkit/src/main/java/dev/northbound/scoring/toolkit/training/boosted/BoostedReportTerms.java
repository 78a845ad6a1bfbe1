package dev.northbound.scoring.toolkit.training.boosted;

import dev.northbound.scoring.models.scorecard.Characteristic;
import dev.northbound.scoring.models.scorecard.Scorecard;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every characteristic of a boosted scorecard, in the card's order, with the term of the result it
 * comes from: a main effect's {@link Shape} or an {@link Interaction}.
 *
 * @param characteristic the characteristic of the card
 * @param interaction the interaction it is, if it is one
 * @param importance the term's importance (the row-weighted mean absolute points)
 */
record BoostedReportTerms(Characteristic characteristic, Optional<Interaction> interaction,
    double importance) {

  /**
   * The terms of {@code card}.
   *
   * @throws IllegalArgumentException if a characteristic is neither a shape nor an interaction of
   *     the result
   */
  static List<BoostedReportTerms> of(BoostedTrainingResult result, Scorecard card) {
    List<BoostedReportTerms> out = new ArrayList<>();
    for (Characteristic c : card.characteristics()) {
      if (c.isInteraction()) {
        Interaction i = result.interactions().stream()
            .filter(x -> x.first().equals(c.feature()) && x.second().equals(c.partner().orElseThrow()))
            .findFirst().orElseThrow(() -> missing(c));
        out.add(new BoostedReportTerms(c, Optional.of(i), i.importance()));
      } else {
        Shape s = result.shape(c.feature()).orElseThrow(() -> missing(c));
        out.add(new BoostedReportTerms(c, Optional.empty(), s.importance()));
      }
    }
    return out;
  }

  private static IllegalArgumentException missing(Characteristic c) {
    return new IllegalArgumentException("the scorecard's characteristic " + c.name()
        + " is not a term of the training result; the report needs the card the result built");
  }
}
