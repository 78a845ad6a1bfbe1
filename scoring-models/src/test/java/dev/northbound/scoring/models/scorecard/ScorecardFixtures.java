package dev.northbound.scoring.models.scorecard;

import dev.northbound.scoring.core.feature.FeatureDefinition;
import dev.northbound.scoring.core.feature.FeatureGroup;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.feature.RiskDirection;
import dev.northbound.scoring.core.model.ModelProvenance;
import dev.northbound.scoring.models.scaling.RiskGrades;
import dev.northbound.scoring.models.scaling.Scaling;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Scorecards shared by the scorecard, io and pmml tests. */
public final class ScorecardFixtures {

  private ScorecardFixtures() {}

  /** A feature definition with the given unit. */
  public static FeatureDefinition feature(String name, String unit) {
    return new FeatureDefinition(name, "Test feature " + name + ".", unit, FeatureGroup.values()[0], RiskDirection.NONE);
  }

  /** dti_ratio, age_years (not a characteristic), months_since_delinquency, housing. */
  public static FeatureSchema schema() {
    return FeatureSchema.of(List.of(feature("dti_ratio", "ratio"), feature("age_years", "years"),
        feature("months_since_delinquency", "months"), feature("housing", "code")));
  }

  /** A fixed provenance. */
  public static ModelProvenance provenance() {
    return ModelProvenance.of("northbound-tests", "data-1234", Instant.parse("2026-11-01T08:00:00Z"),
        Map.of("binning", "quantile", "pdo", "20"), 42L);
  }

  /** The dti_ratio characteristic: (-inf, 0.3] 30, (0.3, 0.5] 15, (0.5, +inf) 0, missing -5. */
  public static Characteristic dti() {
    return Characteristic.of("dti_ratio", "W01", "Debt payments are high relative to income", "负债收入比偏高",
        List.of(Bin.openClosed(Double.NEGATIVE_INFINITY, 0.3, 30), Bin.openClosed(0.3, 0.5, 15),
            Bin.interval(0.5, false, Double.POSITIVE_INFINITY, false, 0), Bin.missing(-5)));
  }

  /** months_since_delinquency: -1 "no delinquency" 40, missing 10, [0, 12) 0, [12, 36) 20, [36, +inf) 35. */
  public static Characteristic delinquency() {
    return Characteristic.of("months_since_delinquency", "W02", "Recent delinquency", "近期有逾期记录",
        List.of(Bin.special(-1, "no delinquency", 40), Bin.missing(10), Bin.closedOpen(Double.NEGATIVE_INFINITY, 12, 0),
            Bin.closedOpen(12, 36, 20), Bin.closedOpen(36, Double.POSITIVE_INFINITY, 35)));
  }

  /** housing: {1} "own" 25, {2, 3} "rent or mortgage" 10, missing 0, anything else 5. */
  public static Characteristic housing() {
    return Characteristic.of("housing", "W03", "Housing status", "住房状况",
        List.of(Bin.categorical("own", List.of(1.0), 25), Bin.categorical("rent or mortgage", List.of(2.0, 3.0), 10),
            Bin.missing(0), Bin.closedOpen(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 5)));
  }

  /** The builder of the hand-built card, without characteristics. */
  public static ScorecardBuilder bare(FeatureSchema schema) {
    return Scorecard.builder(schema).id("gba-willingness").version("2026.11.1").initialScore(500)
        .scaling(Scaling.of(600, 50, 20))
        .grades(RiskGrades.of(List.of("A", "B", "C", "D"), List.of(620.0, 580.0, 540.0)))
        .provenance(provenance());
  }

  /** The hand-built card: initial score 500, dti, delinquency and housing; min 495, max 595. */
  public static Scorecard handBuilt() {
    return bare(schema()).addCharacteristic(dti()).addCharacteristic(delinquency()).addCharacteristic(housing())
        .build();
  }

  /**
   * The interaction months_since_delinquency × dti_ratio (W04). Rows (delinquency): -1 "no
   * delinquency", missing, (-inf, 12), [12, +inf); columns (dti): (-inf, 0.3], (0.3, +inf), missing.
   * Points {10, 5, 0}, {0, -5, -10}, {-10, -20, -15}, {5, 0, -5}.
   */
  public static Characteristic delinquencyByDti() {
    return Characteristic.interaction("months_since_delinquency", "dti_ratio", "W04",
        "Recent delinquency with high debt", "近期逾期且负债偏高",
        List.of(Bin.special(-1, "no delinquency", 0), Bin.missing(0), Bin.closedOpen(Double.NEGATIVE_INFINITY, 12, 0),
            Bin.closedOpen(12, Double.POSITIVE_INFINITY, 0)),
        List.of(Bin.openClosed(Double.NEGATIVE_INFINITY, 0.3, 0),
            Bin.interval(0.3, false, Double.POSITIVE_INFINITY, false, 0), Bin.missing(0)),
        new double[][] {{10, 5, 0}, {0, -5, -10}, {-10, -20, -15}, {5, 0, -5}});
  }

