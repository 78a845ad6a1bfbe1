package dev.northbound.scoring.toolkit.training.boosted;

import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.model.ModelProvenance;
import dev.northbound.scoring.features.catalogue.StandardReasons;
import dev.northbound.scoring.models.scorecard.Bin;
import dev.northbound.scoring.models.scorecard.Characteristic;
import dev.northbound.scoring.models.scorecard.IntervalBin;
import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.models.scorecard.ScorecardBuilder;
import dev.northbound.scoring.toolkit.data.Column;
import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.training.Attribute;
import dev.northbound.scoring.toolkit.training.CharacteristicSpec;
import dev.northbound.scoring.toolkit.training.GradeCutoffs;
import dev.northbound.scoring.toolkit.training.ModelIdentity;
import dev.northbound.scoring.toolkit.training.ScorecardAssembler;
import dev.northbound.scoring.toolkit.training.TrainingFailedException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the {@link Scorecard} of a boosted fit. Main effects come in column order (a
 * characteristic whose every bin scores 0 points is left out: it cannot change a score), then the
 * interactions in FAST order. Adjacent interval bins with equal final points become one interval
 * bin; special, missing and category bins are as in {@link ScorecardAssembler#bin} (a categorical
 * characteristic also gets the catch-all interval {@code (-inf, +inf)} with the missing bin's
 * points, so an unseen code scores as missing). An interaction's axes are the coarse bins with 0
 * points and its cells carry the points. Reason codes are numbered by descending importance (the
 * row-weighted mean absolute points) over all terms, name order on a tie, prefixed by the (first)
 * feature's group; the spec's reason code and texts, the catalogue's standard texts and the
 * generated texts apply to main effects as in the WoE trainer. Grades and provenance as
 * {@link ScorecardAssembler}, with the {@code boosting.*} settings in place of the WoE binning,
 * selection and fit settings. Stateless.
 */
final class BoostedCard {

  private BoostedCard() {}

  static Scorecard build(BoostedFit.Outcome fit, Dataset data, FeatureSchema schema,
      BoostingConfig config, double[] trainingScores) {
    ModelIdentity identity = config.identity();
    ScorecardBuilder b = Scorecard.builder(schema)
        .id(identity.id())
        .version(identity.version())
        .initialScore(fit.model().initialPoints())
        .scaling(config.training().scaling())
        .grades(GradeCutoffs.of(trainingScores))
        .provenance(ModelProvenance.ofThisRuntime(identity.trainedBy(), data.fingerprint(),
            identity.trainedAt(), settings(config), config.seed()));
    List<Shape> kept = fit.shapes().stream()
        .filter(s -> s.points().stream().anyMatch(p -> p != 0)).toList();
    if (kept.isEmpty() && fit.interactions().isEmpty()) {
      // Not a bad definition file: the fit learnt a flat card (for example every bin held fewer rows
      // than minBinRows or a leaf than minSamplesLeaf), so there is nothing to score with.
      throw new TrainingFailedException("no characteristic is left: every one of the " + fit.shapes().size()
          + " learnt a flat shape (0 points in every bin); check minBinRows (" + config.minBinRows()
          + ") and minSamplesLeaf (" + config.minSamplesLeaf() + ") against the " + data.rows() + " rows");
    }
    List<String> ranked = new ArrayList<>();
    List<Double> importance = new ArrayList<>();
    kept.forEach(s -> {
      ranked.add(s.characteristic());
      importance.add(s.importance());
    });
    fit.interactions().forEach(i -> {
      ranked.add(i.first() + CELL + i.second());
      importance.add(i.importance());
    });
    List<Integer> order = new ArrayList<>();
    for (int t = 0; t < ranked.size(); t++) {
      order.add(t);
    }
    order.sort(Comparator.comparingDouble((Integer t) -> -importance.get(t))
        .thenComparing(ranked::get));
    for (Shape s : kept) {
      String name = s.characteristic();
      CharacteristicSpec given = config.training().spec().characteristic(name);
      String code = given.reasonCode().orElse(code(schema, name,
          order.indexOf(ranked.indexOf(name))));
      var text = StandardReasons.of(name);
      Characteristic ch = Characteristic.of(name, code,
          given.reasonEn().orElseGet(() -> text.map(StandardReasons.Text::english)
              .orElseGet(() -> ScorecardAssembler.reasonEn(name))),
          given.reasonZh().orElseGet(() -> text.map(StandardReasons.Text::chinese)
              .orElseGet(() -> ScorecardAssembler.reasonZh(name))),
          bins(s.bins(), s.points(), column(data, name), true));
      if (text.isPresent()) {
        ch = ch.withMissingReason(text.get().missingEnglish(), text.get().missingChinese());
      }
      b.addCharacteristic(ch);
    }
    for (Interaction i : fit.interactions()) {
      int rank = order.indexOf(ranked.indexOf(i.first() + CELL + i.second()));
      b.addCharacteristic(interaction(i, schema, data, code(schema, i.first(), rank)));
    }
    return b.build();
  }

  private static final String CELL = " × ";

  private static String code(FeatureSchema schema, String name, int rank) {
    return String.format(Locale.ROOT, "%s%02d", ScorecardAssembler.prefix(schema, name), rank + 1);
  }

  private static Column column(Dataset data, String name) {
    return data.column(name).orElseThrow(() ->
        new IllegalArgumentException("the data has no column " + name));
  }

