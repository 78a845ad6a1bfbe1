package dev.northbound.scoring.toolkit.training;

import dev.northbound.scoring.models.scaling.RiskGrades;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Risk grades A to E from the training score distribution: with the {@code n} scores sorted from
 * highest to lowest as {@code s}, the cutoff of grade {@code k} ({@code k = 1..4}) is
 * {@code s[ceil(n k / 5) - 1]}, the lowest score among the best {@code k/5} of rows, rounded down
 * to 0.1 points. So about a fifth of the training rows falls in each grade (fewer grades when ties
 * make two cutoffs equal: a cutoff not below the previous one is dropped, with the last label).
 */
public final class GradeCutoffs {

  static final List<String> LABELS = List.of("A", "B", "C", "D", "E");

  private GradeCutoffs() {}

  /**
   * The grades of a training score distribution.
   *
   * @param scores the training scores (points, higher is better), at least one
   * @throws IllegalArgumentException if there is no score
   */
  public static RiskGrades of(double[] scores) {
    if (scores.length == 0) {
      throw new IllegalArgumentException("grades need at least one training score");
    }
    double[] sorted = scores.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    List<Double> cutoffs = new ArrayList<>();
    for (int k = 1; k < LABELS.size(); k++) {
      int rank = (int) Math.ceil((double) n * k / LABELS.size()) - 1; // in the descending order
      double cutoff = Math.floor(sorted[n - 1 - rank] * 10) / 10;
      if (cutoffs.isEmpty() || cutoff < cutoffs.get(cutoffs.size() - 1)) {
        cutoffs.add(cutoff);
      }
    }
    return RiskGrades.of(LABELS.subList(0, cutoffs.size() + 1), cutoffs);
  }
}
