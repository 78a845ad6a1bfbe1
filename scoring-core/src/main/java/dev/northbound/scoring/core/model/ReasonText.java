package dev.northbound.scoring.core.model;

import java.util.Objects;

/**
 * The stable code and bilingual text of the reason an input can give.
 *
 * @param code the stable reason code, for example {@code "C02"}; not blank
 * @param messageEn the reason in English; not blank
 * @param messageZh the reason in Simplified Chinese; not blank
 */
public record ReasonText(String code, String messageEn, String messageZh) {

  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if a component is blank
   */
  public ReasonText {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(messageEn, "messageEn");
    Objects.requireNonNull(messageZh, "messageZh");
    if (code.isBlank() || messageEn.isBlank() || messageZh.isBlank()) {
      throw new IllegalArgumentException("reason code and both texts must not be blank");
    }
  }

  /** A reason text. */
  public static ReasonText of(String code, String messageEn, String messageZh) {
    return new ReasonText(code, messageEn, messageZh);
  }
}
