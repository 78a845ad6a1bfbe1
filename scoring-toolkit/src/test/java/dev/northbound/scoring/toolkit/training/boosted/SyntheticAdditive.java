package dev.northbound.scoring.toolkit.training.boosted;

import dev.northbound.scoring.toolkit.data.CategoricalColumn;
import dev.northbound.scoring.toolkit.data.Column;
import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.data.NumericColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded synthetic data with a known log-odds of bad, for the boosted trainer's tests.
 *
 * <ul>
 *   <li>{@link #additive}: {@code rising ~ U(0,10)}, true effect {@code 0.3 (rising - 5)};
 *       {@code falling ~ N(0,1)}, {@code -0.8 falling}; {@code region} with labels north, south,
 *       east, west and effects {@code -0.6, 0, 0.4, 0.9}; {@code noise ~ U(0,1)}, no effect; a
 *       tenth of {@code falling} missing with effect {@code +0.5}; intercept {@code -1.5}.
 *   <li>{@link #xor}: {@code a, b ~ U(-1,1)}, {@code c, d ~ U(-1,1)} noise; log-odds
 *       {@code -0.5 + 1.5 sign(a) sign(b) + 0.5 c}.
 * </ul>
 */
final class SyntheticAdditive {

  static final List<String> REGIONS = List.of("north", "south", "east", "west");
  static final double[] REGION_EFFECT = {-0.6, 0, 0.4, 0.9};

  private SyntheticAdditive() {}

  /** A data set and every row's true log-odds of bad. */
  record Sample(Dataset data, double[] truth) {}

  static double rising(double x) {
    return 0.3 * (x - 5);
  }

  static double falling(double x) {
    return Double.isNaN(x) ? 0.5 : -0.8 * x;
  }

  static Sample additive(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] rising = new double[n];
    double[] falling = new double[n];
    int[] region = new int[n];
    double[] noise = new double[n];
    double[] truth = new double[n];
    boolean[] bad = new boolean[n];
    for (int r = 0; r < n; r++) {
      rising[r] = Math.round(random.nextDouble(0, 10) * 100) / 100.0;
      falling[r] = random.nextDouble() < 0.1 ? Double.NaN : gaussian(random);
      region[r] = random.nextInt(REGIONS.size());
      noise[r] = random.nextDouble();
      truth[r] = -1.5 + rising(rising[r]) + falling(falling[r]) + REGION_EFFECT[region[r]];
      bad[r] = random.nextDouble() < 1 / (1 + Math.exp(-truth[r]));
    }
    List<Column> columns = List.of(NumericColumn.of("rising", rising),
        NumericColumn.of("falling", falling), CategoricalColumn.of("region", region, REGIONS),
        NumericColumn.of("noise", noise));
    return new Sample(Dataset.of(columns, bad), truth);
  }

  static Sample xor(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] x = new double[4][n];
    double[] truth = new double[n];
    boolean[] bad = new boolean[n];
    for (int r = 0; r < n; r++) {
      for (int k = 0; k < 4; k++) {
        x[k][r] = Math.round(random.nextDouble(-1, 1) * 1000) / 1000.0;
      }
      truth[r] = -0.5 + 1.5 * Math.signum(x[0][r]) * Math.signum(x[1][r]) + 0.5 * x[2][r];
      bad[r] = random.nextDouble() < 1 / (1 + Math.exp(-truth[r]));
    }
    List<Column> columns = new ArrayList<>();
    String[] names = {"a", "b", "c", "d"};
    for (int k = 0; k < 4; k++) {
      columns.add(NumericColumn.of(names[k], x[k]));
    }
    return new Sample(Dataset.of(columns, bad), truth);
  }

  static double gaussian(SplittableRandom random) {
    double u = random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
  }
}
