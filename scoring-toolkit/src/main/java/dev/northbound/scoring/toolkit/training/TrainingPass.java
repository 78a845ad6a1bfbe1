package dev.northbound.scoring.toolkit.training;

import dev.northbound.scoring.models.scaling.Scaling;
import dev.northbound.scoring.toolkit.data.Column;
import dev.northbound.scoring.toolkit.data.Dataset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One pass of binning, selection, logistic fit and scaling on one training sample. */
final class TrainingPass {

  private TrainingPass() {}

  record Fitted(List<BinningResult> binnings, SelectionReport selection, LogisticFit fit,
      ScorecardDraft draft) {}

  static Fitted fit(Dataset data, TrainingConfig config) {
    boolean[] bad = data.bad();
    List<BinningResult> binnings = new ArrayList<>();
    Map<String, double[]> woe = new LinkedHashMap<>();
    Map<String, BinningResult> byName = new LinkedHashMap<>();
    for (Column column : data.columns()) {
      BinningResult binning = Binner.bin(column, bad, config.binning(),
          config.specialValuesOf(column.name()));
      binnings.add(binning);
      byName.put(column.name(), binning);
      woe.put(column.name(), binning.woe(column));
    }
    SelectionReport selection = Selector.select(
        binnings, woe, config.ivThreshold(), config.correlationThreshold());
    List<String> names = new ArrayList<>(selection.selected());
    List<SelectionReport.Dropped> dropped = new ArrayList<>(selection.dropped());
    LogisticFit fit;
    while (true) {
      try {
        fit = LogisticFitter.fit(names.stream().map(woe::get).toList(), names, bad, config.l2());
        break;
      } catch (SingularHessian singular) {
        if (singular.slope() < 0) {
          throw new TrainingFailedException("the logistic fit's Hessian is singular in the"
              + " intercept (every row's weight vanished); use an L2 penalty (l2 > 0, --l2 1)");
        }
        String name = names.remove(singular.slope());
        dropped.add(new SelectionReport.Dropped(name, SelectionReport.Reason.SINGULAR_FIT,
            String.format(Locale.ROOT, "the fit's Hessian was singular along it at Newton"
                + " iteration %d (weighted 1 - R^2 %.1e on the characteristics before it): aliased"
                + " with them, or separating goods from bads; dropped and refitted",
                singular.iteration(), Math.max(0, singular.pivot()))));
      }
    }
    if (dropped.size() > selection.dropped().size()) {
      selection = new SelectionReport(names, dropped);
    }
    return new Fitted(binnings, selection, fit, draft(fit, byName, config.scaling()));
  }

  /**
   * Scales a fit into points: {@code initialPoints = offset - factor * b0} and
   * {@code points_ij = -factor * b_i * WoE_ij} (see {@link ScorecardDraft}).
   */
  static ScorecardDraft draft(LogisticFit fit, Map<String, BinningResult> binnings,
      Scaling scaling) {
    double factor = scaling.factor();
    List<DraftCharacteristic> characteristics = new ArrayList<>();
    for (Coefficient slope : fit.slopes()) {
      BinningResult binning = binnings.get(slope.name());
      List<DraftAttribute> attributes = binning.bins().stream()
          .map(b -> new DraftAttribute(b.attribute(), b.woe(),
              -factor * slope.estimate() * b.woe()))
          .toList();
      characteristics.add(new DraftCharacteristic(
          slope.name(), binning.numeric(), binning.iv(), slope, attributes));
    }
    return new ScorecardDraft(scaling,
        scaling.offset() - factor * fit.intercept().estimate(), fit.intercept(), characteristics);
  }

  /** The probability of bad of every row under a draft. */
  static double[] probabilityOfBad(ScorecardDraft draft, Dataset data) {
    double[] scores = draft.scores(data);
    for (int r = 0; r < scores.length; r++) {
      scores[r] = draft.scaling().probabilityOfDefault(scores[r]);
    }
    return scores;
  }
}
