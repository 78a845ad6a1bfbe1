package dev.northbound.scoring.features.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.feature.ExtractionContext;
import dev.northbound.scoring.core.feature.FeatureBuffer;
import dev.northbound.scoring.core.feature.FeatureExtractor;
import dev.northbound.scoring.core.money.FxRate;
import dev.northbound.scoring.core.money.FxRates;
import dev.northbound.scoring.core.money.Money;
import dev.northbound.scoring.features.CreditFileTransforms;
import dev.northbound.scoring.features.FeatureConfig;
import dev.northbound.scoring.features.RandomCreditFiles;
import dev.northbound.scoring.features.reference.Reference;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The standard catalogue against the frozen copy of the extractors it replaced ({@link Reference}):
 * on random files, every one of the 66 values must be the same bits ({@link Double#doubleToRawLongBits})
 * with the same missing reason, and a file that fails must fail in both with the same pointer, rule
 * and found text. {@value #FILES} seeds by default (each as generated, with gaps in its histories,
 * with records after the as-of date, and redenominated); {@code -Dnorthbound.equivalence.files=N}
 * runs more.
 */
class StandardEquivalenceTest {

  private static final int FILES = 2_000;

  private static final FeatureConfig SHORT = FeatureConfig.builder().billLookbackMonths(6)
      .employmentGapLookbackMonths(12).incomeRecencyMonths(1).taxRecencyMonths(6).build();

  @Test
  void extract_randomFiles_sameBitsAsReference() {
    int files = Integer.getInteger("northbound.equivalence.files", FILES);
    FeatureExtractor[] ours = {StandardFeatures.extractor(), StandardFeatures.extractor(SHORT)};
    FeatureExtractor[] theirs = {Reference.standard(FeatureConfig.defaults()), Reference.standard(SHORT)};
    Random rnd = new Random(20261122L);
    int compared = 0;
    int failures = 0;
    for (int n = 0; n < files; n++) {
      long seed = rnd.nextLong();
      LocalDate asOf = LocalDate.of(2026, 6, 15).plusDays(rnd.nextInt(400) - 200);
      CreditFile file = RandomCreditFiles.generate(seed, asOf);
      int which = n & 1;
      for (Case c : cases(file, seed, asOf)) {
        failures += compare(ours[which], theirs[which], c, seed) ? 1 : 0;
        compared++;
      }
    }
    // Each kind of input occurs: a comparison that never fails or never succeeds proves half as much.
    assertThat(compared).isEqualTo(files * 5);
    assertThat(failures).isBetween(files / 20, compared - files);
  }

  private record Case(String name, CreditFile file, ExtractionContext context) {}

  private static List<Case> cases(CreditFile file, long seed, LocalDate asOf) {
    ExtractionContext hkd = context(asOf, new FxRate(Money.HKD, Money.CNY, new BigDecimal("0.92"), "test", asOf));
    ExtractionContext usd = context(asOf, new FxRate(Money.HKD, Money.CNY, new BigDecimal("0.5"), "test", asOf),
        new FxRate(CreditFileTransforms.USD, Money.CNY, new BigDecimal("0.25"), "test", asOf));
    List<Case> cases = new ArrayList<>();
    cases.add(new Case("generated", file, hkd));
    cases.add(new Case("history gaps", CreditFileTransforms.withHistoryGaps(file, seed), hkd));
    cases.add(new Case("future records", CreditFileTransforms.withFuture(file, asOf), hkd));
    cases.add(new Case("redenominated", CreditFileTransforms.redenominated(file), usd));
    // No HKD rate: whichever HKD amount is converted first must be named by both.
    cases.add(new Case("no rate", file, context(asOf)));
    return cases;
  }

  private static ExtractionContext context(LocalDate asOf, FxRate... rates) {
    return ExtractionContext.of(asOf, FxRates.of(rates));
  }

  /** Compares one case; returns whether both failed. */
  private static boolean compare(FeatureExtractor ours, FeatureExtractor theirs, Case c, long seed) {
    String what = c.name() + ", seed " + seed + ", as of " + c.context().asOf();
    FeatureBuffer expected = FeatureBuffer.of(theirs.schema());
    FeatureBuffer actual = FeatureBuffer.of(ours.schema());
    InvalidInputException expectedError = run(theirs, c, expected);
    InvalidInputException actualError = run(ours, c, actual);
    if (expectedError != null || actualError != null) {
      assertThat(actualError).as(what).isNotNull();
      assertThat(expectedError).as(what).isNotNull();
      assertThat(actualError.getMessage()).as(what).isEqualTo(expectedError.getMessage());
      assertThat(actualError.pointer()).as(what).isEqualTo(expectedError.pointer());
      return true;
    }
    for (int i = 0; i < expected.schema().size(); i++) {
      String name = what + ", " + expected.schema().name(i);
      assertThat(actual.missingReason(i)).as(name).isEqualTo(expected.missingReason(i));
      assertThat(Double.doubleToRawLongBits(actual.value(i))).as(name)
          .isEqualTo(Double.doubleToRawLongBits(expected.value(i)));
    }
    return false;
  }

  private static InvalidInputException run(FeatureExtractor extractor, Case c, FeatureBuffer out) {
    try {
      extractor.extract(c.file(), c.context(), out, 0);
      return null;
    } catch (InvalidInputException e) {
      return e;
    }
  }
}
