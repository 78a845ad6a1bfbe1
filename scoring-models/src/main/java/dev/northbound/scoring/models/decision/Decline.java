package dev.northbound.scoring.models.decision;

import dev.northbound.scoring.core.model.ReasonCode;
import java.util.List;
import java.util.Objects;

/**
 * The application is declined; {@code rules} says why (never empty).
 *
 * @param rules the rules hit
 * @param scoreReasons the score's reason codes
 * @param audit the audit record
 */
public record Decline(List<DecisionReason> rules, List<ReasonCode> scoreReasons, AuditRecord audit) implements Decision {

  /**
   * Validates the components; lists are copied.
   *
   * @throws IllegalArgumentException if no rule is given
   */
  public Decline {
    rules = List.copyOf(rules);
    scoreReasons = List.copyOf(scoreReasons);
    Objects.requireNonNull(audit, "audit");
    if (rules.isEmpty()) {
      throw new IllegalArgumentException("a decline needs at least one rule as its reason");
    }
  }

  @Override
  public DecisionOutcome outcome() {
    return DecisionOutcome.DECLINE;
  }
}
