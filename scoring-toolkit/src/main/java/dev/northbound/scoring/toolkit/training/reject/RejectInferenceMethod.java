package dev.northbound.scoring.toolkit.training.reject;

import java.util.Arrays;
import java.util.Optional;

/**
 * The reject inference methods ({@code docs/reject-inference.md}, "The methods"): how the
 * rejected applicants, whose outcomes are unknown, join the accepts in the training data.
 */
public enum RejectInferenceMethod {
  /** The accepts alone; the rejects are left out. */
  NONE("none"),
  /** Each reject labelled bad or good by its predicted PD against a cutoff, weight 1. */
  HARD_CUTOFF("hard-cutoff"),
  /** Each reject as a bad row of weight {@code q} and a good row of weight {@code 1 - q}. */
  FUZZY("fuzzy"),
  /** Rejects labelled by a seeded draw at their score band's (uplifted) accepted bad rate. */
  PARCELLING("parcelling");

  private final String code;

  RejectInferenceMethod(String code) {
    this.code = code;
  }

  /** The code on the command line and in provenance: {@code none}, {@code hard-cutoff}, ... */
  public String code() {
    return code;
  }

  /** The method with this code (exact, lower case), if any. */
  public static Optional<RejectInferenceMethod> parse(String code) {
    return Arrays.stream(values()).filter(m -> m.code.equals(code)).findFirst();
  }
}
