package dev.northbound.scoring.toolkit.training.boosted;

import dev.northbound.scoring.core.feature.RiskDirection;
import dev.northbound.scoring.models.scaling.Scaling;
import java.util.ArrayList;
import java.util.List;

/**
 * Scales a fitted additive model into points: a bin's points are {@code -factor * f} and the
 * initial points {@code scaling.pointsForLogOddsBad(b0) = offset - factor * b0}; adjacent interval
 * bins are merged by {@link PointsMerge}, and an interaction's adjacent interval rows and columns
 * by {@link PairMerge} (tolerance {@code mergeTolerance}, row counts as weights); with integer
 * points every value is then rounded half away from zero. Stateless.
 */
final class CardPoints {

  private CardPoints() {}

  static BoostedFit.Outcome finish(List<String> names, List<FineLayout> layouts, long[][] counts,
      BinnedData d, RiskDirection[] dir, double[][] centred, double[][] f, double b0,
      List<Fast.Pair> chosen, CoarseAxis[] axes, double[][] tables, BoostingConfig config,
      List<Integer> mainRounds, List<Integer> interactionRounds) {
    Scaling scaling = config.training().scaling();
    boolean whole = config.training().spec().integerPoints();
    double factor = scaling.factor();
    int p = layouts.size();
    double[][] points = new double[p][];
    List<Shape> shapes = new ArrayList<>();
    for (int j = 0; j < p; j++) {
      int bins = f[j].length;
      int k = layouts.get(j).intervals();
      double[] pts = new double[bins];
      for (int b = 0; b < bins; b++) {
        pts[b] = -factor * f[j][b] + 0.0;
      }
      if (k > 0) {
        double[] w = new double[k];
        for (int b = 0; b < k; b++) {
          w[b] = counts[j][b];
        }
        double[] merged = PointsMerge.merge(java.util.Arrays.copyOf(pts, k), w,
            config.mergeTolerance());
        System.arraycopy(merged, 0, pts, 0, k);
      }
      long[] bads = d.counts(j, true);
      List<Long> rowList = new ArrayList<>();
      List<Long> badList = new ArrayList<>();
      List<Double> before = new ArrayList<>();
      List<Double> after = new ArrayList<>();
      List<Double> finalPoints = new ArrayList<>();
      for (int b = 0; b < bins; b++) {
        rowList.add(counts[j][b]);
        badList.add(bads[b]);
        before.add(centred[j][b]);
        after.add(-pts[b] / factor + 0.0);
        pts[b] = whole ? PointsMerge.whole(pts[b]) : pts[b];
        finalPoints.add(pts[b]);
      }
      points[j] = pts;
      shapes.add(new Shape(names.get(j), layouts.get(j).attributes(), rowList, badList, before,
          after, finalPoints, dir[j]));
    }
    List<AdditiveModel.Pair> pairs = new ArrayList<>();
    List<Interaction> interactions = new ArrayList<>();
    for (int k = 0; k < chosen.size(); k++) {
      Fast.Pair pair = chosen.get(k);
      CoarseAxis a = axes[pair.first()];
      CoarseAxis b = axes[pair.second()];
      double[] pts = new double[tables[k].length];
      long[] cellRows = new long[pts.length];
      short[] fa = d.index[pair.first()];
      short[] fb = d.index[pair.second()];
      for (int r = 0; r < d.rows(); r++) {
        cellRows[a.coarseOf(fa[r]) * b.bins() + b.coarseOf(fb[r])]++;
      }
      List<Long> rowList = new ArrayList<>();
      List<Double> logOdds = new ArrayList<>();
      List<Double> pointList = new ArrayList<>();
      for (int c = 0; c < pts.length; c++) {
        pts[c] = -factor * tables[k][c] + 0.0;
      }
      PairMerge.merge(pts, cellRows, a.attributes(), b.attributes(), config.mergeTolerance());
      for (int c = 0; c < pts.length; c++) {
        pts[c] = whole ? PointsMerge.whole(pts[c]) : pts[c] + 0.0;
        rowList.add(cellRows[c]);
        logOdds.add(tables[k][c]);
        pointList.add(pts[c]);
      }
      pairs.add(new AdditiveModel.Pair(pair.first(), pair.second(), a, b, pts));
      interactions.add(new Interaction(names.get(pair.first()), names.get(pair.second()),
          pair.gain(), a.attributes(), b.attributes(), rowList, logOdds, pointList));
    }
    double initial = scaling.pointsForLogOddsBad(b0);
    initial = whole ? PointsMerge.whole(initial) : initial;
    AdditiveModel model = new AdditiveModel(layouts, initial, points, pairs);
    return new BoostedFit.Outcome(model, shapes, interactions, b0, mainRounds,
        interactionRounds);
  }
}
