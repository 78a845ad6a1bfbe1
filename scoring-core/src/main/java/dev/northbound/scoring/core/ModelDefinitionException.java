package dev.northbound.scoring.core;

/**
 * A bad model or policy definition: a corrupted or hand-edited model file, a gap or overlap
 * between bins, a NaN point, an unknown format version. Raised at load time; the model must not be
 * used.
 */
public final class ModelDefinitionException extends NorthboundException {

  /**
   * Creates the exception.
   *
   * @param message what is wrong and where, for example
   *     {@code "/characteristics/3/bins/2: bins overlap; [10, 20) and [15, 30)"}
   */
  public ModelDefinitionException(String message) {
    super(message);
  }

  /** As {@link #ModelDefinitionException(String)}, with the underlying cause. */
  public ModelDefinitionException(String message, Throwable cause) {
    super(message, cause);
  }
}
