package dev.northbound.scoring.core.model;

import java.util.Objects;

/**
 * One reason an applicant scored lower than they could have: the characteristic that cost points,
 * how many, and bilingual text for the letter a Greater Bay Area bank sends.
 *
 * @param code the stable reason code, for example {@code "W03"}
 * @param characteristic the characteristic (feature) name
 * @param pointsBelow points lost against the best attainable (or against the baseline), not negative
 * @param applicantValue the applicant's value as shown to them, for example {@code "3 months"} or
 *     {@code "missing"}
 * @param messageEn the reason in English
 * @param messageZh the reason in Simplified Chinese
 */
public record ReasonCode(
    String code, String characteristic, double pointsBelow, String applicantValue, String messageEn, String messageZh) {

  /** Validates the components. */
  public ReasonCode {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(characteristic, "characteristic");
    Objects.requireNonNull(applicantValue, "applicantValue");
    Objects.requireNonNull(messageEn, "messageEn");
    Objects.requireNonNull(messageZh, "messageZh");
    if (!Double.isFinite(pointsBelow) || pointsBelow < 0) {
      throw new IllegalArgumentException("pointsBelow must be finite and not negative, found " + pointsBelow);
    }
  }
}
