package dev.northbound.scoring.toolkit.training;

import dev.northbound.scoring.models.scaling.Scaling;
import dev.northbound.scoring.toolkit.data.Dataset;
import java.util.List;
import java.util.Objects;

/**
 * A trained points scorecard as plain values, to be converted into the library's scorecard model.
 * The score of an applicant is {@code initialPoints + sum of the points of the attribute each
 * characteristic's value falls in}; {@link Scaling#probabilityOfDefault(double)} of that score equals
 * the fitted logistic probability of bad. Immutable and thread-safe.
 *
 * <p>Derivation (WoE = ln(%good / %bad)): the fit is {@code ln(P(bad) / P(good)) = b0 + sum_i
 * b_i WoE_i}, so {@code ln(odds good:bad) = -b0 - sum_i b_i WoE_i} and {@code score = offset +
 * factor * ln(odds) = (offset - factor b0) + sum_i (-factor b_i WoE_ij)}. Hence
 * {@code initialPoints = offset - factor * b0} and {@code points_ij = -factor * b_i * WoE_ij}.
 * With the spec's integer points each of these is rounded half away from zero; the PD of a score is
 * then {@link Scaling#probabilityOfDefault(double)} of the rounded total (exact for the rounded
 * score, within the rounding of the fitted PD).
 *
 * @param scaling the points scaling
 * @param initialPoints the points every applicant starts with
 * @param intercept the fitted intercept {@code b0}
 * @param characteristics the selected characteristics, in fit order
 */
public record ScorecardDraft(Scaling scaling, double initialPoints, Coefficient intercept,
    List<DraftCharacteristic> characteristics) {

  /** Validates and copies. */
  public ScorecardDraft {
    Objects.requireNonNull(scaling, "scaling");
    Objects.requireNonNull(intercept, "intercept");
    characteristics = List.copyOf(characteristics);
    if (!Double.isFinite(initialPoints)) {
      throw new IllegalArgumentException("initial points must be finite");
    }
  }

  /** The names of the selected characteristics, in order. */
  public List<String> selected() {
    return characteristics.stream().map(DraftCharacteristic::name).toList();
  }

  /**
   * The score of row {@code row} of {@code data}.
   *
   * @throws IllegalArgumentException if a selected characteristic is not a column of {@code data}
   */
  public double score(Dataset data, int row) {
    double score = initialPoints;
    for (DraftCharacteristic c : characteristics) {
      score += c.attributeOf(data.column(c.name()).orElseThrow(() ->
          new IllegalArgumentException("the data has no column " + c.name())), row).points();
    }
    return score;
  }

  /** The score of every row of {@code data}. */
  public double[] scores(Dataset data) {
    double[] out = new double[data.rows()];
    for (int r = 0; r < out.length; r++) {
      out[r] = score(data, r);
    }
    return out;
  }
}
