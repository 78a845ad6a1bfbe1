package dev.northbound.scoring.toolkit.training.boosted;

import dev.northbound.scoring.toolkit.data.CategoricalColumn;
import dev.northbound.scoring.toolkit.data.Column;
import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.data.NumericColumn;
import dev.northbound.scoring.toolkit.tabular.TabularInputs;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Not a test: times one boosted fit (no cross-validation) on 100,000 synthetic rows of 66
 * characteristics (60 numeric, a fifth of them with a tenth missing; 6 categorical of 5 labels),
 * with default settings and the thread count of the first argument (default 2). Run from the
 * repository root after {@code mvn -o -q -pl scoring-toolkit -am test-compile}:
 * {@code java -cp "$(cat scoring-toolkit/target/boosted-cp.txt)" ...BoostedSpeedHarness 2}
 * (see docs/boosted-scorecard.md, "Speed").
 */
public final class BoostedSpeedHarness {

  private BoostedSpeedHarness() {}

  /** Builds the data, fits once and prints the time. */
  public static void main(String[] args) {
    int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
    int rows = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    Dataset data = data(rows, 66, 7);
    BoostingConfig config = BoostingConfig.defaults().withThreads(threads);
    long start = System.nanoTime();
    BoostedFit.Outcome fit = BoostedScorecardTrainer.create(config)
        .fit(data, TabularInputs.derive(data).schema());
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("%d rows x %d characteristics, %d threads: %.1f s; main rounds %s;"
        + " interactions %d, rounds %s%n", rows, data.columns().size(), threads, seconds,
        fit.mainRounds(), fit.interactions().size(), fit.interactionRounds());
  }

  /** Synthetic data: the log-odds is a sum of smooth effects of the first 30 numeric columns. */
  static Dataset data(int rows, int characteristics, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int categorical = 6;
    int numeric = characteristics - categorical;
    double[][] x = new double[numeric][rows];
    int[][] codes = new int[categorical][rows];
    double[] z = new double[rows];
    java.util.Arrays.fill(z, -2);
    for (int j = 0; j < numeric; j++) {
      double weight = j < 30 ? 0.4 / (1 + j / 5.0) : 0;
      for (int r = 0; r < rows; r++) {
        double v = SyntheticAdditive.gaussian(random);
        x[j][r] = j % 5 == 0 && random.nextDouble() < 0.1 ? Double.NaN
            : Math.round(v * 1000) / 1000.0;
        z[r] += Double.isNaN(x[j][r]) ? 0.3 * weight : weight * (j % 2 == 0 ? v : v * v - 1);
      }
    }
    List<String> labels = List.of("a", "b", "c", "d", "e");
    for (int k = 0; k < categorical; k++) {
      for (int r = 0; r < rows; r++) {
        codes[k][r] = random.nextInt(labels.size());
        z[r] += 0.1 * (codes[k][r] - 2);
      }
    }
    boolean[] bad = new boolean[rows];
    for (int r = 0; r < rows; r++) {
      bad[r] = random.nextDouble() < 1 / (1 + Math.exp(-z[r]));
    }
    List<Column> columns = new ArrayList<>();
    for (int j = 0; j < numeric; j++) {
      columns.add(NumericColumn.of(String.format("x%02d", j), x[j]));
    }
    for (int k = 0; k < categorical; k++) {
      columns.add(CategoricalColumn.of("c" + k, codes[k], labels));
    }
    return Dataset.of(columns, bad);
  }
}
