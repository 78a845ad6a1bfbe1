package dev.northbound.scoring.models.pmml;

import dev.northbound.scoring.models.io.InputColumn;
import dev.northbound.scoring.models.io.ModelInputs;
import dev.northbound.scoring.models.scaling.RiskGrades;
import dev.northbound.scoring.models.scaling.Scaling;
import dev.northbound.scoring.models.scorecard.Bin;
import dev.northbound.scoring.models.scorecard.Characteristic;
import dev.northbound.scoring.models.scorecard.ReasonCodeMode;
import dev.northbound.scoring.models.scorecard.ReasonCodeSettings;
import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.models.scorecard.ScorecardBuilder;
import dev.northbound.scoring.models.scorecard.ScorecardFixtures;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A card over a table's schema, as {@code train} makes one from a CSV: numeric and categorical
 * columns, each categorical characteristic with the catch-all {@code (-inf, +inf)} at the missing
 * bin's points, intervals and a special value over category codes, an interaction on a categorical
 * first axis and one on a categorical second axis, a column whose dictionary is empty, and a column
 * no characteristic uses.
 */
final class TableCardFixture {

  private TableCardFixture() {}

  /** The table's columns; labels with spaces, a slash, a double quote, a backslash and {@code <}. */
  static ModelInputs inputs() {
    return ModelInputs.of(List.of(
        InputColumn.numeric("Debt Ratio", "debt_ratio"),
        InputColumn.categorical("Checking Status", "checking_status",
            List.of("<0", "0<=X<200", "no checking", ">=200")),
        InputColumn.categorical("Purpose", "purpose",
            List.of("car (new)", "radio/tv", "say \"hi\"", "back\\slash", "education")),
        InputColumn.numeric("Age", "age"),
        InputColumn.categorical("Grade", "grade", List.of("A", "B", "C", "D")),
        InputColumn.numeric("Unused", "unused"),
        InputColumn.categorical("Empty", "empty", List.of())));
  }

  /** The card, with random baselines (multiples of 5) in mode POINTS_BELOW_BASELINE. */
  static Scorecard card(ReasonCodeSettings settings, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    double all = Double.POSITIVE_INFINITY;
    List<Bin> debt = List.of(Bin.missing(-5), Bin.openClosed(-all, 0.3, 30), Bin.openClosed(0.3, 0.5, 15),
        Bin.interval(0.5, false, all, false, 0));
    List<Bin> checking = List.of(Bin.categorical("<0", List.of(0.0), 0),
        Bin.categorical("0<=X<200, >=200", List.of(1.0, 3.0), 20), Bin.missing(10), Bin.interval(-all, false, all, false, 10));
    List<Bin> purpose = List.of(Bin.categorical("car (new), radio/tv", List.of(0.0, 1.0), 15),
        Bin.categorical("say \"hi\", back\\slash", List.of(2.0, 3.0), 5), Bin.missing(0),
        Bin.interval(-all, false, all, false, 0));
    List<Bin> grade = List.of(Bin.missing(0), Bin.closedOpen(-all, 1.5, 25), Bin.interval(1.5, true, all, false, 5),
        Bin.special(3, "D", 10));
    List<Bin> empty = List.of(Bin.missing(3), Bin.interval(-all, false, all, false, 7));
    List<Bin> age = List.of(Bin.closedOpen(-all, 30, 0), Bin.closedOpen(30, all, 0), Bin.missing(0));
    List<Bin> checkingAxis = ScorecardFixtures.axis(checking);
    List<Bin> purposeAxis = ScorecardFixtures.axis(purpose);
    List<Characteristic> chars = List.of(
        Characteristic.of("debt_ratio", "T01", "Debt", "负债", debt),
        Characteristic.of("checking_status", "T02", "Checking", "账户", checking),
        Characteristic.of("purpose", "T03", "Purpose", "用途", purpose),
        Characteristic.of("grade", "T04", "Grade", "等级", grade),
        Characteristic.of("empty", "T05", "Empty", "空", empty),
        Characteristic.interaction("checking_status", "age", "X01", "Checking at this age", "此年龄的账户",
            checkingAxis, age, points(rnd, checkingAxis.size(), age.size())),
        Characteristic.interaction("age", "purpose", "X02", "Purpose at this age", "此年龄的用途",
            age, purposeAxis, points(rnd, age.size(), purposeAxis.size())));
    ScorecardBuilder b = Scorecard.builder(inputs().schema()).id("table-card").version("1").initialScore(400)
        .scaling(Scaling.of(600, 50, 20)).reasonCodes(settings)
        .grades(RiskGrades.of(List.of("A", "B"), List.of(450.0))).provenance(ScorecardFixtures.provenance());
    for (Characteristic c : chars) {
      b.addCharacteristic(settings.mode() == ReasonCodeMode.POINTS_BELOW_BASELINE
          ? c.withBaseline(5 * rnd.nextInt(0, 5)) : c);
    }
    return b.build();
  }

  private static double[][] points(SplittableRandom rnd, int rows, int columns) {
    double[][] points = new double[rows][columns];
    for (double[] row : points) {
      for (int j = 0; j < columns; j++) {
        row[j] = 5 * rnd.nextInt(-3, 5);
      }
    }
    return points;
  }
}
