package dev.northbound.scoring.core.testing;

import dev.northbound.scoring.core.feature.FeatureDefinition;
import dev.northbound.scoring.core.feature.FeatureGroup;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.feature.RiskDirection;
import java.util.ArrayList;
import java.util.List;

/** Test fixture shared through the test jar: small feature schemas of named ratio features. */
public final class TestSchemas {

  private TestSchemas() {}

  /** A schema of capacity ratio features with the given names, in order, without a risk direction. */
  public static FeatureSchema ratios(String... names) {
    List<FeatureDefinition> defs = new ArrayList<>();
    for (String n : names) {
      defs.add(new FeatureDefinition(n, "synthetic feature " + n, "ratio", FeatureGroup.CAPACITY, RiskDirection.NONE));
    }
    return FeatureSchema.of(defs);
  }
}
