package dev.northbound.scoring.toolkit.training.boosted;

import dev.northbound.scoring.core.feature.RiskDirection;
import dev.northbound.scoring.toolkit.data.Dataset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * One fit of the boosted card on one sample, without cross-validation: fine bins, bagged main
 * effects, centring, monotone constraints, FAST and bagged interactions, then points
 * ({@link CardPoints}). Bag {@code b}'s validation split is seeded by the {@code b}-th
 * {@code split()} of a {@link SplittableRandom} of the seed; bags run on the pool and are combined
 * in bag order, so the result does not depend on the number of threads.
 */
final class BoostedFit {

  /**
   * The outcome of a fit.
   *
   * @param model the card in points on the fine bins
   * @param shapes the main effects, in characteristic order
   * @param interactions the chosen pairs, in FAST order
   * @param interceptLogOdds the intercept on the log-odds of bad after centring
   * @param mainRounds the kept cycle of every bag's main effects
   * @param interactionRounds the kept cycle of every bag's interactions (empty without any)
   */
  record Outcome(AdditiveModel model, List<Shape> shapes, List<Interaction> interactions,
      double interceptLogOdds, List<Integer> mainRounds, List<Integer> interactionRounds) {}

  private BoostedFit() {}

  static Outcome run(Dataset data, List<String> names, Map<String, RiskDirection> directions,
      BoostingConfig config, ExecutorService pool) {
    List<FineLayout> layouts = new ArrayList<>();
    for (String name : names) {
      layouts.add(FineLayout.of(data.column(name).orElseThrow(),
          config.training().specialValuesOf(name), config.maxBins(), config.minBinRows()));
    }
    BinnedData d = BinnedData.of(data, layouts);
    int p = layouts.size();
    int n = d.rows();
    long[][] counts = new long[p][];
    RiskDirection[] dir = new RiskDirection[p];
    for (int j = 0; j < p; j++) {
      counts[j] = d.counts(j, false);
      dir[j] = directions.getOrDefault(names.get(j), RiskDirection.NONE);
    }
    SplittableRandom root = new SplittableRandom(config.seed());
    List<Bag> bags = new ArrayList<>();
    for (int b = 0; b < config.bags(); b++) {
      bags.add(Bag.of(d.y, config.validationShare(), root.split().nextLong()));
    }
    List<MainBooster.Result> mains = all(pool, bags, bag -> MainBooster.run(d, bag, config));
    double b0 = 0;
    double[][] f = new double[p][];
    for (int j = 0; j < p; j++) {
      f[j] = new double[layouts.get(j).bins()];
    }
    for (MainBooster.Result m : mains) {
      b0 += m.intercept() / bags.size();
      for (int j = 0; j < p; j++) {
        for (int b = 0; b < f[j].length; b++) {
          f[j][b] += m.shapes()[j][b] / bags.size();
        }
      }
    }
    for (int j = 0; j < p; j++) {
      b0 += centre(f[j], counts[j], n);
    }
    double[][] centred = MainBooster.copy(f);
    for (int j = 0; j < p; j++) {
      int k = layouts.get(j).intervals();
      if (dir[j] != RiskDirection.NONE && k >= 2) {
        double[] w = new double[k];
        for (int b = 0; b < k; b++) {
          w[b] = counts[j][b];
        }
        double[] fitted = Pav.fit(java.util.Arrays.copyOf(f[j], k), w,
            dir[j] == RiskDirection.INCREASING);
        System.arraycopy(fitted, 0, f[j], 0, k);
      }
    }
    Pairs pairs = Pairs.NONE;
    if (config.maxInteractions() > 0 && p >= 2) {
      pairs = pairs(d, f, b0, counts, dir, bags, config, pool);
      b0 += pairs.shift;
    }
    return CardPoints.finish(names, layouts, counts, d, dir, centred, f, b0, pairs.chosen,
        pairs.axes, pairs.tables, config, mains.stream().map(MainBooster.Result::rounds).toList(),
        pairs.rounds);
  }

