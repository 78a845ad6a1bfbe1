package dev.northbound.scoring.toolkit.training.comparison;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Several models' held-out figures on the same rows and the same folds, from
 * {@link ModelComparison}.
 *
 * @param design how the rows were held out, for example {@code "5-fold stratified CV, seed 42"}
 * @param rows the rows held out in all (each once)
 * @param bads the bad rows among them
 * @param models one row per model, in the order the models were given
 */
public record Comparison(String design, int rows, int bads, List<ComparisonRow> models) {

  /** Validates and copies. */
  public Comparison {
    Objects.requireNonNull(design, "design");
    models = List.copyOf(models);
  }

  /**
   * The figures as a Markdown table: model, AUC (mean over folds), KS and Brier (pooled), and the
   * card's characteristics and attributes ("–" for a model that is not a scorecard).
   */
  public String markdown() {
    StringBuilder out = new StringBuilder();
    out.append("| model | AUC | KS | Brier | characteristics | attributes |\n");
    out.append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
    for (ComparisonRow m : models) {
      out.append(String.format(Locale.ROOT, "| %s | %.4f | %.4f | %.4f | %s | %s |%n", m.model(), m.auc(), m.ks(),
          m.brier(), m.size().map(s -> Integer.toString(s.characteristics())).orElse("–"),
          m.size().map(s -> Integer.toString(s.attributes())).orElse("–")));
    }
    return out.toString();
  }
}
