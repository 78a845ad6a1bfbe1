package dev.northbound.scoring.toolkit.training.boosted;

import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.toolkit.report.BarChart;
import dev.northbound.scoring.toolkit.report.Section;
import dev.northbound.scoring.toolkit.report.Table;
import java.util.List;
import java.util.Locale;

/** The sections of the boosted training report that are its own: interactions and the card. */
final class BoostedReportSections {

  private BoostedReportSections() {}

  /** The chosen interactions, in FAST order, with their gains and importance. */
  static Section interactions(BoostedTrainingResult r) {
    Section.Builder section = Section.builder("Interactions");
    if (r.interactions().isEmpty()) {
      return section.paragraph("No pairwise interaction was chosen (at most "
          + r.config().maxInteractions() + " allowed).").build();
    }
    Table.Builder table = Table.builder("Chosen interactions (by FAST gain)")
        .textColumn("Interaction").numberColumn("FAST gain", 4).numberColumn("Importance", 2)
        .textColumn("Cells");
    for (Interaction i : r.interactions()) {
      table.row(i.first() + " × " + i.second(), i.fastGain(), i.importance(),
          i.firstAxis().size() + " × " + i.secondAxis().size());
    }
    return section.paragraph("FAST ranks every pair of characteristics by how much a two-by-two"
            + " split of their coarse axes lowers the log loss left by the main effects; the best "
            + r.interactions().size() + " of at most " + r.config().maxInteractions() + " were"
            + " boosted on " + r.config().interactionBins() + " bins per axis at most, after the main"
            + " effects. Importance: the row-weighted mean of the absolute points.")
        .table(table.build())
        .build();
  }

  /** Every characteristic of the card, in its order, with importance and points range. */
  static Section scorecard(Scorecard card, List<BoostedReportTerms> terms) {
    Table.Builder table = Table.builder(String.format(Locale.ROOT, "The scorecard (initial score %.2f)",
            card.initialScore()))
        .textColumn("Characteristic").textColumn("Reason code").numberColumn("Bins", 0)
        .numberColumn("Importance", 2).numberColumn("Fewest points", 2).numberColumn("Most points", 2);
    double[] importance = new double[terms.size()];
    for (int t = 0; t < terms.size(); t++) {
      BoostedReportTerms term = terms.get(t);
      importance[t] = term.importance();
      table.row(term.characteristic().name(), term.characteristic().reasonCode(),
          term.characteristic().bins().size(), term.importance(), term.characteristic().minPoints(),
          term.characteristic().maxPoints());
    }
    return Section.builder("Scorecard")
        .paragraph("Main effects in column order, then the interactions in FAST order; a"
            + " characteristic whose every bin scores 0 points is left out. Importance: the row-weighted"
            + " mean of the absolute points on the training data. Scaling: "
            + card.scaling().basePoints() + " points at " + card.scaling().baseOdds()
            + ":1 good:bad odds, " + card.scaling().pointsToDoubleOdds() + " points to double the odds.")
        .chart("importance", BarChart.of("Importance per characteristic", "Mean absolute points",
            terms.stream().map(t -> t.characteristic().name()).toList(), importance, 2))
        .table(table.build())
        .build();
  }
}
