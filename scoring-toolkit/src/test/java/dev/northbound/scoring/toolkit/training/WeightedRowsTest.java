package dev.northbound.scoring.toolkit.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.toolkit.data.CategoricalColumn;
import dev.northbound.scoring.toolkit.data.Column;
import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.data.SharedData;
import dev.northbound.scoring.toolkit.data.NumericColumn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Properties of weighted rows: every weight 1 gives the unweighted results bit for bit, and an
 * integer weight {@code k} gives the results of repeating the row {@code k} times (the binning
 * exactly; the logistic fit to rounding, since its sums are added in another order).
 */
class WeightedRowsTest {

  private static final List<Attribute.Special> SPECIALS = List.of(Attribute.Special.of("refused", -1));
  private static final BinningConstraints LOOSE =
      BinningConstraints.defaults().withMinShare(0.03).withMaxBins(5);

  /** A seeded sample: numeric x (missing and special values), categorical c, target, weights. */
  private record Sample(NumericColumn x, CategoricalColumn c, boolean[] bad, double[] weights) {

    static Sample draw(long seed, int n) {
      SplittableRandom random = new SplittableRandom(seed);
      double[] x = new double[n];
      int[] codes = new int[n];
      boolean[] bad = new boolean[n];
      double[] weights = new double[n];
      for (int r = 0; r < n; r++) {
        double u = random.nextDouble();
        x[r] = u < 0.05 ? Double.NaN : u < 0.1 ? -1 : Math.round(random.nextGaussian() * 100) / 10.0;
        codes[r] = random.nextInt(7) - 1; // -1 = missing
        double eta = -1 + (Double.isNaN(x[r]) ? 0.5 : 0.15 * x[r]) + 0.2 * codes[r];
        bad[r] = random.nextDouble() < 1 / (1 + Math.exp(-eta));
        weights[r] = 1 + random.nextInt(3);
      }
      return new Sample(NumericColumn.of("x", x),
          CategoricalColumn.of("c", codes, List.of("a", "b", "c", "d", "e", "f")), bad, weights);
    }

    /** Every row repeated as many times as its (integer) weight, in row order. */
    Sample repeated() {
      List<Integer> rows = new ArrayList<>();
      for (int r = 0; r < bad.length; r++) {
        for (int k = 0; k < weights[r]; k++) {
          rows.add(r);
        }
      }
      int[] index = rows.stream().mapToInt(Integer::intValue).toArray();
      boolean[] target = new boolean[index.length];
      for (int i = 0; i < index.length; i++) {
        target[i] = bad[index[i]];
      }
      double[] ones = new double[index.length];
      Arrays.fill(ones, 1);
      return new Sample((NumericColumn) x.select(index), (CategoricalColumn) c.select(index),
          target, ones);
    }
  }

  private static void assertSameBins(BinningResult actual, BinningResult expected) {
    assertThat(actual.attributes()).isEqualTo(expected.attributes());
    assertThat(actual.trend()).isEqualTo(expected.trend());
    assertThat(actual.iv()).isEqualTo(expected.iv());
    for (int i = 0; i < actual.bins().size(); i++) {
      WoeBin a = actual.bins().get(i);
      WoeBin e = expected.bins().get(i);
      assertThat(a.woe()).as("woe %d", i).isEqualTo(e.woe());
      assertThat(a.iv()).as("iv %d", i).isEqualTo(e.iv());
      assertThat(a.goodWeight()).as("good weight %d", i).isEqualTo(e.goodWeight());
      assertThat(a.badWeight()).as("bad weight %d", i).isEqualTo(e.badWeight());
    }
  }

  @Test
  void bin_integerWeightsEqualRepeatingEachRow() {
    for (long seed = 1; seed <= 20; seed++) {
      Sample s = Sample.draw(seed, 400);
      Sample d = s.repeated();
      for (Trend trend : Trend.values()) {
        BinningConstraints c = LOOSE.withTrend(trend);
        assertSameBins(Binner.bin(s.x(), s.bad(), s.weights(), c, SPECIALS),
            Binner.bin(d.x(), d.bad(), c, SPECIALS));
      }
      assertSameBins(Binner.bin(s.c(), s.bad(), s.weights(), LOOSE, List.of()),
          Binner.bin(d.c(), d.bad(), LOOSE, List.of()));
    }
  }