  /**
   * The scorecard bins of fine (or coarse) bins with points; with {@code merge}, neighbouring
   * interval bins with equal points become one.
   */
  static List<Bin> bins(List<Attribute> attributes, List<Double> points, Column column,
      boolean merge) {
    List<Bin> bins = new ArrayList<>();
    double missing = 0;
    boolean categorical = column instanceof dev.northbound.scoring.toolkit.data.CategoricalColumn;
    for (int a = 0; a < attributes.size(); a++) {
      Attribute at = attributes.get(a);
      double pts = points.get(a);
      if (at instanceof Attribute.Interval in) {
        int end = a;
        while (merge && end + 1 < attributes.size() && attributes.get(end + 1) instanceof Attribute.Interval
            && points.get(end + 1) == pts) {
          end++;
        }
        Attribute.Interval last = (Attribute.Interval) attributes.get(end);
        bins.add(Bin.interval(in.lower(), in.lowerClosed(), last.upper(), last.upperClosed(), pts));
        a = end;
        continue;
      }
      if (at instanceof Attribute.Missing) {
        missing = pts;
      }
      bins.add(ScorecardAssembler.bin(at, pts, column));
    }
    if (categorical) {
      bins.add(Bin.interval(Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false,
          missing));
    }
    return bins;
  }

  private static Characteristic interaction(Interaction i, FeatureSchema schema, Dataset data,
      String code) {
    List<Double> zeroA = i.firstAxis().stream().map(a -> 0.0).toList();
    List<Double> zeroB = i.secondAxis().stream().map(a -> 0.0).toList();
    List<Bin> first = bins(i.firstAxis(), zeroA, column(data, i.first()), false);
    List<Bin> second = bins(i.secondAxis(), zeroB, column(data, i.second()), false);
    int[] mapA = axisMap(i.firstAxis(), first.size());
    int[] mapB = axisMap(i.secondAxis(), second.size());
    int cols = i.secondAxis().size();
    double[][] points = new double[first.size()][second.size()];
    for (int a = 0; a < first.size(); a++) {
      for (int c = 0; c < second.size(); c++) {
        points[a][c] = i.points().get(mapA[a] * cols + mapB[c]);
      }
    }
    // Neighbouring interval rows (columns) with equal cells (PairMerge made near-equal ones equal)
    // become one axis bin: the same scores with fewer cells.
    List<Bin> rows = new ArrayList<>();
    double[][] merged = mergeEqualLines(first, points, rows);
    List<Bin> columns = new ArrayList<>();
    double[][] table = transpose(mergeEqualLines(second, transpose(merged), columns));
    return Characteristic.interaction(i.first(), i.second(), code, reasonEn(i.first(), i.second()),
        reasonZh(i.first(), i.second()), rows, columns, table);
  }

  /**
   * The lines of {@code points} (one per bin of {@code axis}) with each run of neighbouring interval
   * bins holding equal lines kept once; the merged axis goes into {@code mergedAxis}.
   */
  private static double[][] mergeEqualLines(List<Bin> axis, double[][] points, List<Bin> mergedAxis) {
    List<double[]> lines = new ArrayList<>();
    for (int a = 0; a < axis.size(); a++) {
      int last = mergedAxis.size() - 1;
      if (axis.get(a) instanceof IntervalBin in && last >= 0 && mergedAxis.get(last) instanceof IntervalBin prev
          && prev.upper() == in.lower() && java.util.Arrays.equals(lines.get(last), points[a])) {
        mergedAxis.set(last, Bin.interval(prev.lower(), prev.lowerClosed(), in.upper(), in.upperClosed(), 0));
      } else {
        mergedAxis.add(axis.get(a));
        lines.add(points[a]);
      }
    }
    return lines.toArray(double[][]::new);
  }

  private static double[][] transpose(double[][] m) {
    int cols = m.length == 0 ? 0 : m[0].length;
    double[][] t = new double[cols][m.length];
    for (int r = 0; r < m.length; r++) {
      for (int c = 0; c < cols; c++) {
        t[c][r] = m[r][c];
      }
    }
    return t;
  }

  /** The coarse bin behind each axis bin: itself, and the missing bin for a catch-all. */
  private static int[] axisMap(List<Attribute> coarse, int axisBins) {
    int[] map = new int[axisBins];
    for (int a = 0; a < axisBins; a++) {
      map[a] = a < coarse.size() ? a : coarse.size() - 1;
    }
    return map;
  }

  /** {@code "Checking status with duration lowered the score"}. */
  static String reasonEn(String first, String second) {
    String en = ScorecardAssembler.reasonEn(first);
    return en.substring(0, en.length() - " lowered the score".length()) + " with "
        + second.replace('_', ' ').strip() + " lowered the score";
  }

  /** {@code "“checking_status”与“duration”的组合拉低了评分"}. */
  static String reasonZh(String first, String second) {
    return "“" + first + "”与“" + second + "”的组合拉低了评分";
  }

  private static Map<String, String> settings(BoostingConfig config) {
    Map<String, String> s = new java.util.TreeMap<>(
        ScorecardAssembler.settings(config.training(), Map.of()));
    s.keySet().removeIf(k -> k.startsWith("binning.") || k.startsWith("selection.")
        || k.startsWith("fit."));
    s.put("points.integer", Boolean.toString(config.training().spec().integerPoints()));
    s.putAll(config.settings());
    config.identity().settings().forEach((k, v) -> {
      if (s.putIfAbsent(k, v) != null) {
        throw new IllegalArgumentException("setting " + k + " is set by the training itself");
      }
    });
    return s;
  }
}
