package dev.northbound.scoring.tribuo;

import dev.northbound.scoring.models.scaling.RiskGrades;
import dev.northbound.scoring.models.scaling.Scaling;
import java.util.List;
import java.util.Objects;

/**
 * How a Tribuo classifier is served: identity, the bad label, points scaling, grades, the PD bound
 * used for points and the features that can give reasons.
 *
 * @param id the model id; not blank
 * @param version the model version; not blank
 * @param badLabel the name of the label that means default
 * @param scaling the points scaling
 * @param grades the grade bands on points
 * @param pdBound points are computed from the PD bounded to {@code [pdBound, 1 - pdBound]}, so that a
 *     tree leaf with PD exactly 0 or 1 still scores finite points; the reported PD is never bounded.
 *     In {@code (0, 0.5)}
 * @param references the features that can give reason codes, in tie-break order
 */
public record TribuoAdapterConfig(
    String id, String version, String badLabel, Scaling scaling, RiskGrades grades, double pdBound,
    List<ReferenceReason> references) {

  /**
   * Validates the configuration; the list is copied.
   *
   * @throws IllegalArgumentException if a text is blank or the PD bound is outside {@code (0, 0.5)}
   */
  public TribuoAdapterConfig {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(badLabel, "badLabel");
    Objects.requireNonNull(scaling, "scaling");
    Objects.requireNonNull(grades, "grades");
    references = List.copyOf(references);
    if (id.isBlank() || version.isBlank() || badLabel.isBlank()) {
      throw new IllegalArgumentException("id, version and bad label must not be blank");
    }
    if (!(pdBound > 0 && pdBound < 0.5)) {
      throw new IllegalArgumentException("pdBound must be in (0, 0.5), found " + pdBound);
    }
  }
}
