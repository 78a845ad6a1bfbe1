package dev.northbound.scoring.models.decision;

import dev.northbound.scoring.core.model.ReasonCode;
import dev.northbound.scoring.core.money.Money;
import java.util.List;
import java.util.Optional;

/**
 * The decision on one application. The set is closed: {@link Approve}, {@link Refer} or
 * {@link Decline}. Every decision carries the rules it hit, the score's reason codes (for the
 * adverse-action letter) and its {@link AuditRecord}.
 */
public sealed interface Decision permits Approve, Refer, Decline {

  /** The outcome. */
  DecisionOutcome outcome();

  /** The policy rules hit, in the policy's fixed rule order. */
  List<DecisionReason> rules();

  /** The score's reason codes, most important first (capacity's before willingness's for a combined score). */
  List<ReasonCode> scoreReasons();

  /** The audit record. */
  AuditRecord audit();

  /** The approved limit; present only for {@link Approve}. */
  default Optional<Money> approvedLimit() {
    return Optional.empty();
  }
}
