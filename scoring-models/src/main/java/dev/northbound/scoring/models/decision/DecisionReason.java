package dev.northbound.scoring.models.decision;

import java.util.Objects;

/**
 * A policy rule that was hit, with its stable code and bilingual text. Codes start with {@code KO_}
 * (knock-out: decline), {@code RF_} (fail-safe: refer), {@code SC_} (score band), {@code AF_}
 * (affordability) or {@code ST_} (a condition of an approval, such as a starter limit);
 * docs/decision-policy.md lists them all.
 *
 * @param code the stable code, for example {@code "KO_UNDER_18"}
 * @param messageEn the reason in English
 * @param messageZh the reason in Simplified Chinese
 */
public record DecisionReason(String code, String messageEn, String messageZh) {
  /** Validates the components. */
  public DecisionReason {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(messageEn, "messageEn");
    Objects.requireNonNull(messageZh, "messageZh");
  }
}
