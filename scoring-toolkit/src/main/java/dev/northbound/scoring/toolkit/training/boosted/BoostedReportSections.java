package dev.northbound.scoring.toolkit.training.boosted;

import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.toolkit.report.BarChart;
import dev.northbound.scoring.toolkit.report.Section;
import dev.northbound.scoring.toolkit.report.Table;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The sections of the boosted training report that are its own: interactions and the card. */
final class BoostedReportSections {

  /** The most bars of the importance chart: more would shrink the labels below readable. */
  static final int CHART_BARS = 12;

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
    for (BoostedReportTerms term : terms) {
      table.row(term.characteristic().name(), term.characteristic().reasonCode(),
          term.characteristic().bins().size(), term.importance(), term.characteristic().minPoints(),
          term.characteristic().maxPoints());
    }
    return Section.builder("Scorecard")
        .paragraph("Main effects in column order, then the interactions in FAST order; a"
            + " characteristic whose every bin scores 0 points is left out. Importance: the row-weighted"
            + " mean of the absolute points on the training data. Scaling: "
            + plain(card.scaling().basePoints()) + " points at " + plain(card.scaling().baseOdds())
            + ":1 good:bad odds, " + plain(card.scaling().pointsToDoubleOdds())
            + " points to double the odds.")
        .chart("importance", importance(terms), "Most important first; the table gives every"
            + " characteristic in the card's order.")
        .table(table.build())
        .build();
  }

  /** The bars of the most important characteristics, most important first (few enough to read). */
  private static BarChart importance(List<BoostedReportTerms> terms) {
    List<BoostedReportTerms> ranked = terms.stream()
        .sorted(Comparator.comparingDouble(BoostedReportTerms::importance).reversed()
            .thenComparing(t -> t.characteristic().name()))
        .limit(CHART_BARS).toList();
    return BarChart.of(ranked.size() < terms.size()
            ? "Importance: the " + CHART_BARS + " most important of " + terms.size() + " characteristics"
            : "Importance per characteristic", "Mean absolute points",
        ranked.stream().map(t -> t.characteristic().name()).toList(),
        ranked.stream().mapToDouble(BoostedReportTerms::importance).toArray(), 2);
  }

  /** {@code 600}, {@code 2.5}: no trailing zeros. */
  private static String plain(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
