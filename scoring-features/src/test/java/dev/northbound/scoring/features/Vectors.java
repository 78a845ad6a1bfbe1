package dev.northbound.scoring.features;

import dev.northbound.scoring.core.feature.FeatureVector;
import dev.northbound.scoring.core.feature.MissingReason;
import java.util.Optional;

/** Reads a feature vector by feature name in tests. */
public final class Vectors {

  private Vectors() {}

  /** The present value of the named feature; fails if it is missing. */
  public static double value(FeatureVector v, String name) {
    return v.value(v.schema().indexOf(name).orElseThrow());
  }

  /** Why the named feature is missing, or empty if it is present. */
  public static Optional<MissingReason> missing(FeatureVector v, String name) {
    return v.missingReason(v.schema().indexOf(name).orElseThrow());
  }
}
