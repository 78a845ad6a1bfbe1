package dev.northbound.scoring.toolkit.training;

import dev.northbound.scoring.models.scaling.Scaling;
import dev.northbound.scoring.toolkit.data.Dataset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One pass of binning, selection, logistic fit and scaling on one training sample. Under the
 * configuration's spec: binning per {@link SpecBinner}; selection per {@link Selector}; then the
 * VIF step (while the highest VIF of a non-forced selected WoE column exceeds the ceiling, drop
 * that column); then the fit, repeated until stable: a singular fit drops the slope it names;
 * backward elimination drops the non-forced slope with the highest p-value above the ceiling; the
 * sign check drops the non-forced slope that is not negative with the highest z. A forced
 * characteristic that would be dropped by the fit's steps fails the run. A weighted data set's
 * weights reach the binning (weighted WoE and IV) and the logistic fit (weighted likelihood); the
 * selection's correlation and VIF are taken on the WoE columns row by row, unweighted.
 */
final class TrainingPass {

  private TrainingPass() {}

  record Fitted(List<BinningResult> binnings, SelectionReport selection, LogisticFit fit,
      ScorecardDraft draft, Map<String, Double> vif) {}

  static Fitted fit(Dataset data, TrainingConfig config) {
    boolean[] bad = data.bad();
    double[] weights = data.weights();
    TrainingSpec spec = config.spec();
    List<BinningResult> binnings = SpecBinner.bin(data, config);
    Map<String, double[]> woe = new LinkedHashMap<>();
    Map<String, BinningResult> byName = new LinkedHashMap<>();
    for (BinningResult binning : binnings) {
      byName.put(binning.characteristic(), binning);
      woe.put(binning.characteristic(), binning.woe(data.column(binning.characteristic()).get()));
    }
    SelectionReport selection = Selector.select(
        binnings, woe, config.ivThreshold(), config.correlationThreshold(), spec);
    Set<String> forced = Set.copyOf(selection.forced());
    List<String> names = new ArrayList<>(selection.selected());
    List<SelectionReport.Dropped> dropped = new ArrayList<>(selection.dropped());
    if (spec.selection().vifCeiling().isPresent()) {
      dropByVif(names, woe, forced, spec.selection().vifCeiling().getAsDouble(), dropped);
    }
    LogisticFit fit;
    while (true) {
      fit = fitDroppingSingular(names, woe, bad, weights, config.l2(), forced, dropped);
      if (spec.selection().maxPValue().isPresent()
          && dropByPValue(fit, names, forced, spec.selection().maxPValue().getAsDouble(), dropped)) {
        continue;
      }
      if (spec.selection().signCheck() && dropByWrongSign(fit, names, forced, dropped)) {
        continue;
      }
      break;
    }
    if (dropped.size() > selection.dropped().size()) {
      selection = selection.with(names, dropped);
    }
    Map<String, Double> vif = Vif.of(names, names.stream().map(woe::get).toList());
    return new Fitted(binnings, selection, fit,
        draft(fit, byName, config.scaling(), spec.integerPoints()), vif);
  }

  private static void dropByVif(List<String> names, Map<String, double[]> woe, Set<String> forced,
      double ceiling, List<SelectionReport.Dropped> dropped) {
    while (true) {
      Map<String, Double> vif = Vif.of(names, names.stream().map(woe::get).toList());
      String worst = null;
      for (Map.Entry<String, Double> e : vif.entrySet()) {
        if (!forced.contains(e.getKey()) && e.getValue() > ceiling
            && (worst == null || e.getValue() > vif.get(worst))) {
          worst = e.getKey();
        }
      }
      if (worst == null) {
        return;
      }
      names.remove(worst);
      dropped.add(new SelectionReport.Dropped(worst, SelectionReport.Reason.HIGH_VIF,
          String.format(Locale.ROOT, "VIF %.4f is the highest and above the ceiling %.4f",
              vif.get(worst), ceiling)));
    }
  }

  private static boolean dropByPValue(LogisticFit fit, List<String> names, Set<String> forced,
      double ceiling, List<SelectionReport.Dropped> dropped) {
    Coefficient worst = null;
    for (Coefficient c : fit.slopes()) {
      if (!forced.contains(c.name()) && c.pValue() > ceiling
          && (worst == null || c.pValue() > worst.pValue())) {
        worst = c;
      }
    }
    if (worst == null) {
      return false;
    }
    names.remove(worst.name());
    dropped.add(new SelectionReport.Dropped(worst.name(), SelectionReport.Reason.HIGH_P_VALUE,
        String.format(Locale.ROOT, "p-value %.4f is the highest and above the ceiling %.4f;"
            + " dropped and refitted", worst.pValue(), ceiling)));
    return true;
  }