  @Test
  void bin_weightsOfOneEqualTheUnweightedBinningBitForBit() {
    for (long seed = 1; seed <= 20; seed++) {
      Sample s = Sample.draw(seed, 500);
      double[] ones = new double[s.bad().length];
      Arrays.fill(ones, 1);
      for (Column column : List.<Column>of(s.x(), s.c())) {
        BinningResult plain = Binner.bin(column, s.bad(), LOOSE, SPECIALS);
        assertThat(Binner.bin(column, s.bad(), ones, LOOSE, SPECIALS)).isEqualTo(plain);
        for (WoeBin bin : plain.bins()) {
          assertThat(bin.goodWeight()).isEqualTo(bin.goods());
          assertThat(bin.badWeight()).isEqualTo(bin.bads());
        }
      }
    }
  }

  @Test
  void fineCuts_weightsOfOneAreTheUnweightedQuantiles() {
    SplittableRandom random = new SplittableRandom(5);
    for (int trial = 0; trial < 200; trial++) {
      int n = 1 + random.nextInt(300);
      double[] sorted = new double[n];
      for (int i = 0; i < n; i++) {
        sorted[i] = random.nextInt(1 + random.nextInt(60));
      }
      Arrays.sort(sorted);
      double[] ones = new double[n];
      Arrays.fill(ones, 1);
      int fine = 2 + random.nextInt(30);
      assertThat(Binner.fineCuts(sorted, ones, fine)).as("trial %d", trial)
          .containsExactly(Binner.fineCuts(sorted, fine));
    }
  }

  @Test
  void fineCuts_weightedHandWorked() {
    // values 1, 2, 3, 4 with weights 1, 1, 1, 5 (W = 8), 4 fine bins: q * W / F = 2, 4, 6;
    // cumulative weights 1, 2, 3, 8: first above 2 is value 3, above 4 and 6 is value 4.
    assertThat(Binner.fineCuts(new double[] {1, 2, 3, 4}, new double[] {1, 1, 1, 5}, 4))
        .containsExactly(3, 4);
    // with weights 0.5: the same positions as the unweighted quantiles
    assertThat(Binner.fineCuts(new double[] {1, 2, 3, 4}, new double[] {0.5, 0.5, 0.5, 0.5}, 4))
        .containsExactly(2, 3, 4);
  }

  @Test
  void fit_weightsOfOneEqualTheUnweightedFitBitForBit() {
    Sample s = Sample.draw(3, 300);
    double[] x = s.x().values();
    double[] c = Arrays.stream(s.c().codes()).asDoubleStream().toArray();
    for (int r = 0; r < x.length; r++) {
      x[r] = Double.isNaN(x[r]) ? 0 : x[r];
    }
    double[] ones = new double[x.length];
    Arrays.fill(ones, 1);
    for (double l2 : new double[] {0, 1.5}) {
      LogisticFit plain = LogisticFitter.fit(List.of(x, c), List.of("x", "c"), s.bad(), l2);
      assertThat(LogisticFitter.fit(List.of(x, c), List.of("x", "c"), s.bad(), ones, l2))
          .isEqualTo(plain);
    }
  }

  @Test
  void fit_integerWeightsEqualRepeatingEachRow() {
    for (long seed = 1; seed <= 10; seed++) {
      Sample s = Sample.draw(seed, 300);
      Sample d = s.repeated();
      for (double l2 : new double[] {0, 2}) {
        LogisticFit weighted = LogisticFitter.fit(inputs(s), List.of("x", "c"), s.bad(),
            s.weights(), l2);
        LogisticFit repeated = LogisticFitter.fit(inputs(d), List.of("x", "c"), d.bad(), l2);
        assertThat(weighted.intercept().estimate())
            .isCloseTo(repeated.intercept().estimate(), within(1e-12));
        assertThat(weighted.intercept().standardError())
            .isCloseTo(repeated.intercept().standardError(), within(1e-12));
        for (int i = 0; i < 2; i++) {
          assertThat(weighted.slopes().get(i).estimate())
              .isCloseTo(repeated.slopes().get(i).estimate(), within(1e-12));
          assertThat(weighted.slopes().get(i).standardError())
              .isCloseTo(repeated.slopes().get(i).standardError(), within(1e-12));
        }
        assertThat(weighted.logLikelihood()).isCloseTo(repeated.logLikelihood(), within(1e-9));
      }
    }
  }

