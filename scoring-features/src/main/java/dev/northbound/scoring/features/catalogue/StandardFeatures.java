package dev.northbound.scoring.features.catalogue;

import dev.northbound.scoring.core.feature.FeatureExtractor;
import dev.northbound.scoring.features.FeatureConfig;
import dev.northbound.scoring.features.FeatureExtractors;
import dev.northbound.scoring.features.alternative.CoverageFeatures;
import dev.northbound.scoring.features.alternative.PaymentFeatures;
import dev.northbound.scoring.features.bureau.CreditDemandFeatures;
import dev.northbound.scoring.features.bureau.DepthFeatures;
import dev.northbound.scoring.features.bureau.WillingnessFeatures;
import dev.northbound.scoring.features.capacity.DebtFeatures;
import dev.northbound.scoring.features.capacity.IncomeFeatures;
import dev.northbound.scoring.features.capacity.ThinFileObligations;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The standard feature catalogue as one extractor named {@code "standard"}: income, debt,
 * willingness, alternative payments, credit demand, bureau depth and alternative coverage, in that
 * order. The catalogue is documented in {@code docs/features.md}, rendered by {@link FeatureDocs}.
 *
 * <p>Stateless and thread-safe; the extractors are immutable and thread-safe.
 */
public final class StandardFeatures {

  private static final FeatureExtractor DEFAULT = extractor(FeatureConfig.defaults());
  private static final FeatureExtractor WITH_THIN_FILE = withThinFileObligations(FeatureConfig.defaults());

  private StandardFeatures() {}

  /** The standard catalogue with {@link FeatureConfig#defaults()}. */
  public static FeatureExtractor extractor() {
    return DEFAULT;
  }

  /** The standard catalogue with the given parameters. */
  public static FeatureExtractor extractor(FeatureConfig config) {
    Objects.requireNonNull(config, "config");
    return FeatureExtractors.compose("standard", parts(config));
  }

  /**
   * The standard catalogue with {@link FeatureConfig#defaults()} followed by the optional {@link
   * ThinFileObligations} features, named {@code "standard+thin-file-obligations"}: the standard
   * features keep their positions and the two obligations features follow them.
   */
  public static FeatureExtractor withThinFileObligations() {
    return WITH_THIN_FILE;
  }

  /** As {@link #withThinFileObligations()}, with the given parameters for the standard features. */
  public static FeatureExtractor withThinFileObligations(FeatureConfig config) {
    Objects.requireNonNull(config, "config");
    List<FeatureExtractor> parts = new ArrayList<>(parts(config));
    parts.add(new ThinFileObligations());
    return FeatureExtractors.compose("standard+thin-file-obligations", parts);
  }

  /**
   * The optional extractors of this module, not part of {@link #extractor()}, in the order their
   * features are documented.
   */
  public static List<FeatureExtractor> optional() {
    return List.of(new ThinFileObligations());
  }

  private static List<FeatureExtractor> parts(FeatureConfig config) {
    return List.of(
        IncomeFeatures.create(config),
        DebtFeatures.create(config),
        new WillingnessFeatures(),
        PaymentFeatures.create(config),
        new CreditDemandFeatures(),
        new DepthFeatures(),
        new CoverageFeatures());
  }
}
