package dev.northbound.scoring.models.decision;

import dev.northbound.scoring.core.model.ReasonCode;
import dev.northbound.scoring.core.money.Money;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The application is approved with a limit.
 *
 * @param limit the approved loan amount or card limit, in the reporting currency; positive
 * @param rules the rules hit (empty for an approval)
 * @param scoreReasons the score's reason codes
 * @param audit the audit record
 */
public record Approve(Money limit, List<DecisionReason> rules, List<ReasonCode> scoreReasons, AuditRecord audit)
    implements Decision {

  /**
   * Validates the components; lists are copied.
   *
   * @throws IllegalArgumentException if the limit is not positive
   */
  public Approve {
    Objects.requireNonNull(limit, "limit");
    rules = List.copyOf(rules);
    scoreReasons = List.copyOf(scoreReasons);
    Objects.requireNonNull(audit, "audit");
    if (limit.amount().signum() <= 0) {
      throw new IllegalArgumentException("an approval needs a positive limit");
    }
  }

  @Override
  public DecisionOutcome outcome() {
    return DecisionOutcome.APPROVE;
  }

  @Override
  public Optional<Money> approvedLimit() {
    return Optional.of(limit);
  }
}
