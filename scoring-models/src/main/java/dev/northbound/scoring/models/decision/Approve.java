package dev.northbound.scoring.models.decision;

import dev.northbound.scoring.core.model.ReasonCode;
import dev.northbound.scoring.core.money.Money;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The application is approved with a limit.
 *
 * @param limit the approved loan amount or card limit, in the reporting currency; positive
 * @param rules the conditions of the approval: empty, or {@code ST_STARTER_LIMIT} for a starter limit
 * @param scoreReasons the score's reason codes
 * @param audit the audit record
 * @param termMonths the term, in months, the limit of a loan is offered on (for a starter limit, the
 *     shorter starter term); empty for a card
 */
public record Approve(Money limit, List<DecisionReason> rules, List<ReasonCode> scoreReasons, AuditRecord audit,
    OptionalInt termMonths) implements Decision {

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
    Objects.requireNonNull(termMonths, "termMonths");
    if (limit.amount().signum() <= 0) {
      throw new IllegalArgumentException("an approval needs a positive limit");
    }
    if (termMonths.isPresent() && termMonths.getAsInt() < 1) {
      throw new IllegalArgumentException("an approval's term must be positive, found " + termMonths.getAsInt());
    }
  }

  /** An approval that names no term. */
  public Approve(Money limit, List<DecisionReason> rules, List<ReasonCode> scoreReasons, AuditRecord audit) {
    this(limit, rules, scoreReasons, audit, OptionalInt.empty());
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
