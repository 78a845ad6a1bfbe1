package dev.northbound.scoring.features;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.feature.ExtractionContext;
import dev.northbound.scoring.core.feature.FeatureExtractor;
import dev.northbound.scoring.core.feature.FeatureVector;
import dev.northbound.scoring.core.money.FxRate;
import dev.northbound.scoring.core.money.FxRates;
import dev.northbound.scoring.core.money.Money;
import dev.northbound.scoring.features.catalogue.StandardFeatures;
import java.math.BigDecimal;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Properties of the standard catalogue over seeded random credit files. */
class FeaturePropertiesTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 15);
  private static final FeatureExtractor STANDARD = StandardFeatures.extractor();

  /** HKD 1 = CNY 0.5: a power of two, so conversion is exact in binary. */
  private static final ExtractionContext CONTEXT = ExtractionContext.of(AS_OF, FxRates.of(
      new FxRate(Money.HKD, Money.CNY, new BigDecimal("0.5"), "test", AS_OF)));

  /** After {@link CreditFileTransforms#redenominated}: USD 1 = CNY 0.25 (HKD kept for the MPF cap). */
  private static final ExtractionContext USD_CONTEXT = ExtractionContext.of(AS_OF, FxRates.of(
      new FxRate(Money.HKD, Money.CNY, new BigDecimal("0.5"), "test", AS_OF),
      new FxRate(CreditFileTransforms.USD, Money.CNY, new BigDecimal("0.25"), "test", AS_OF)));

  @Property(tries = 200, seed = "20261115")
  void extract_dataAfterAsOf_neverChangesVector(@ForAll long seed) {
    CreditFile file = RandomCreditFiles.generate(seed, AS_OF);
    assertThat(STANDARD.extract(CreditFileTransforms.withFuture(file, AS_OF), CONTEXT))
        .isEqualTo(STANDARD.extract(file, CONTEXT));
  }

  @Property(tries = 200, seed = "20261116")
  void extract_recordOrder_neverChangesVector(@ForAll long seed) {
    CreditFile file = RandomCreditFiles.generate(seed, AS_OF);
    assertThat(STANDARD.extract(CreditFileTransforms.shuffled(file, seed), CONTEXT))
        .isEqualTo(STANDARD.extract(file, CONTEXT));
  }

  /**
   * Every amount moved to USD at exact power-of-two rates: each value equals the original within a
   * relative tolerance of 1e-9 (absolute 1e-9 near zero), and missingness is identical.
   */
  @Property(tries = 200, seed = "20261117")
  void extract_redenominatedAtExactRates_sameValuesWithinRounding(@ForAll long seed) {
    CreditFile file = RandomCreditFiles.generate(seed, AS_OF);
    FeatureVector original = STANDARD.extract(file, CONTEXT);
    FeatureVector moved = STANDARD.extract(CreditFileTransforms.redenominated(file), USD_CONTEXT);
    for (int i = 0; i < original.size(); i++) {
      String name = original.schema().name(i);
      assertThat(moved.missingReason(i)).as(name).isEqualTo(original.missingReason(i));
      if (!original.isMissing(i)) {
        double tolerance = 1e-9 * Math.max(1.0, Math.abs(original.value(i)));
        assertThat(moved.value(i)).as(name).isCloseTo(original.value(i), org.assertj.core.api.Assertions.within(tolerance));
      }
    }
  }

  @Property(tries = 300, seed = "20261118")
  void extract_everyValueFiniteOrExplicitlyMissing(@ForAll long seed) {
    FeatureVector v = STANDARD.extract(RandomCreditFiles.generate(seed, AS_OF), CONTEXT);
    double[] values = v.toArray();
    for (int i = 0; i < v.size(); i++) {
      assertThat(v.isMissing(i) ? v.missingReason(i).isPresent() : Double.isFinite(values[i]))
          .as(v.schema().name(i)).isTrue();
    }
  }
}
