package dev.northbound.scoring.models.training;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Characteristic selection: drop those with IV below the threshold; then, by descending IV (name
 * on a tie), keep a characteristic unless the Pearson correlation of its WoE column with that of
 * an already kept one exceeds the threshold in absolute value.
 */
final class Selector {

  private Selector() {}

  static SelectionReport select(List<BinningResult> binnings, Map<String, double[]> woe,
      double ivThreshold, double correlationThreshold) {
    List<BinningResult> ordered = new ArrayList<>(binnings);
    ordered.sort(Comparator.comparingDouble(BinningResult::iv).reversed()
        .thenComparing(BinningResult::characteristic));
    List<BinningResult> kept = new ArrayList<>();
    List<SelectionReport.Dropped> dropped = new ArrayList<>();
    for (BinningResult candidate : ordered) {
      if (candidate.iv() < ivThreshold) {
        dropped.add(new SelectionReport.Dropped(candidate.characteristic(),
            SelectionReport.Reason.LOW_IV, String.format(Locale.ROOT,
                "IV %.4f is below the threshold %.4f", candidate.iv(), ivThreshold)));
        continue;
      }
      String reason = null;
      for (BinningResult other : kept) {
        double r = correlation(woe.get(candidate.characteristic()),
            woe.get(other.characteristic()));
        if (Math.abs(r) > correlationThreshold) {
          reason = String.format(Locale.ROOT, "|r| = %.4f with %s (IV %.4f) exceeds %.4f",
              Math.abs(r), other.characteristic(), other.iv(), correlationThreshold);
          break;
        }
      }
      if (reason == null) {
        kept.add(candidate);
      } else {
        dropped.add(new SelectionReport.Dropped(
            candidate.characteristic(), SelectionReport.Reason.CORRELATED, reason));
      }
    }
    return new SelectionReport(kept.stream().map(BinningResult::characteristic).toList(), dropped);
  }

  /** Pearson correlation; 0 when either column is constant. */
  static double correlation(double[] x, double[] y) {
    double mx = 0;
    double my = 0;
    for (int i = 0; i < x.length; i++) {
      mx += x[i];
      my += y[i];
    }
    mx /= x.length;
    my /= y.length;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
  }
}
