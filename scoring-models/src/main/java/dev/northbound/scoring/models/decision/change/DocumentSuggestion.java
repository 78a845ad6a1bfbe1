package dev.northbound.scoring.models.decision.change;

import dev.northbound.scoring.models.decision.DecisionOutcome;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A document the applicant could bring, and what it would change.
 *
 * @param action the document
 * @param amount how much of it, in the action's unit ({@link DocumentAction#unit()}): months for the
 *     month actions and the 12-month records, 1 for the others
 * @param textEn the suggestion in English (counts and source names only, nothing personal)
 * @param textZh the suggestion in Simplified Chinese
 * @param pointsGain the score after the change minus the score before, from rescoring the changed
 *     vector; 0 for a document that changes no feature the action can be sure of
 * @param liftedRules the codes of the original decision's rules that the document lifts, in the
 *     policy's order
 * @param outcomeAfter the outcome after the change: the re-decided outcome, or, when the fixed table
 *     lifts a rule the vector cannot show, the worst outcome of the rules that remain (the document
 *     could still add a rule); empty when no refer or decline rule would remain (decide again with
 *     the document to know)
 */
public record DocumentSuggestion(DocumentAction action, int amount, String textEn, String textZh, double pointsGain,
    List<String> liftedRules, Optional<DecisionOutcome> outcomeAfter) {

  /**
   * Validates the components; the list is copied.
   *
   * @throws IllegalArgumentException if the amount is below 1 or the gain is not finite
   */
  public DocumentSuggestion {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(textEn, "textEn");
    Objects.requireNonNull(textZh, "textZh");
    liftedRules = List.copyOf(liftedRules);
    Objects.requireNonNull(outcomeAfter, "outcomeAfter");
    if (amount < 1) {
      throw new IllegalArgumentException("amount must be at least 1, found " + amount);
    }
    if (!Double.isFinite(pointsGain)) {
      throw new IllegalArgumentException("pointsGain must be finite, found " + pointsGain);
    }
  }

  /** Whether the outcome after is known and better than {@code before}. */
  public boolean improves(DecisionOutcome before) {
    return outcomeAfter.isPresent() && outcomeAfter.get().ordinal() < before.ordinal();
  }
}
