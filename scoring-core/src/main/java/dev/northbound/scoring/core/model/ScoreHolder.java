package dev.northbound.scoring.core.model;

/**
 * A caller-owned, reusable result holder for the hot path: {@link ScoringModel#score(double[],
 * ScoreHolder)} writes into it and allocates nothing. Reason codes are held as characteristic
 * indices with their points below; the model turns them into {@link ReasonCode}s on demand.
 *
 * <p>Not thread-safe: give each thread its own holder.
 */
public final class ScoreHolder {

  private final double[] partials;
  private final int[] binIndex;
  private final int[] reasonCharacteristic;
  private final double[] reasonPoints;
  private double points;
  private double probabilityOfDefault;
  private int grade;
  private int reasonCount;

  private ScoreHolder(int characteristics, int maxReasons) {
    if (characteristics < 0 || maxReasons < 0) {
      throw new IllegalArgumentException(
          "sizes must not be negative, found " + characteristics + " and " + maxReasons);
    }
    this.partials = new double[characteristics];
    this.binIndex = new int[characteristics];
    this.reasonCharacteristic = new int[maxReasons];
    this.reasonPoints = new double[maxReasons];
  }

  /** A holder sized for a model with {@code characteristics} characteristics and up to {@code maxReasons} reasons. */
  public static ScoreHolder of(int characteristics, int maxReasons) {
    return new ScoreHolder(characteristics, maxReasons);
  }

  /** The total points. */
  public double points() {
    return points;
  }

  /** The probability of default. */
  public double probabilityOfDefault() {
    return probabilityOfDefault;
  }

  /** The index of the risk grade in the model's grade list. */
  public int grade() {
    return grade;
  }

  /** The partial score of characteristic {@code c}. */
  public double partial(int c) {
    return partials[c];
  }

  /** The bin the value of characteristic {@code c} fell in. */
  public int bin(int c) {
    return binIndex[c];
  }

  /** The number of reason codes written. */
  public int reasonCount() {
    return reasonCount;
  }

  /** The characteristic of the {@code r}-th reason. */
  public int reasonCharacteristic(int r) {
    return reasonCharacteristic[r];
  }

  /** The points below of the {@code r}-th reason. */
  public double reasonPoints(int r) {
    return reasonPoints[r];
  }

  /** The capacity for characteristics. */
  public int characteristicCapacity() {
    return partials.length;
  }

  /** The capacity for reasons. */
  public int reasonCapacity() {
    return reasonPoints.length;
  }

  // Writers, for model implementations.

  /** Sets the totals. */
  public void setTotals(double points, double probabilityOfDefault, int grade) {
    this.points = points;
    this.probabilityOfDefault = probabilityOfDefault;
    this.grade = grade;
  }

  /** Sets the partial score and bin of characteristic {@code c}. */
  public void setPartial(int c, double points, int bin) {
    partials[c] = points;
    binIndex[c] = bin;
  }

  /** Sets the reasons written so far to none. */
  public void clearReasons() {
    reasonCount = 0;
  }

  /** Sets reason {@code r}; {@code reasonCount} becomes {@code r + 1}. */
  public void setReason(int r, int characteristic, double pointsBelow) {
    reasonCharacteristic[r] = characteristic;
    reasonPoints[r] = pointsBelow;
    reasonCount = r + 1;
  }
}
