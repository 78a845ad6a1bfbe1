package dev.northbound.scoring.toolkit.evaluation;

import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Bands of a score (or of any number) defined by strictly increasing cut points c1 &lt; … &lt; ck:
 * band 0 is {@code value < c1}, band i is {@code ci <= value < c(i+1)}, band k is {@code value >=
 * ck}. A value equal to a cut point belongs to the band above it, so that "approve if score &ge;
 * cutoff" approves whole bands.
 *
 * <p>Immutable and thread-safe; a value type ({@code equals} compares the cut points).
 */
public final class ScoreBands {

  private final double[] cuts;

  private ScoreBands(double[] cuts) {
    this.cuts = cuts;
  }

  /**
   * Bands from explicit cut points.
   *
   * @param cuts finite, strictly increasing cut points (none gives a single band)
   * @return the bands
   * @throws IllegalArgumentException if a cut point is not finite or the points are not increasing
   */
  public static ScoreBands of(double... cuts) {
    double[] copy = cuts.clone();
    for (int i = 0; i < copy.length; i++) {
      EvaluationChecks.require(Double.isFinite(copy[i]), "cut point " + i + " must be finite");
      EvaluationChecks.require(i == 0 || copy[i - 1] < copy[i],
          "cut points must be strictly increasing; cut point " + i + " is not above the previous");
      copy[i] += 0.0;
    }
    return new ScoreBands(copy);
  }

  /**
   * Equal-count bands on a sample: with the sample sorted as x[0..n-1], cut point j is {@code
   * x[floor(j n / count)]} for j = 1..count-1; repeated cut points, and any equal to the minimum
   * (which would leave band 0 empty), are dropped, so tied values share a band and no band of the
   * sample is empty. Deciles are {@code quantiles(values, 10)}.
   *
   * @param values the sample (baseline scores, or predicted PDs)
   * @param count the number of bands wanted, at least 1
   * @return the bands; fewer than {@code count} when values tie across a cut
   * @throws dev.northbound.scoring.core.InvalidInputException if the sample is empty or has a
   *     non-finite value
   */
  public static ScoreBands quantiles(double[] values, int count) {
    EvaluationChecks.finite("values", values);
    EvaluationChecks.require(count >= 1, "count must be at least 1; found " + count);
    double[] sorted = values.clone();
    for (int i = 0; i < sorted.length; i++) {
      sorted[i] += 0.0;
    }
    Arrays.sort(sorted);
    double[] cuts = new double[count - 1];
    int k = 0;
    for (int j = 1; j < count; j++) {
      double cut = sorted[(int) ((long) j * sorted.length / count)];
      if (cut > sorted[0] && (k == 0 || cut > cuts[k - 1])) {
        cuts[k++] = cut;
      }
    }
    return new ScoreBands(Arrays.copyOf(cuts, k));
  }

  /** The number of bands (one more than the number of cut points). */
  public int count() {
    return cuts.length + 1;
  }

  /** A copy of the cut points. */
  public double[] cuts() {
    return cuts.clone();
  }

  /**
   * The band of a value: the number of cut points at or below it. O(log k).
   *
   * @param value a finite value
   * @return the band index in [0, count)
   */
  public int bandOf(double value) {
    int lo = 0;
    int hi = cuts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cuts[mid] <= value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * The range of a band.
   *
   * @param band the band index in [0, count)
   * @return its bounds
   */
  public BandRange range(int band) {
    Objects.checkIndex(band, count());
    return new BandRange(band == 0 ? OptionalDouble.empty() : OptionalDouble.of(cuts[band - 1]),
        band == cuts.length ? OptionalDouble.empty() : OptionalDouble.of(cuts[band]));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ScoreBands that && Arrays.equals(cuts, that.cuts);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(cuts);
  }

  @Override
  public String toString() {
    return "ScoreBands" + Arrays.toString(cuts);
  }
}
