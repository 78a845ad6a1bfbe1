package dev.northbound.scoring.models.scorecard;

import dev.northbound.scoring.core.ModelDefinitionException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A set of category codes (for example housing codes 2 and 3, "rent or mortgage") matched exactly
 * before any interval.
 *
 * @param label what the set means, shown as the bin label and as the applicant's value
 * @param codes the codes, finite and distinct, in the order given (copied)
 * @param points the points earned
 */
public record CategoricalBin(String label, List<Double> codes, double points) implements Bin {

  /**
   * Validates the bin.
   *
   * @throws ModelDefinitionException if the label is blank, there are no codes, a code is not finite
   *     or repeats, or the points are not finite
   */
  public CategoricalBin {
    Objects.requireNonNull(label, "label");
    ScorecardChecks.text(label, "/label");
    codes = List.copyOf(codes);
    if (codes.isEmpty()) {
      throw new ModelDefinitionException("/codes", "must hold at least one code", "no codes");
    }
    HashSet<Double> seen = new HashSet<>();
    for (int i = 0; i < codes.size(); i++) {
      double code = codes.get(i);
      if (!Double.isFinite(code)) {
        throw new ModelDefinitionException("/codes/" + i, "must be finite", ModelDefinitionException.describe(code));
      }
      if (!seen.add(code == 0.0 ? 0.0 : code)) {
        throw new ModelDefinitionException("/codes/" + i, "must not repeat a code of the bin",
            "code " + ScorecardChecks.number(code) + " again");
      }
    }
    ScorecardChecks.finitePoints(points, "/points");
  }
}
