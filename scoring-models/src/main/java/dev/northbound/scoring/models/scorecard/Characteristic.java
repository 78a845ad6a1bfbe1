package dev.northbound.scoring.models.scorecard;

import dev.northbound.scoring.core.ModelDefinitionException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One characteristic of a scorecard: a feature, its bins with points, and the reason code with
 * bilingual text that is given when the characteristic costs the applicant points.
 *
 * <p>The bins must hold every value exactly once: exactly one {@link MissingBin}; special values and
 * category codes that do not repeat; interval bins that tile {@code (-inf, +inf)} with no gap and no
 * overlap.
 *
 * @param feature the feature name in the scorecard's schema
 * @param reasonCode the stable reason code, for example {@code "W03"}
 * @param reasonEn the reason in English
 * @param reasonZh the reason in Simplified Chinese
 * @param baselineScore the baseline for the "points below baseline" reason-code mode, if any
 * @param bins the bins, in the order they are reported (copied)
 */
public record Characteristic(
    String feature, String reasonCode, String reasonEn, String reasonZh, OptionalDouble baselineScore, List<Bin> bins,
    Optional<MissingReason> missingReason) {

  /**
   * The reason given instead of {@code reasonEn}/{@code reasonZh} when the applicant's value is
   * missing: the absence of data, not what the data would have said (a thin file has no revolving
   * credit to be "heavily used").
   *
   * @param english the reason in English
   * @param chinese the reason in Simplified Chinese
   */
  public record MissingReason(String english, String chinese) {
    /** Validates the texts. */
    public MissingReason {
      ScorecardChecks.text(english, "/missingReasonEn");
      ScorecardChecks.text(chinese, "/missingReasonZh");
    }
  }

  /**
   * Validates the characteristic.
   *
   * @throws ModelDefinitionException if a text is blank, the baseline is not finite, or the bins do
   *     not hold every value exactly once; the message names the characteristic and the bins
   */
  public Characteristic {
    Objects.requireNonNull(feature, "feature");
    Objects.requireNonNull(reasonCode, "reasonCode");
    Objects.requireNonNull(reasonEn, "reasonEn");
    Objects.requireNonNull(reasonZh, "reasonZh");
    Objects.requireNonNull(baselineScore, "baselineScore");
    Objects.requireNonNull(missingReason, "missingReason");
    ScorecardChecks.text(feature, "/feature");
    ScorecardChecks.text(reasonCode, "/reasonCode");
    ScorecardChecks.text(reasonEn, "/reasonEn");
    ScorecardChecks.text(reasonZh, "/reasonZh");
    if (baselineScore.isPresent()) {
      ScorecardChecks.finitePoints(baselineScore.getAsDouble(), "/baselineScore");
    }
    bins = List.copyOf(bins);
    BinLayout.check(bins);
  }

  /**
   * A characteristic without a baseline score (for the "points below the maximum" mode).
   *
   * @throws ModelDefinitionException as the constructor
   */
  public static Characteristic of(String feature, String reasonCode, String reasonEn, String reasonZh, List<Bin> bins) {
    return new Characteristic(feature, reasonCode, reasonEn, reasonZh, OptionalDouble.empty(), bins, Optional.empty());
  }

  /** This characteristic with a reason for a missing value. */
  public Characteristic withMissingReason(String english, String chinese) {
    return new Characteristic(feature, reasonCode, reasonEn, reasonZh, baselineScore, bins,
        Optional.of(new MissingReason(english, chinese)));
  }

  /** This characteristic with the given baseline score. */
  public Characteristic withBaseline(double baseline) {
    return new Characteristic(feature, reasonCode, reasonEn, reasonZh, OptionalDouble.of(baseline), bins, missingReason);
  }

  /** The fewest points a value can earn here. */
  public double minPoints() {
    return bins.stream().mapToDouble(Bin::points).min().orElseThrow();
  }

  /** The most points a value can earn here. */
  public double maxPoints() {
    return bins.stream().mapToDouble(Bin::points).max().orElseThrow();
  }
}