  private static boolean dropByWrongSign(LogisticFit fit, List<String> names, Set<String> forced,
      List<SelectionReport.Dropped> dropped) {
    Coefficient worst = null;
    for (Coefficient c : fit.slopes()) {
      if (c.estimate() >= 0) {
        if (forced.contains(c.name())) {
          throw new TrainingFailedException(String.format(Locale.ROOT, "the forced characteristic"
              + " %s has the wrong sign (slope %.4f on its WoE, must be negative: higher WoE means"
              + " lower risk); fix its bins, or do not force it", c.name(), c.estimate()));
        }
        if (worst == null || c.z() > worst.z()) {
          worst = c;
        }
      }
    }
    if (worst == null) {
      return false;
    }
    names.remove(worst.name());
    dropped.add(new SelectionReport.Dropped(worst.name(), SelectionReport.Reason.WRONG_SIGN,
        String.format(Locale.ROOT, "slope %.4f (z %.2f) on its WoE is not negative: higher WoE"
            + " would mean higher risk; dropped and refitted", worst.estimate(), worst.z())));
    return true;
  }

  private static LogisticFit fitDroppingSingular(List<String> names, Map<String, double[]> woe,
      boolean[] bad, double[] weights, double l2, Set<String> forced,
      List<SelectionReport.Dropped> dropped) {
    while (true) {
      try {
        return LogisticFitter.fit(names.stream().map(woe::get).toList(), names, bad, weights,
            l2);
      } catch (SingularHessian singular) {
        if (singular.slope() < 0) {
          throw new TrainingFailedException("the logistic fit's Hessian is singular in the"
              + " intercept (every row's weight vanished); use an L2 penalty (l2 > 0, --l2 1)");
        }
        String name = names.get(singular.slope());
        if (forced.contains(name)) {
          throw new TrainingFailedException("the logistic fit's Hessian is singular along the"
              + " forced characteristic " + name + " (aliased with the others, or separating goods"
              + " from bads); do not force it, or use an L2 penalty (--l2 1)");
        }
        names.remove(singular.slope());
        dropped.add(new SelectionReport.Dropped(name, SelectionReport.Reason.SINGULAR_FIT,
            String.format(Locale.ROOT, "the fit's Hessian was singular along it at Newton"
                + " iteration %d (weighted 1 - R^2 %.1e on the characteristics before it): aliased"
                + " with them, or separating goods from bads; dropped and refitted",
                singular.iteration(), Math.max(0, singular.pivot()))));
      }
    }
  }

  /**
   * Scales a fit into points: {@code initialPoints = offset - factor * b0} and
   * {@code points_ij = -factor * b_i * WoE_ij} (see {@link ScorecardDraft}); with
   * {@code integerPoints}, each of them rounded half away from zero ({@link #whole}).
   */
  static ScorecardDraft draft(LogisticFit fit, Map<String, BinningResult> binnings,
      Scaling scaling, boolean integerPoints) {
    double factor = scaling.factor();
    List<DraftCharacteristic> characteristics = new ArrayList<>();
    for (Coefficient slope : fit.slopes()) {
      BinningResult binning = binnings.get(slope.name());
      List<DraftAttribute> attributes = binning.bins().stream()
          .map(b -> new DraftAttribute(b.attribute(), b.woe(),
              points(-factor * slope.estimate() * b.woe(), integerPoints)))
          .toList();
      characteristics.add(new DraftCharacteristic(
          slope.name(), binning.numeric(), binning.iv(), slope, attributes));
    }
    return new ScorecardDraft(scaling,
        points(scaling.offset() - factor * fit.intercept().estimate(), integerPoints),
        fit.intercept(), characteristics);
  }

  private static double points(double exact, boolean integerPoints) {
    return integerPoints ? whole(exact) : exact;
  }

  /**
   * Rounds half away from zero ({@code 2.5 -> 3}, {@code -2.5 -> -3}, {@code -0.4 -> 0}, never
   * {@code -0.0}).
   */
  static double whole(double x) {
    return new java.math.BigDecimal(x).setScale(0, java.math.RoundingMode.HALF_UP).doubleValue() + 0.0;
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