  private static List<double[]> inputs(Sample s) {
    double[] x = s.x().values();
    for (int r = 0; r < x.length; r++) {
      x[r] = Double.isNaN(x[r]) ? 0 : x[r];
    }
    return List.of(x, Arrays.stream(s.c().codes()).asDoubleStream().toArray());
  }

  @Test
  void bin_needsGoodAndBadWeightAndPositiveWeights() {
    NumericColumn x = NumericColumn.of("x", 1, 2);
    assertThatThrownBy(() -> Binner.bin(x, new boolean[] {false, false}, new double[] {1, 2},
        LOOSE, List.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("no bad rows");
    assertThatThrownBy(() -> Binner.bin(x, new boolean[] {false, true}, new double[] {1, 0},
        LOOSE, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weight 1 must be finite and greater than 0; found 0.0");
    assertThatThrownBy(() -> LogisticFitter.fit(List.of(new double[] {1, 2}), List.of("x"),
        new boolean[] {false, true}, new double[] {1}, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the weights have 1 rows but the target has 2");
  }

  @Test
  void woeBin_weightedSharesAndBadRate() {
    // G = 4, B = 2; bin: goods weight 1 (2 rows), bads weight 1.5 (1 row)
    WoeBin bin = WoeBin.of(Attribute.Missing.INSTANCE, 2, 1, 1.0, 1.5, 4.0, 2.0);
    assertThat(bin.woe()).isCloseTo(Math.log((1.0 / 4) / (1.5 / 2)), within(1e-15));
    assertThat(bin.iv()).isCloseTo((0.25 - 0.75) * Math.log(0.25 / 0.75), within(1e-15));
    assertThat(bin.badRate()).isEqualTo(0.6);
    assertThat(bin.weightShare(6)).isCloseTo(2.5 / 6, within(1e-15));
    assertThat(bin.share(10)).isEqualTo(0.3);
    // smoothing on weights: no bad weight, 0.5 added to both
    WoeBin goodsOnly = WoeBin.of(Attribute.Missing.INSTANCE, 1, 0, 0.25, 0, 4.0, 2.0);
    assertThat(goodsOnly.woe()).isCloseTo(Math.log((0.75 / 4) / (0.5 / 2)), within(1e-15));
  }

  @Test
  void train_germanCreditWithEveryWeightOneGivesTheUnweightedResult() {
    TrainingConfig config = TrainingConfig.builder().seed(42).build();
    Dataset plain = SharedData.germanCredit();
    double[] ones = new double[plain.rows()];
    Arrays.fill(ones, 1);
    Dataset weighted = Dataset.of(plain.columns(), plain.bad(), ones);
    TrainingResult expected = ScorecardTrainer.create(config).train(plain);
    TrainingResult actual = ScorecardTrainer.create(config).train(weighted);
    assertThat(actual.draft()).isEqualTo(expected.draft());
    assertThat(actual.binnings()).isEqualTo(expected.binnings());
    assertThat(actual.fit()).isEqualTo(expected.fit());
    assertThat(actual.scorecardCv()).isEqualTo(expected.scorecardCv());
    assertThat(actual.dataFingerprint()).isEqualTo(weighted.fingerprint())
        .isNotEqualTo(plain.fingerprint());
  }

  @Test
  void train_germanCreditWithDoubledWeightsKeepsTheWoeAndTheSlopes() {
    // Doubling every weight doubles every weight sum: the WoE, the bins and the unpenalised fit's
    // estimates are unchanged (the standard errors shrink by sqrt 2).
    TrainingConfig config = TrainingConfig.builder().seed(42).build();
    Dataset plain = SharedData.germanCredit();
    double[] twos = new double[plain.rows()];
    Arrays.fill(twos, 2);
    TrainingResult expected = ScorecardTrainer.create(config).train(plain);
    TrainingResult doubled = ScorecardTrainer.create(config)
        .train(Dataset.of(plain.columns(), plain.bad(), twos));
    assertThat(doubled.binnings()).extracting(BinningResult::attributes)
        .isEqualTo(expected.binnings().stream().map(BinningResult::attributes).toList());
    for (int i = 0; i < expected.fit().slopes().size(); i++) {
      assertThat(doubled.fit().slopes().get(i).estimate())
          .isCloseTo(expected.fit().slopes().get(i).estimate(), within(1e-9));
      assertThat(doubled.fit().slopes().get(i).standardError() * Math.sqrt(2))
          .isCloseTo(expected.fit().slopes().get(i).standardError(), within(1e-9));
    }
  }
}
