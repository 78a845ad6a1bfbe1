package dev.northbound.scoring.toolkit.evaluation;

import java.util.List;

/**
 * The Hosmer–Lemeshow goodness-of-fit test: {@code H = Σ (O - E)² / (E (1 - E / n))} over the
 * groups, O the bads, E the sum of predicted PDs and n the rows of a group; the p-value is the
 * upper tail of a chi-square distribution with {@code groups - 2} degrees of freedom.
 *
 * @param statistic H, at least 0
 * @param degreesOfFreedom the number of groups minus 2, at least 1
 * @param pValue the upper-tail probability, in [0, 1]
 * @param groups the groups, by ascending predicted PD
 */
public record HosmerLemeshow(
    double statistic, int degreesOfFreedom, double pValue, List<CalibrationRow> groups) {

  /** Checks the values; the list is copied. */
  public HosmerLemeshow {
    groups = List.copyOf(groups);
    EvaluationChecks.require(statistic >= 0 && Double.isFinite(statistic), "statistic must be finite, >= 0");
    EvaluationChecks.require(degreesOfFreedom == groups.size() - 2 && degreesOfFreedom >= 1,
        "degreesOfFreedom must be groups - 2, at least 1");
    EvaluationChecks.require(pValue >= 0 && pValue <= 1, "pValue must be in [0, 1]");
  }
}