  /**
   * The interaction housing × age_years (W05, with a missing reason). Rows (housing): {1} "own",
   * missing, anything else; columns (age): (-inf, 30), [30, +inf), missing. Points {0, 8, -2},
   * {-6, -3, -12}, {-4, 2, -8}.
   */
  public static Characteristic housingByAge() {
    return Characteristic.interaction("housing", "age_years", "W05", "Housing status at this age",
        "此年龄段的住房状况",
        List.of(Bin.categorical("own", List.of(1.0), 0), Bin.missing(0),
            Bin.closedOpen(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 0)),
        List.of(Bin.closedOpen(Double.NEGATIVE_INFINITY, 30, 0), Bin.closedOpen(30, Double.POSITIVE_INFINITY, 0),
            Bin.missing(0)),
        new double[][] {{0, 8, -2}, {-6, -3, -12}, {-4, 2, -8}})
        .withMissingReason("Housing or age not reported", "住房或年龄未提供");
  }

  /**
   * The hand-built card plus {@link #delinquencyByDti} and {@link #housingByAge}, with the given
   * reason-code settings: initial score 500; min 463, max 613.
   */
  public static Scorecard withInteractions(ReasonCodeSettings settings) {
    return bare(schema()).reasonCodes(settings).addCharacteristic(dti()).addCharacteristic(delinquency())
        .addCharacteristic(housing()).addCharacteristic(delinquencyByDti()).addCharacteristic(housingByAge()).build();
  }

  /** A schema of {@code n} features f00.. with assorted units. */
  public static FeatureSchema wideSchema(int n) {
    List<FeatureDefinition> defs = new ArrayList<>();
    String[] units = {"ratio", "months", "CNY", "count"};
    for (int i = 0; i < n; i++) {
      defs.add(feature(String.format("f%02d", i), units[i % units.length]));
    }
    return FeatureSchema.of(defs);
  }

  /**
   * A random scorecard over {@link #wideSchema}(n + 2) with n characteristics of 4 to 6 bins: interval
   * cuts on a grid of 0.5 (so random values hit the edges) with random closedness, special values on
   * the grid, a missing bin each, and characteristic 3 categorical. Points are mostly multiples of 5
   * (so that reason codes tie and points below are often exactly zero), else arbitrary doubles.
   */
  public static Scorecard random(int n, long seed, ReasonCodeSettings settings) {
    SplittableRandom rnd = new SplittableRandom(seed);
    FeatureSchema schema = wideSchema(n + 2);
    ScorecardBuilder b = Scorecard.builder(schema).id("random").version("1").initialScore(rnd.nextInt(-50, 400))
        .scaling(Scaling.of(600, 30, 40)).reasonCodes(settings)
        .grades(RiskGrades.of(List.of("A", "B", "C"), List.of(650.0, 550.0))).provenance(provenance());
    for (int c = 0; c < n; c++) {
      List<Bin> bins = new ArrayList<>();
      bins.add(Bin.missing(points(rnd)));
      if (c == 3) {
        bins.add(Bin.categorical("low", List.of(0.0, 1.0), points(rnd)));
        bins.add(Bin.categorical("mid", List.of(2.0), points(rnd)));
        bins.add(Bin.categorical("high", List.of(3.0, 4.0, 5.0), points(rnd)));
        bins.add(Bin.closedOpen(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, points(rnd)));
      } else {
        int cuts = rnd.nextInt(2, 5);
        double lower = Double.NEGATIVE_INFINITY;
        boolean lowerClosed = false;
        double cut = -2.0;
        for (int k = 0; k <= cuts; k++) {
          cut += 0.5 * rnd.nextInt(1, 4);
          double upper = k == cuts ? Double.POSITIVE_INFINITY : cut;
          boolean upperClosed = k < cuts && rnd.nextBoolean();
          bins.add(Bin.interval(lower, lowerClosed, upper, upperClosed, points(rnd)));
          lower = upper;
          lowerClosed = !upperClosed;
        }
        if (c % 2 == 0) {
          bins.add(Bin.special(-9, "not applicable", points(rnd)));
        }
      }
      Characteristic ch = Characteristic.of(String.format("f%02d", c), String.format("R%02d", c),
          "Reason " + c, "原因 " + c, bins);
      b.addCharacteristic(settings.mode() == ReasonCodeMode.POINTS_BELOW_BASELINE
          ? ch.withBaseline(5 * rnd.nextInt(0, 8)) : ch);
    }
    return b.build();
  }

