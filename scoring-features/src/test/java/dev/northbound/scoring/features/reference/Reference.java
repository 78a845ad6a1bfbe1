package dev.northbound.scoring.features.reference;

import dev.northbound.scoring.core.feature.FeatureExtractor;
import dev.northbound.scoring.features.FeatureConfig;
import dev.northbound.scoring.features.FeatureExtractors;
import java.util.List;

/** The frozen standard catalogue, composed as {@code StandardFeatures.extractor(config)} composes it. */
public final class Reference {

  private Reference() {}

  /** The frozen catalogue with the given parameters. */
  public static FeatureExtractor standard(FeatureConfig config) {
    return FeatureExtractors.compose("standard", List.of(
        IncomeFeatures.create(config),
        DebtFeatures.create(config),
        new WillingnessFeatures(),
        PaymentFeatures.create(config),
        new CreditDemandFeatures(),
        new DepthFeatures(),
        new CoverageFeatures()));
  }
}
