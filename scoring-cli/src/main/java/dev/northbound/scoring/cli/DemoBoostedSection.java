package dev.northbound.scoring.cli;

import dev.northbound.scoring.toolkit.evaluation.CurvePoint;
import dev.northbound.scoring.toolkit.evaluation.Discrimination;
import dev.northbound.scoring.toolkit.evaluation.ScoreOrientation;
import dev.northbound.scoring.toolkit.report.LineChart;
import dev.northbound.scoring.toolkit.report.Section;
import dev.northbound.scoring.toolkit.report.Series;
import dev.northbound.scoring.toolkit.report.Table;
import dev.northbound.scoring.toolkit.report.shape.BinShape;
import dev.northbound.scoring.toolkit.report.shape.CharacteristicShape;
import dev.northbound.scoring.toolkit.report.shape.ShapeSection;
import dev.northbound.scoring.toolkit.report.shape.ShapeTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The report's "Boosted scorecard beside the WoE scorecard" section, its shape sections, and their JSON. */
final class DemoBoostedSection {
  private DemoBoostedSection() {}

  static final String HEADING = "Boosted scorecard beside the WoE scorecard";
  /** The most characteristics of one feature drawn in shape sections (interactions are always drawn). */
  static final int SHAPES_DRAWN = 8;

  /** The comparison section; the shape sections ({@link #shapes}) follow it. */
  static Section section(DemoBoosted b, DemoEvaluation e) {
    Table.Builder t = Table.builder("Willingness scorecards on the held-out part (XGBoost for reference)")
        .textColumn("Model").numberColumn("AUC", 3).numberColumn("KS", 3).numberColumn("Brier score", 4)
        .textColumn("Characteristics").textColumn("Attributes");
    for (DemoBoosted.Model m : b.models()) {
      t.row(m.name(), m.auc(), m.ks(), m.brier(),
          m.size().map(s -> Integer.toString(s.characteristics())).orElse("–"),
          m.size().map(s -> String.format(Locale.ROOT, "%,d", s.attributes())).orElse("–"));
    }
    Section.Builder s = Section.builder(HEADING)
        .paragraph(String.format(Locale.ROOT, "A boosted additive scorecard (docs/boosted-scorecard.md): points per "
            + "bin of each characteristic learnt by boosting shallow trees, plus pairwise interactions whose points "
            + "sit in a table of cells. It was trained on exactly the willingness scorecard's training data, folds "
            + "and seed (cross-validated AUC on the training part %.3f over %d folds). It is shown only: every "
            + "decision in this report is made with the WoE scorecards.", b.training().boostedCv().mean(),
            b.training().boostedCv().folds().size()))
        .table(t.build())
        .paragraph("Measured on the held-out part. Brier score: mean squared gap between the predicted probability "
            + "of default and the outcome (lower is better). An interaction counts as one characteristic and its "
            + "cells as its attributes; the XGBoost challenger is not a scorecard.")
        .chart("roc-boosted", LineChart.of("ROC curves of the two willingness scorecards", "Share of goods declined",
            "Share of bads declined", List.of(roc("Boosted willingness", e.boosted, e),
                roc("WoE willingness", e.models.get("Willingness scorecard"), e)), true));
    if (b.interactions().isEmpty()) {
      s.paragraph(String.format(Locale.ROOT, "The boosted scorecard chose no interaction. Only characteristics "
          + "without a monotone constraint can be paired (a cell table could break the constraint), and %d of its %d "
          + "characteristics have none: the trainer keeps each feature's risk direction in the schema as a "
          + "constraint (docs/boosted-scorecard.md).", b.unconstrained(), b.boosted().size().orElseThrow()
          .characteristics()));
    } else {
      Table.Builder i = Table.builder("Interactions of the boosted scorecard").textColumn("Interaction")
          .textColumn("Cells (rows × columns)").numberColumn("Fewest points", 1).numberColumn("Most points", 1)
          .numberColumn("Mean |points|, training part", 2).numberColumn("FAST gain", 1);
      for (DemoBoosted.InteractionRow r : b.interactions()) {
        i.row(r.name(), r.rows() + " × " + r.columns(), r.minPoints(), r.maxPoints(), r.importance(), r.fastGain());
      }
      s.table(i.build());
    }
    Table.Builder c = Table.builder("Characteristics of the boosted scorecard on the held-out part, most important "
        + "first").textColumn("Characteristic").numberColumn("Bins", 0).numberColumn("Fewest points", 2)
        .numberColumn("Most points", 2).numberColumn("Mean |points|", 2);
    for (CharacteristicShape x : b.byImportance()) {
      double min = x.bins().stream().mapToDouble(BinShape::points).min().orElseThrow();
      double max = x.bins().stream().mapToDouble(BinShape::points).max().orElseThrow();
      c.row(x.name(), x.bins().size(), min, max, DemoBoosted.importance(x));
    }
    ShapeTable drawn = b.drawn(SHAPES_DRAWN);
    long drawnInteractions = drawn.characteristics().stream().filter(CharacteristicShape::isInteraction).count();
    return s.paragraph(String.format(Locale.ROOT, "Every characteristic of the boosted scorecard, counted on the "
        + "%s (%,d applicants, %,d bads). Mean |points| is the mean of the absolute points the applicants get from "
        + "it. The sections \"Shape: …\" that follow draw the %d most important%s: the points of each bin, and its "
        + "applicants and bad rate; report.json has the shapes of all %d (boostedScorecard/shapes).",
        DemoBoosted.SHAPES_ON, b.shapes().rows(), b.shapes().bads(), drawn.characteristics().size() - drawnInteractions,
        drawnInteractions == 0 ? "" : " and every interaction", b.shapes().characteristics().size()))
        .table(c.build()).build();
  }

