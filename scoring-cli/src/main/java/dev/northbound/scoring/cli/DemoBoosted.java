package dev.northbound.scoring.cli;

import dev.northbound.scoring.core.feature.RiskDirection;
import dev.northbound.scoring.models.scorecard.Characteristic;
import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.evaluation.Calibration;
import dev.northbound.scoring.toolkit.report.shape.BinShape;
import dev.northbound.scoring.toolkit.report.shape.CharacteristicShape;
import dev.northbound.scoring.toolkit.report.shape.ShapeTable;
import dev.northbound.scoring.toolkit.training.boosted.BoostedTrainingResult;
import dev.northbound.scoring.toolkit.training.boosted.Interaction;
import dev.northbound.scoring.toolkit.training.comparison.CardSize;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The boosted willingness scorecard beside the WoE willingness scorecard, on the held-out part:
 * AUC, KS, Brier score and size of both (and the XGBoost challenger's figures for reference), the
 * boosted card's interactions, and its shapes counted on the held-out part. Shown only: every
 * decision of the demo stays on the WoE scorecards.
 *
 * @param models the WoE willingness scorecard, the boosted one and the XGBoost challenger, in that order
 * @param interactions the boosted card's interactions, in the card's order
 * @param shapes the boosted card's characteristics counted on the held-out part
 * @param training the boosted card's training outcome (cross-validated AUC, rounds)
 */
record DemoBoosted(List<Model> models, List<InteractionRow> interactions, ShapeTable shapes,
    BoostedTrainingResult training) {

  /** Where the shapes are counted, as the report says it. */
  static final String SHAPES_ON = "held-out part";

  /**
   * One model's figures on the held-out part.
   *
   * @param name the model's name in the report
   * @param auc the AUC
   * @param ks the KS statistic
   * @param brier the Brier score of its probabilities of default
   * @param size its characteristics and attributes; empty for a model that is not a scorecard
   */
  record Model(String name, double auc, double ks, double brier, Optional<CardSize> size) {}

  /**
   * One interaction of the boosted card.
   *
   * @param name the characteristic's name ("first × second")
   * @param first the first feature (the table's rows)
   * @param second the second feature (the table's columns)
   * @param rows the bins of the first feature
   * @param columns the bins of the second feature
   * @param minPoints the fewest points of a cell
   * @param maxPoints the most points of a cell
   * @param fastGain the FAST gain that chose it
   * @param importance the row-weighted mean of the absolute points of its cells on the training part
   */
  record InteractionRow(String name, String first, String second, int rows, int columns, double minPoints,
      double maxPoints, double fastGain, double importance) {}

  DemoBoosted {
    models = List.copyOf(models);
    interactions = List.copyOf(interactions);
  }

  /** The comparison on the held-out part {@code test}, which {@code e} was measured on. */
  static DemoBoosted of(DemoEvaluation e, DemoModels m, Dataset test) {
    Scorecard boosted = m.boosted.scorecard();
    List<Model> models = List.of(
        model(e, e.models.get("Willingness scorecard"), Optional.of(size(m.willingness))),
        model(e, e.boosted, Optional.of(size(boosted))),
        model(e, e.models.get("XGBoost challenger"), Optional.empty()));
    List<InteractionRow> interactions = new ArrayList<>();
    for (Characteristic c : boosted.characteristics()) {
      if (c.isInteraction()) {
        String partner = c.partner().orElseThrow();
        Optional<Interaction> learnt = m.boosted.interactions().stream()
            .filter(i -> i.first().equals(c.feature()) && i.second().equals(partner)).findFirst();
        double gain = learnt.map(Interaction::fastGain).orElse(0.0);
        double importance = learnt.map(Interaction::importance).orElse(0.0);
        interactions.add(new InteractionRow(c.name(), c.feature(), partner, c.firstAxis().size(),
            c.secondAxis().size(), c.minPoints(), c.maxPoints(), gain, importance));
      }
    }
    return new DemoBoosted(models, interactions, ShapeTable.count(boosted, test), m.boosted);
  }

  private static Model model(DemoEvaluation e, DemoEvaluation.ModelScores ms, Optional<CardSize> size) {
    return new Model(ms.name(), ms.summary().auc(), ms.summary().ks().value(),
        Calibration.brierScore(e.pd.get(ms.name()), e.bad), size);
  }

  /**
   * The boosted card's characteristics of one feature without a monotone constraint: the only ones
   * the trainer may pair. The demo sets no monotone overrides and no trends, so a feature's
   * constraint is its risk direction in the schema.
   */
  long unconstrained() {
    Scorecard card = training.scorecard();
    java.util.Set<String> features = new java.util.HashSet<>();
    card.characteristics().stream().filter(c -> !c.isInteraction()).forEach(c -> features.add(c.feature()));
    return card.schema().definitions().stream()
        .filter(d -> features.contains(d.name()) && d.riskDirection() == RiskDirection.NONE).count();
  }

  /**
   * The boosted card's characteristics, most important first: by the mean absolute points they give
   * the held-out part, ties in card order.
   */
  List<CharacteristicShape> byImportance() {
    List<CharacteristicShape> out = new ArrayList<>(shapes.characteristics());
    out.sort(Comparator.comparingDouble(DemoBoosted::importance).reversed());
    return out;
  }

  /** The row-weighted mean of the absolute points of a characteristic's bins. */
  static double importance(CharacteristicShape c) {
    double sum = 0;
    for (BinShape b : c.bins()) {
      sum += b.rows() * Math.abs(b.points());
    }
    return c.rows() == 0 ? 0 : sum / c.rows();
  }

  /**
   * The shapes the report draws: the {@code most} most important characteristics and every
   * interaction, in order of importance (report.json keeps them all).
   */
  ShapeTable drawn(int most) {
    List<CharacteristicShape> out = new ArrayList<>();
    for (CharacteristicShape c : byImportance()) {
      if (c.isInteraction() || out.stream().filter(x -> !x.isInteraction()).count() < most) {
        out.add(c);
      }
    }
    return new ShapeTable(out, shapes.rows(), shapes.bads());
  }

  /** Characteristics (an interaction counts as one) and attributes (bins; an interaction's cells). */
  static CardSize size(Scorecard card) {
    int attributes = 0;
    for (Characteristic c : card.characteristics()) {
      attributes += c.bins().size();
    }
    return new CardSize(card.characteristics().size(), attributes);
  }

  Model woe() {
    return models.get(0);
  }

  Model boosted() {
    return models.get(1);
  }

  Model challenger() {
    return models.get(2);
  }

  /** The printed summary's line comparing the two willingness scorecards. */
  String summaryLine() {
    CardSize b = boosted().size().orElseThrow();
    CardSize w = woe().size().orElseThrow();
    return String.format(Locale.ROOT, "Boosted willingness scorecard (shown, decides nothing): AUC %.3f against %.3f "
        + "for the WoE one; %d characteristics (%d interactions) and %d attributes against %d and %d.",
        boosted().auc(), woe().auc(), b.characteristics(), interactions.size(), b.attributes(), w.characteristics(),
        w.attributes());
  }
}
