package dev.northbound.scoring.toolkit.synthetic;

import dev.northbound.scoring.core.credit.CreditFile;
import java.util.Objects;

/**
 * One generated applicant: the observable credit file plus what the generator knows and a lender
 * never does (segment, latent traits and the outcome).
 *
 * <p>The credit file's document list is empty: provenance is attached when the file is written and
 * registered. Synthetic: describes no real person.
 *
 * @param index the applicant's index within its seed; not negative
 * @param creditFile the observable credit file
 * @param segment the segment the applicant was drawn from
 * @param capacity the latent capacity to repay (standard-normal scale, higher is better); finite
 * @param willingness the latent willingness to repay (standard-normal scale, higher is better);
 *     finite
 * @param badProbability the model probability of going bad in the window, 0 to 1
 * @param bad whether the applicant went bad (90+ days past due or worse) within the window
 * @param window the performance window
 */
public record SyntheticApplicant(
    int index,
    CreditFile creditFile,
    Segment segment,
    double capacity,
    double willingness,
    double badProbability,
    boolean bad,
    PerformanceWindow window) {

  /** Validates the components. */
  public SyntheticApplicant {
    if (index < 0) {
      throw new IllegalArgumentException("index must not be negative, found " + index);
    }
    Objects.requireNonNull(creditFile, "creditFile");
    Objects.requireNonNull(segment, "segment");
    if (!Double.isFinite(capacity) || !Double.isFinite(willingness)) {
      throw new IllegalArgumentException("capacity and willingness must be finite");
    }
    if (!(badProbability >= 0.0 && badProbability <= 1.0)) {
      throw new IllegalArgumentException("badProbability must be between 0 and 1");
    }
    Objects.requireNonNull(window, "window");
    if (!window.start().equals(creditFile.application().applicationDate())) {
      throw new IllegalArgumentException("the window must start on the application date");
    }
  }
}
