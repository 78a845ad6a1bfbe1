package dev.northbound.scoring.toolkit.training.boosted;

import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.toolkit.report.HtmlReport;
import dev.northbound.scoring.toolkit.report.Section;
import dev.northbound.scoring.toolkit.report.Table;
import dev.northbound.scoring.toolkit.report.shape.ShapeSection;
import dev.northbound.scoring.toolkit.training.CvAuc;
import dev.northbound.scoring.toolkit.training.TrainingReportSections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds the page of a boosted training report. */
final class BoostedTrainingReportHtml {

  /** The note in place of the sections that need the training rows. */
  static final String NO_ROWS = "Made without the training data: the held-out performance, the"
      + " characteristics' shapes and the protected groups are left out.";

  private BoostedTrainingReportHtml() {}

  static HtmlReport of(BoostedTrainingReportContent c) {
    BoostedTrainingResult r = c.result();
    Scorecard card = c.scorecard();
    List<BoostedReportTerms> terms = BoostedReportTerms.of(r, card);
    HtmlReport.Builder page = HtmlReport.builder()
        .title("Boosted training report: " + card.info().id() + " " + card.info().version())
        .generatedAt(c.generatedAt())
        .keyFigure("Boosted CV AUC (mean of " + r.boostedCv().folds().size() + " folds)",
            r.boostedCv().mean(), 4);
    for (CvAuc x : r.challengerCv()) {
      page.keyFigure(TrainingReportSections.modelName(x.model()) + " CV AUC", x.mean(), 4);
    }
    page.keyFigure("Training AUC (in sample)", r.trainingAuc(), 4)
        .keyFigure("Characteristics", (terms.size() - r.interactions().size()) + " + "
            + r.interactions().size() + " interactions")
        .keyFigure("Rows", String.format(Locale.ROOT, "%,d", c.total()));
    c.rows().ifPresent(rows -> page.keyFigure("Held-out KS (cross-validated)",
        rows.heldOut().ks().value(), 4));
    page.section(summary(c));
    page.section(TrainingReportSections.crossValidation("Boosted scorecard", r.boostedCv(),
        r.challengerCv(), r.config().training().folds() + " stratified folds, seed " + r.config().seed()
            + ". Fine bins, the boosting, the interaction choice and the monotone constraints are"
            + " redone inside every training fold; each challenger is trained on the same folds."));
    if (c.rows().isEmpty()) {
      page.section(Section.builder("Sections that need the training rows").paragraph(NO_ROWS).build());
    }
    c.rows().ifPresent(rows -> page.section(TrainingReportSections.heldOutPerformance(rows.heldOut(),
        r.config().training().folds(), "fine bins, boosting and interaction choice",
        " the training AUC above is optimistic.")));
    page.section(BoostedReportSections.interactions(r));
    page.section(BoostedReportSections.scorecard(card, terms));
    c.rows().ifPresent(rows -> ShapeSection.sections(rows.shapes()).forEach(page::section));
    c.rows().ifPresent(rows -> page.section(TrainingReportSections.fairness(c.protectedAttributes(),
        rows.fairness(), "held-out points")));
    page.section(TrainingReportSections.provenance(r.dataFingerprint(), card, c.data()));
    page.section(c.spec().map(TrainingReportSections::specUsed).orElseGet(() ->
        Section.builder("Training spec used").paragraph("No training spec was given: the run"
            + " used the default configuration with the settings listed under provenance.")
            .build()));
    page.footer("Produced by Northbound boosted training. Aggregate figures only; the data fingerprint"
        + " is " + r.dataFingerprint().substring(0, 12) + ".");
    return page.build();
  }

  private static Section summary(BoostedTrainingReportContent c) {
    BoostedTrainingResult r = c.result();
    Table.Builder data = Table.builder("Data").textColumn("Item").textColumn("Value");
    c.data().forEach((k, v) -> data.row("Data " + k, v));
    data.row("Rows", String.format(Locale.ROOT, "%,d", c.total()));
    data.row("Bads", String.format(Locale.ROOT, "%,d", c.bads()));
    data.row("Indeterminate rows left out", String.format(Locale.ROOT, "%,d", c.indeterminate()));
    data.row("Method", BoostedTrainingReportJson.METHOD);
    Table.Builder settings = Table.builder("Boosting settings").textColumn("Setting").textColumn("Value");
    BoostedTrainingReportJson.boosting(r.config()).forEach((k, v) -> settings.row(k,
        v instanceof Map<?, ?> m && m.isEmpty() ? "none" : String.valueOf(v).replaceAll("[{}]", "")));
    Table.Builder rounds = Table.builder("Boosting cycles kept per bag (early stopping)")
        .textColumn("Bag").numberColumn("Main effects", 0);
    boolean pairs = !r.interactionRounds().isEmpty();
    if (pairs) {
      rounds.numberColumn("Interactions", 0);
    }
    for (int b = 0; b < r.mainRounds().size(); b++) {
      if (pairs) {
        rounds.row(Integer.toString(b + 1), r.mainRounds().get(b), r.interactionRounds().get(b));
      } else {
        rounds.row(Integer.toString(b + 1), r.mainRounds().get(b));
      }
    }
    return Section.builder("Summary")
        .paragraph(String.format(Locale.ROOT, "A boosted additive scorecard: cyclic, bagged,"
            + " early-stopped gradient boosting of one small tree per characteristic at a time on fine"
            + " bins, %s, scaled into points. Training AUC %.4f (in sample); cross-validated AUC %.4f"
            + " (mean of %d folds).", r.interactions().isEmpty() ? "no pairwise interactions"
                : r.interactions().size() + " pairwise interactions chosen by FAST",
            r.trainingAuc(), r.boostedCv().mean(), r.boostedCv().folds().size()))
        .table(data.build())
        .table(settings.build())
        .table(rounds.build())
        .build();
  }
}
