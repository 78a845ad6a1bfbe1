package dev.northbound.scoring.models.logistic;

/**
 * One input of a {@link LogisticModel}: a schema feature, its coefficient and the reason text it
 * gives when it costs points. The set is closed: an input is either used as its raw value
 * ({@link RawInput}) or through its weight of evidence ({@link WoeInput}).
 */
public sealed interface LogisticInput permits RawInput, WoeInput {

  /** The schema feature the input reads. */
  String feature();

  /** The coefficient on the input's value in the log-odds of bad. */
  double coefficient();

  /** The reason code and texts used when the input costs points. */
  ReasonText reason();
}