  /** The chosen pairs, their axes and averaged, centred tables, and the shift into the intercept. */
  record Pairs(List<Fast.Pair> chosen, CoarseAxis[] axes, double[][] tables, double shift,
      List<Integer> rounds) {
    static final Pairs NONE = new Pairs(List.of(), new CoarseAxis[0], new double[0][], 0,
        List.of());
  }

  private static Pairs pairs(BinnedData d, double[][] f, double b0, long[][] counts,
      RiskDirection[] dir, List<Bag> bags, BoostingConfig config, ExecutorService pool) {
    int p = f.length;
    int n = d.rows();
    double[] z = new double[n];
    java.util.Arrays.fill(z, b0);
    CoarseAxis[] axes = new CoarseAxis[p];
    short[][] coarse = new short[p][];
    int[] bins = new int[p];
    boolean[] allowed = new boolean[p];
    for (int j = 0; j < p; j++) {
      MainBooster.apply(d.index[j], f[j], z);
      axes[j] = CoarseAxis.of(d.layouts.get(j), counts[j], config.interactionBins());
      coarse[j] = axes[j].index(d.index[j]);
      bins[j] = axes[j].bins();
      allowed[j] = dir[j] == RiskDirection.NONE;
    }
    List<Fast.Pair> chosen = Fast.rank(coarse, bins, allowed, z, d.y, config.maxInteractions(),
        config.minSamplesLeaf(), config.l2());
    int m = chosen.size();
    int[][] cells = new int[m][n];
    int[] rows = new int[m];
    int[] cols = new int[m];
    for (int k = 0; k < m; k++) {
      Fast.Pair pair = chosen.get(k);
      rows[k] = bins[pair.first()];
      cols[k] = bins[pair.second()];
      for (int r = 0; r < n; r++) {
        cells[k][r] = coarse[pair.first()][r] * cols[k] + coarse[pair.second()][r];
      }
    }
    List<PairBooster.Result> results = m == 0 ? List.of()
        : all(pool, bags, bag -> PairBooster.run(cells, rows, cols, z, d.y, bag, config));
    double[][] tables = new double[m][];
    double shift = 0;
    for (int k = 0; k < m; k++) {
      tables[k] = new double[rows[k] * cols[k]];
      for (PairBooster.Result res : results) {
        for (int c = 0; c < tables[k].length; c++) {
          tables[k][c] += res.tables()[k][c] / bags.size();
        }
      }
      long[] cellCounts = new long[tables[k].length];
      for (int r = 0; r < n; r++) {
        cellCounts[cells[k][r]]++;
      }
      shift += centre(tables[k], cellCounts, n);
    }
    return new Pairs(chosen, axes, tables, shift,
        results.stream().map(PairBooster.Result::rounds).toList());
  }

  /**
   * Centres {@code values} to a row-weighted mean of 0 and returns the mean; a value no row has is
   * set to 0 (the mean) rather than left at an untrained guess.
   */
  static double centre(double[] values, long[] counts, int rows) {
    double mean = 0;
    for (int b = 0; b < values.length; b++) {
      mean += counts[b] * values[b];
    }
    mean /= rows;
    for (int b = 0; b < values.length; b++) {
      values[b] = counts[b] == 0 ? 0 : values[b] - mean;
    }
    return mean;
  }

  private static <T> List<T> all(ExecutorService pool, List<Bag> bags, Function<Bag, T> task) {
    List<Future<T>> futures = new ArrayList<>();
    for (Bag bag : bags) {
      futures.add(pool.submit(() -> task.apply(bag)));
    }
    List<T> out = new ArrayList<>();
    try {
      for (Future<T> future : futures) {
        out.add(future.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      futures.forEach(fu -> fu.cancel(true));
      throw new IllegalStateException("interrupted while boosting", e);
    } catch (ExecutionException e) {
      futures.forEach(fu -> fu.cancel(true));
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException("a bag failed", e.getCause());
    }
    return out;
  }
}
