package dev.northbound.scoring.features.catalogue;

import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.document.CreditFileWriter;
import dev.northbound.scoring.core.feature.ExtractionContext;
import dev.northbound.scoring.core.money.FxRate;
import dev.northbound.scoring.core.money.FxRates;
import dev.northbound.scoring.core.money.Money;
import dev.northbound.scoring.features.CreditFileTransforms;
import dev.northbound.scoring.features.FeatureConfig;
import dev.northbound.scoring.features.RandomCreditFiles;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * The seeded corpus the golden feature vectors are computed over: {@value #FILES} files from {@link
 * RandomCreditFiles}, seeds and as-of dates drawn from {@code new Random(}{@value #SEED}{@code )},
 * each under one of two configurations (the defaults for even file numbers, {@link #SHORT} for odd
 * ones) and in five variants: as generated, with gaps in its histories, with records after the
 * as-of date, redenominated to USD, and with no exchange rate at all (which fails on the first HKD
 * amount converted). These are the first {@value #FILES} files of the corpus on which the
 * single-pass extractors were shown to give the same bits as the frozen copy of the extractors they
 * replaced (commit 2196c4d), before that copy was removed.
 */
final class GoldenCorpus {

  /** The seed of the generator of file seeds and as-of dates. */
  static final long SEED = 20261122L;

  /** How many credit files; each gives five cases. */
  static final int FILES = 1_000;

  /** The shorter look-backs and recency windows used for odd file numbers. */
  static final FeatureConfig SHORT = FeatureConfig.builder().billLookbackMonths(6)
      .employmentGapLookbackMonths(12).incomeRecencyMonths(1).taxRecencyMonths(6).build();

  private GoldenCorpus() {}

  /**
   * One case.
   *
   * @param id the case id, {@code <file number>/<variant>}
   * @param seed the seed {@link RandomCreditFiles} generated the file from
   * @param config {@code defaults} or {@code short}
   * @param variant the variant's name
   * @param fx the exchange rates supplied, e.g. {@code HKD/CNY=0.92}, or {@code none}
   * @param file the credit file
   * @param context the as-of date and exchange rates
   */
  record Case(String id, long seed, String config, String variant, String fx, CreditFile file,
      ExtractionContext context) {

    /** The first 16 hex digits of the SHA-256 of the file's canonical compact document. */
    String inputDigest() {
      try {
        byte[] doc = CreditFileWriter.compact().write(file, "golden");
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(doc);
        return HexFormat.of().formatHex(hash, 0, 8);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("SHA-256 is not available", e);
      }
    }

    /** The configuration the case is extracted with. */
    FeatureConfig featureConfig() {
      return config.equals("short") ? SHORT : FeatureConfig.defaults();
    }
  }

  /** Every case, in a fixed order: file by file, variant by variant. */
  static List<Case> cases() {
    Random rnd = new Random(SEED);
    List<Case> cases = new ArrayList<>(FILES * 5);
    for (int n = 0; n < FILES; n++) {
      long seed = rnd.nextLong();
      LocalDate asOf = LocalDate.of(2026, 6, 15).plusDays(rnd.nextInt(400) - 200);
      CreditFile file = RandomCreditFiles.generate(seed, asOf);
      String config = (n & 1) == 0 ? "defaults" : "short";
      ExtractionContext hkd = context(asOf, new FxRate(Money.HKD, Money.CNY, new BigDecimal("0.92"), "test", asOf));
      ExtractionContext usd = context(asOf, new FxRate(Money.HKD, Money.CNY, new BigDecimal("0.5"), "test", asOf),
          new FxRate(CreditFileTransforms.USD, Money.CNY, new BigDecimal("0.25"), "test", asOf));
      String hkdFx = "HKD/CNY=0.92";
      String usdFx = "HKD/CNY=0.5 USD/CNY=0.25";
      cases.add(new Case(n + "/generated", seed, config, "generated", hkdFx, file, hkd));
      cases.add(new Case(n + "/history-gaps", seed, config, "history-gaps", hkdFx,
          CreditFileTransforms.withHistoryGaps(file, seed), hkd));
      cases.add(new Case(n + "/future-records", seed, config, "future-records", hkdFx,
          CreditFileTransforms.withFuture(file, asOf), hkd));
      cases.add(new Case(n + "/redenominated", seed, config, "redenominated", usdFx,
          CreditFileTransforms.redenominated(file), usd));
      cases.add(new Case(n + "/no-rate", seed, config, "no-rate", "none", file, context(asOf)));
    }
    return cases;
  }

  private static ExtractionContext context(LocalDate asOf, FxRate... rates) {
    return ExtractionContext.of(asOf, FxRates.of(rates));
  }
}