  /** The shape sections the report draws ({@link DemoBoosted#drawn}), counted on the held-out part. */
  static List<Section> shapes(DemoBoosted b) {
    return ShapeSection.sections(b.drawn(SHAPES_DRAWN));
  }

  private static Series roc(String name, DemoEvaluation.ModelScores ms, DemoEvaluation e) {
    List<CurvePoint> pts = Discrimination.roc(ms.scores(), e.bad, ScoreOrientation.HIGHER_IS_BETTER, 200);
    return Series.of(name, pts.stream().mapToDouble(CurvePoint::x).toArray(),
        pts.stream().mapToDouble(CurvePoint::y).toArray());
  }

  /** The report.json's {@code boostedScorecard} object (layout in docs/report-format.md). */
  static Map<String, Object> json(DemoBoosted b) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("decides", false);
    root.put("measuredOn", "test");
    root.put("cvAuc", b.training().boostedCv().mean());
    root.put("cvFolds", b.training().boostedCv().folds().size());
    Map<String, Object> models = new LinkedHashMap<>();
    for (DemoBoosted.Model m : b.models()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("auc", m.auc());
      x.put("ks", m.ks());
      x.put("brier", m.brier());
      m.size().ifPresent(s -> {
        x.put("characteristics", s.characteristics());
        x.put("attributes", s.attributes());
      });
      models.put(m.name(), x);
    }
    root.put("models", models);
    List<Map<String, Object>> interactions = new ArrayList<>();
    for (DemoBoosted.InteractionRow r : b.interactions()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("name", r.name());
      x.put("first", r.first());
      x.put("second", r.second());
      x.put("rows", r.rows());
      x.put("columns", r.columns());
      x.put("minPoints", r.minPoints());
      x.put("maxPoints", r.maxPoints());
      x.put("importance", r.importance());
      x.put("fastGain", r.fastGain());
      interactions.add(x);
    }
    root.put("interactions", interactions);
    root.put("unconstrainedCharacteristics", b.unconstrained());
    root.put("shapesOn", "test");
    root.put("shapes", ShapeSection.json(b.shapes()));
    return root;
  }
}
