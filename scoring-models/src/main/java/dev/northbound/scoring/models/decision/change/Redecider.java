package dev.northbound.scoring.models.decision.change;

import dev.northbound.scoring.core.feature.FeatureVector;
import dev.northbound.scoring.models.decision.Decision;

/**
 * Decides again on a changed feature vector of the same application, as the original decision was
 * made. The caller closes over the credit file, the model and the as-of date, for example
 * {@code v -> policy.decide(file, v, model.score(v), asOf)} for one scorecard, or
 * {@code v -> policy.decide(file, v, cw.score(v), asOf)} for a capacity x willingness model.
 * Rules that read the credit file rather than the vector (knock-outs, documents, consent) come out
 * as they did, which is why {@link WhatWouldChange} maps them to documents by a fixed table.
 */
@FunctionalInterface
public interface Redecider {

  /**
   * The decision on {@code vector}.
   *
   * @param vector the changed vector, in the schema of the original one
   */
  Decision decide(FeatureVector vector);
}