  /**
   * {@link #random}(12) over {@link #wideSchema}(14) plus three interactions with random points, each
   * axis a main characteristic's bins at 0 points: f00 (intervals and a special value) × f03
   * (categories), f03 × f01 (the same feature in a main effect and two interactions), and f05 × f12
   * (a partner that is no characteristic of its own).
   */
  public static Scorecard randomWithInteractions(long seed, ReasonCodeSettings settings) {
    Scorecard base = random(12, seed, settings);
    SplittableRandom rnd = new SplittableRandom(seed + 1);
    ScorecardBuilder b = Scorecard.builder(base.schema()).id("random-interactions").version("1")
        .initialScore(base.initialScore()).scaling(base.scaling()).reasonCodes(settings).grades(base.riskGrades())
        .provenance(provenance());
    base.characteristics().forEach(b::addCharacteristic);
    List<Bin> f12 = List.of(Bin.missing(0), Bin.closedOpen(Double.NEGATIVE_INFINITY, 0.5, 0),
        Bin.closedOpen(0.5, 2, 0), Bin.closedOpen(2, Double.POSITIVE_INFINITY, 0), Bin.special(-9, "n/a", 0));
    int[][] pairs = {{0, 3}, {3, 1}, {5, 12}};
    for (int k = 0; k < pairs.length; k++) {
      List<Bin> first = axis(base.characteristics().get(pairs[k][0]).bins());
      List<Bin> second = pairs[k][1] == 12 ? f12 : axis(base.characteristics().get(pairs[k][1]).bins());
      double[][] points = new double[first.size()][second.size()];
      for (double[] row : points) {
        for (int j = 0; j < row.length; j++) {
          row[j] = points(rnd);
        }
      }
      Characteristic ch = Characteristic.interaction(String.format("f%02d", pairs[k][0]),
          String.format("f%02d", pairs[k][1]), "X" + k, "Interaction " + k, "交互 " + k, first, second, points);
      if (k == 1) {
        ch = ch.withMissingReason("Not reported", "未提供");
      }
      b.addCharacteristic(settings.mode() == ReasonCodeMode.POINTS_BELOW_BASELINE
          ? ch.withBaseline(5 * rnd.nextInt(0, 8)) : ch);
    }
    return b.build();
  }

  /** {@code bins} at 0 points, as the axis of an interaction. */
  public static List<Bin> axis(List<Bin> bins) {
    List<Bin> axis = new ArrayList<>();
    for (Bin bin : bins) {
      if (bin instanceof IntervalBin i) {
        axis.add(Bin.interval(i.lower(), i.lowerClosed(), i.upper(), i.upperClosed(), 0));
      } else if (bin instanceof SpecialValueBin sv) {
        axis.add(Bin.special(sv.value(), sv.name(), 0));
      } else if (bin instanceof CategoricalBin cat) {
        axis.add(Bin.categorical(cat.label(), cat.codes(), 0));
      } else {
        axis.add(Bin.missing(0));
      }
    }
    return axis;
  }

  private static double points(SplittableRandom rnd) {
    return rnd.nextInt(4) == 0 ? rnd.nextDouble(-20, 60) : 5 * rnd.nextInt(-2, 9);
  }

  /**
   * A random vector for {@link #random}: per feature, missing (NaN) 10%, a special or category code
   * 20%, a grid point (exact bin edges) 35%, else a uniform value in [-3, 6].
   */
  public static double[] randomValues(SplittableRandom rnd, int size) {
    double[] v = new double[size];
    for (int i = 0; i < size; i++) {
      int kind = rnd.nextInt(20);
      v[i] = kind < 2 ? Double.NaN
          : kind < 6 ? (rnd.nextBoolean() ? -9 : rnd.nextInt(0, 6))
          : kind < 13 ? -2.0 + 0.5 * rnd.nextInt(0, 18)
          : rnd.nextDouble(-3, 6);
    }
    return v;
  }
}
