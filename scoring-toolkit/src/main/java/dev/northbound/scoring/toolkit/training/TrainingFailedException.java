package dev.northbound.scoring.toolkit.training;

/**
 * Training could not produce a model from the data and configuration given: for example the
 * logistic fit did not converge because the characteristics separate goods from bads. The message
 * says what happened and what to change; it carries no data values. Not a bad model file (that is
 * {@link dev.northbound.scoring.core.ModelDefinitionException}) and not a bad row.
 */
public final class TrainingFailedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with its message. */
  public TrainingFailedException(String message) {
    super(message);
  }
}
