package dev.northbound.scoring.models.io;

import dev.northbound.scoring.models.scorecard.Scorecard;
import java.util.Objects;
import java.util.Optional;

/**
 * A model file's content: the scorecard and, for a model trained on a table, its
 * {@link ModelInputs}. Immutable and thread-safe.
 *
 * @param scorecard the scorecard
 * @param inputs the input table, present when the file has an {@code inputs} section
 */
public record ModelFile(Scorecard scorecard, Optional<ModelInputs> inputs) {

  /**
   * Validates.
   *
   * @throws IllegalArgumentException if the inputs define another schema than the scorecard's
   */
  public ModelFile {
    Objects.requireNonNull(scorecard, "scorecard");
    Objects.requireNonNull(inputs, "inputs");
    if (inputs.isPresent()
        && !inputs.get().schema().fingerprint().equals(scorecard.schema().fingerprint())) {
      throw new IllegalArgumentException("the inputs define schema "
          + inputs.get().schema().fingerprint().substring(0, 12) + ", not the scorecard's schema "
          + scorecard.schema().fingerprint().substring(0, 12));
    }
  }

  /** A file of a scorecard without inputs. */
  public static ModelFile of(Scorecard scorecard) {
    return new ModelFile(scorecard, Optional.empty());
  }

  /** A file of a scorecard with its input table. */
  public static ModelFile of(Scorecard scorecard, ModelInputs inputs) {
    return new ModelFile(scorecard, Optional.of(inputs));
  }
}
