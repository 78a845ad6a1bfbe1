import dev.northbound.scoring.core.feature.FeatureExtractor;

/**
 * The feature extractors and the standard catalogue. Part of the scoring runtime a bank embeds.
 * {@code features.support} holds helpers the extractor packages share and is not exported.
 */
module dev.northbound.scoring.features {
  requires transitive dev.northbound.scoring.core;

  exports dev.northbound.scoring.features;
  exports dev.northbound.scoring.features.alternative;
  exports dev.northbound.scoring.features.bureau;
  exports dev.northbound.scoring.features.capacity;
  exports dev.northbound.scoring.features.catalogue;

  uses FeatureExtractor;

  provides FeatureExtractor with
      dev.northbound.scoring.features.capacity.IncomeFeatures,
      dev.northbound.scoring.features.capacity.DebtFeatures,
      dev.northbound.scoring.features.bureau.WillingnessFeatures,
      dev.northbound.scoring.features.alternative.PaymentFeatures,
      dev.northbound.scoring.features.bureau.CreditDemandFeatures,
      dev.northbound.scoring.features.bureau.DepthFeatures,
      dev.northbound.scoring.features.alternative.CoverageFeatures;
}
