package dev.northbound.scoring.toolkit.training;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Characteristic selection: drop those with IV below the threshold; then, by descending IV (name
 * on a tie), keep a characteristic unless the Pearson correlation of its WoE column with that of
 * an already kept one exceeds the threshold in absolute value, or its WoE column is (nearly) a
 * linear combination of the kept ones and the intercept: {@code 1 - R^2} of it regressed on them at
 * most {@value #COLLINEAR} (a variance inflation factor of a million or more), which would make the
 * logistic fit's Hessian singular. Pairwise correlation cannot see such a combination of three or
 * more columns (for example a count that is the sum of two flags).
 */
final class Selector {

  /** The largest {@code 1 - R^2} at which a WoE column counts as collinear with the kept ones. */
  static final double COLLINEAR = 1e-6;

  private Selector() {}

  static SelectionReport select(List<BinningResult> binnings, Map<String, double[]> woe,
      double ivThreshold, double correlationThreshold) {
    return select(binnings, woe, ivThreshold, correlationThreshold, TrainingSpec.automatic());
  }

  /**
   * Selects under a spec as well: a characteristic it excludes is dropped first
   * ({@link SelectionReport.Reason#EXCLUDED_BY_SPEC}); the ones it forces are kept before any
   * other, without the IV, correlation and collinearity checks, and the others are judged against
   * them; an IV above the spec's ceiling is flagged, or dropped ({@code HIGH_IV}) when the spec
   * says so.
   */
  static SelectionReport select(List<BinningResult> binnings, Map<String, double[]> woe,
      double ivThreshold, double correlationThreshold, TrainingSpec spec) {
    List<BinningResult> ordered = new ArrayList<>(binnings);
    ordered.sort(Comparator.comparingDouble(BinningResult::iv).reversed()
        .thenComparing(BinningResult::characteristic));
    List<BinningResult> kept = new ArrayList<>();
    List<SelectionReport.Dropped> dropped = new ArrayList<>();
    List<SelectionReport.Flagged> flagged = new ArrayList<>();
    List<String> forced = new ArrayList<>();
    List<double[]> basis = new ArrayList<>();
    for (BinningResult candidate : ordered) {
      CharacteristicSpec.Role role = spec.characteristic(candidate.characteristic()).role();
      if (role == CharacteristicSpec.Role.EXCLUDE) {
        dropped.add(new SelectionReport.Dropped(candidate.characteristic(),
            SelectionReport.Reason.EXCLUDED_BY_SPEC, String.format(Locale.ROOT,
                "the spec excludes it (IV %.4f)", candidate.iv())));
      } else if (role == CharacteristicSpec.Role.FORCE) {
        kept.add(candidate);
        forced.add(candidate.characteristic());
        residualShare(woe.get(candidate.characteristic()), basis);
      }
    }
    for (BinningResult candidate : ordered) {
      if (spec.characteristic(candidate.characteristic()).role()
          != CharacteristicSpec.Role.INCLUDE) {
        continue;
      }
      if (candidate.iv() < ivThreshold) {
        dropped.add(new SelectionReport.Dropped(candidate.characteristic(),
            SelectionReport.Reason.LOW_IV, String.format(Locale.ROOT,
                "IV %.4f is below the threshold %.4f", candidate.iv(), ivThreshold)));
        continue;
      }
      if (spec.selection().ivCeiling().isPresent()
          && candidate.iv() > spec.selection().ivCeiling().getAsDouble()) {
        String detail = String.format(Locale.ROOT, "IV %.4f is above the ceiling %.4f: a likely"
            + " leak", candidate.iv(), spec.selection().ivCeiling().getAsDouble());
        if (spec.selection().dropAboveIvCeiling()) {
          dropped.add(new SelectionReport.Dropped(candidate.characteristic(),
              SelectionReport.Reason.HIGH_IV, detail));
          continue;
        }
        flagged.add(new SelectionReport.Flagged(candidate.characteristic(), detail));
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
      double unexplained = reason == null
          ? residualShare(woe.get(candidate.characteristic()), basis) : 1;
      if (reason == null && unexplained <= COLLINEAR) {
        dropped.add(new SelectionReport.Dropped(candidate.characteristic(),
            SelectionReport.Reason.COLLINEAR, String.format(Locale.ROOT,
                "1 - R^2 = %.2e on the kept characteristics is at most %.0e", unexplained,
                COLLINEAR)));
      } else if (reason == null) {
        kept.add(candidate);
      } else {
        dropped.add(new SelectionReport.Dropped(
            candidate.characteristic(), SelectionReport.Reason.CORRELATED, reason));
      }
    }
    forced.sort(Comparator.naturalOrder());
    return new SelectionReport(kept.stream().map(BinningResult::characteristic).toList(), dropped,
        forced, flagged);
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

  /**
   * The share of {@code x}'s centred sum of squares not explained by the orthonormal centred
   * {@code basis} ({@code 1 - R^2}); when it exceeds {@link #COLLINEAR}, the normalised residual
   * joins the basis. Gram-Schmidt with one re-orthogonalisation pass.
   */
  static double residualShare(double[] x, List<double[]> basis) {
    double mean = 0;
    for (double v : x) {
      mean += v;
    }
    mean /= x.length;
    double[] r = new double[x.length];
    double total = 0;
    for (int i = 0; i < x.length; i++) {
      r[i] = x[i] - mean;
      total += r[i] * r[i];
    }
    if (total == 0) {
      return 0;
    }
    for (int pass = 0; pass < 2; pass++) {
      for (double[] q : basis) {
        double dot = 0;
        for (int i = 0; i < r.length; i++) {
          dot += r[i] * q[i];
        }
        for (int i = 0; i < r.length; i++) {
          r[i] -= dot * q[i];
        }
      }
    }
    double left = 0;
    for (double v : r) {
      left += v * v;
    }
    double share = left / total;
    if (share > COLLINEAR) {
      double norm = Math.sqrt(left);
      for (int i = 0; i < r.length; i++) {
        r[i] /= norm;
      }
      basis.add(r);
    }
    return share;
  }
}
