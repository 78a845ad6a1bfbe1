package dev.northbound.scoring.toolkit.evaluation;

import java.util.Arrays;
import java.util.Objects;

/**
 * A histogram over {@link ScoreBands}: per band the number of rows, of bads, and the sum of the
 * predicted PDs. It is everything the gains table, the calibration table and the PSI need, and two
 * histograms over the same bands {@link #merge merge} by adding, so a distributed job can build one
 * per partition and combine them. Counts merge exactly; PD sums merge up to floating-point rounding.
 *
 * <p>Immutable and thread-safe.
 */
public final class BandCounts {

  private final ScoreBands bands;
  private final long[] rows;
  private final long[] bads;
  private final double[] pdSums;
  private final boolean labelled;
  private final boolean withPd;

  private BandCounts(ScoreBands bands, long[] rows, long[] bads, double[] pdSums,
      boolean labelled, boolean withPd) {
    this.bands = bands;
    this.rows = rows;
    this.bads = bads;
    this.pdSums = pdSums;
    this.labelled = labelled;
    this.withPd = withPd;
  }

  /**
   * Counts unlabelled values (for the PSI).
   *
   * @param bands the bands
   * @param values finite values
   * @return the histogram
   */
  public static BandCounts of(ScoreBands bands, double[] values) {
    EvaluationChecks.finite("values", values);
    return count(bands, values, null, null);
  }

  /**
   * Counts scored rows with outcomes (for the gains table).
   *
   * @param bands the bands
   * @param scores finite scores
   * @param bad the outcomes, {@code true} for bad
   * @return the histogram
   */
  public static BandCounts of(ScoreBands bands, double[] scores, boolean[] bad) {
    EvaluationChecks.sameLength("scores", scores.length, "bad", bad.length);
    EvaluationChecks.finite("scores", scores);
    return count(bands, scores, bad, null);
  }

  /**
   * Counts scored rows with outcomes and predicted PDs (for the calibration table).
   *
   * @param bands the bands
   * @param scores finite scores
   * @param bad the outcomes, {@code true} for bad
   * @param pd the predicted probabilities of default, in [0, 1]
   * @return the histogram
   */
  public static BandCounts of(ScoreBands bands, double[] scores, boolean[] bad, double[] pd) {
    EvaluationChecks.sameLength("scores", scores.length, "bad", bad.length);
    EvaluationChecks.sameLength("scores", scores.length, "pd", pd.length);
    EvaluationChecks.finite("scores", scores);
    EvaluationChecks.probabilities("pd", pd);
    return count(bands, scores, bad, pd);
  }

  private static BandCounts count(ScoreBands bands, double[] values, boolean[] bad, double[] pd) {
    Objects.requireNonNull(bands, "bands");
    int k = bands.count();
    long[] rows = new long[k];
    long[] bads = new long[k];
    double[] pdSums = new double[k];
    for (int i = 0; i < values.length; i++) {
      int band = bands.bandOf(values[i]);
      rows[band]++;
      if (bad != null && bad[i]) {
        bads[band]++;
      }
      if (pd != null) {
        pdSums[band] += pd[i];
      }
    }
    return new BandCounts(bands, rows, bads, pdSums, bad != null, pd != null);
  }

  /**
   * Adds two histograms over the same bands.
   *
   * @param other a histogram over equal bands, with the same kind of rows
   * @return the sum
   * @throws IllegalArgumentException if the bands differ or one has outcomes or PDs the other lacks
   */
  public BandCounts merge(BandCounts other) {
    EvaluationChecks.require(bands.equals(other.bands), "cannot merge histograms over different bands");
    EvaluationChecks.require(labelled == other.labelled && withPd == other.withPd,
        "cannot merge histograms with and without outcomes or PDs");
    long[] r = rows.clone();
    long[] b = bads.clone();
    double[] p = pdSums.clone();
    for (int i = 0; i < r.length; i++) {
      r[i] += other.rows[i];
      b[i] += other.bads[i];
      p[i] += other.pdSums[i];
    }
    return new BandCounts(bands, r, b, p, labelled, withPd);
  }

  /** The bands. */
  public ScoreBands bands() {
    return bands;
  }

  /** Whether the rows carried outcomes. */
  public boolean labelled() {
    return labelled;
  }

  /** Whether the rows carried predicted PDs. */
  public boolean withPd() {
    return withPd;
  }

  /**
   * The rows in a band.
   *
   * @param band the band index
   * @return the count
   */
  public long rows(int band) {
    return rows[band];
  }

  /**
   * The bads in a band (0 if the rows carried no outcomes).
   *
   * @param band the band index
   * @return the count
   */
  public long bads(int band) {
    return bads[band];
  }

  /**
   * The sum of the predicted PDs in a band (0 if the rows carried no PDs).
   *
   * @param band the band index
   * @return the sum
   */
  public double pdSum(int band) {
    return pdSums[band];
  }

  /** The rows in all bands. */
  public long totalRows() {
    return Arrays.stream(rows).sum();
  }

  /** The bads in all bands. */
  public long totalBads() {
    return Arrays.stream(bads).sum();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BandCounts that && bands.equals(that.bands)
        && labelled == that.labelled && withPd == that.withPd && Arrays.equals(rows, that.rows)
        && Arrays.equals(bads, that.bads) && Arrays.equals(pdSums, that.pdSums);
  }

  @Override
  public int hashCode() {
    return Objects.hash(bands, Arrays.hashCode(rows), Arrays.hashCode(bads),
        Arrays.hashCode(pdSums));
  }

  @Override
  public String toString() {
    return "BandCounts" + Arrays.toString(rows);
  }
}
