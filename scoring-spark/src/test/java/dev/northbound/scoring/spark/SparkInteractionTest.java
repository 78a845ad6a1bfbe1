package dev.northbound.scoring.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.model.ScoreHolder;
import dev.northbound.scoring.models.io.ScorecardFiles;
import dev.northbound.scoring.models.scorecard.Bin;
import dev.northbound.scoring.models.scorecard.Characteristic;
import dev.northbound.scoring.models.scorecard.IntervalBin;
import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.models.scorecard.ScorecardBuilder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * A scorecard with interaction characteristics through Spark: the example card plus the interaction
 * of its first two features and one of its third feature with a partner that is no characteristic
 * of its own (so only the partner's column brings it in). Every row's score and reasons equal
 * {@link Scorecard#score(double[], ScoreHolder)}; an infinite partner value is the row's error.
 */
class SparkInteractionTest {

  private static final int ROWS = 4_000;

  @Test
  void scoreFeatures_interactions_equalSingleMachineRowForRow() {
    Scorecard card = withInteractions(FeatureRows.CARD);
    List<String> columns = new ArrayList<>(columns(card));
    StructType schema = new StructType().add("id", DataTypes.LongType, false);
    for (String c : columns) {
      schema = schema.add(c, DataTypes.DoubleType, true);
    }
    List<Row> rows = new ArrayList<>();
    List<double[]> values = new ArrayList<>();
    SplittableRandom rnd = new SplittableRandom(18);
    for (long id = 0; id < ROWS; id++) {
      double[] v = new double[card.schema().size()];
      java.util.Arrays.fill(v, Double.NaN);
      Object[] row = new Object[columns.size() + 1];
      row[0] = id;
      for (int k = 0; k < columns.size(); k++) {
        int u = rnd.nextInt(10);
        double x = u == 0 ? Double.NaN : u < 4 ? Math.rint(rnd.nextDouble(-1, 3)) : rnd.nextDouble(-2, 60);
        if (id % 997 == 5 && columns.get(k).equals(partner(card))) {
          x = Double.NEGATIVE_INFINITY;
        }
        v[card.schema().indexOf(columns.get(k)).orElseThrow()] = x;
        row[k + 1] = Double.isNaN(x) && u == 0 && (id & 1) == 0 ? null : x;
      }
      rows.add(RowFactory.create(row));
      values.add(v);
    }
    SparkScoring scoring = SparkScoring.create(SharedSpark.session(), ScorecardFiles.toBytes(card));
    List<Row> scored = scoring.scoreFeatures(SharedSpark.session().createDataFrame(rows, schema))
        .select("id", SparkScoring.SCORE, SparkScoring.REASON_CODES, SparkScoring.ERROR).collectAsList();
    assertThat(scored).hasSize(ROWS);
    ScoreHolder holder = card.newHolder();
    int errors = 0;
    int partnerErrors = 0;
    for (Row r : scored) {
      long id = r.getLong(0);
      double[] v = values.get((int) id);
      try {
        card.score(v, holder);
      } catch (InvalidInputException e) {
        errors++;
        partnerErrors += e.pointer().equals("/" + partner(card)) ? 1 : 0;
        assertThat(r.isNullAt(1)).isTrue();
        Row err = r.getStruct(3);
        assertThat(List.of(err.getString(0), err.getString(1), err.getString(2)))
            .containsExactly(e.pointer(), e.rule(), e.found());
        continue;
      }
      assertThat(r.isNullAt(3)).as("error of row %s", id).isTrue();
      assertThat(r.getDouble(1)).as("score of row %s", id).isEqualTo(holder.points()).isEqualTo(card.points(v));
      List<String> reasons = new ArrayList<>();
      for (int k = 0; k < holder.reasonCount(); k++) {
        reasons.add(card.characteristics().get(holder.reasonCharacteristic(k)).reasonCode());
      }
      assertThat(r.<String>getList(2)).as("reasons of row %s", id).isEqualTo(reasons);
    }
    // ids 5, 1002, 1999, 2996, 3993: an infinite partner value each.
    assertThat(errors).isEqualTo(5);
    assertThat(partnerErrors).isEqualTo(5);
  }

  /** The features the card reads, each once. */
  private static Set<String> columns(Scorecard card) {
    Set<String> out = new LinkedHashSet<>();
    for (Characteristic c : card.characteristics()) {
      out.add(c.feature());
      c.partner().ifPresent(out::add);
    }
    return out;
  }

  private static String partner(Scorecard card) {
    return card.characteristics().get(card.characteristics().size() - 1).partner().orElseThrow();
  }

  /** {@code base} plus interactions 0 × 1 and 2 × (a schema feature that is no characteristic). */
  static Scorecard withInteractions(Scorecard base) {
    FeatureSchema schema = base.schema();
    ScorecardBuilder b = Scorecard.builder(schema).id(base.info().id() + "-interactions").version("1")
        .initialScore(base.initialScore()).scaling(base.scaling()).grades(base.riskGrades())
        .reasonCodes(base.reasonCodeSettings()).provenance(base.provenance());
    base.characteristics().forEach(b::addCharacteristic);
    List<Characteristic> chars = base.characteristics();
    Set<String> used = columns(base);
    String outsider = schema.definitions().stream().map(d -> d.name()).filter(n -> !used.contains(n)).findFirst()
        .orElseThrow();
    b.addCharacteristic(interaction(chars.get(0).feature(), chars.get(1).feature(), "X1",
        axis(chars.get(0).bins()), axis(chars.get(1).bins()), 1));
    b.addCharacteristic(interaction(chars.get(2).feature(), outsider, "X2", axis(chars.get(2).bins()),
        List.of(Bin.missing(0), Bin.closedOpen(Double.NEGATIVE_INFINITY, 1, 0),
            Bin.closedOpen(1, Double.POSITIVE_INFINITY, 0), Bin.special(0, "none", 0)), 2));
    return b.build();
  }

  private static Characteristic interaction(String feature, String partner, String code, List<Bin> first,
      List<Bin> second, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    double[][] points = new double[first.size()][second.size()];
    for (double[] row : points) {
      for (int j = 0; j < row.length; j++) {
        row[j] = 5 * rnd.nextInt(-4, 5);
      }
    }
    return Characteristic.interaction(feature, partner, code, "Interaction " + code, "交互 " + code, first, second,
        points);
  }

  private static List<Bin> axis(List<Bin> bins) {
    List<Bin> axis = new ArrayList<>();
    for (Bin bin : bins) {
      if (bin instanceof IntervalBin i) {
        axis.add(Bin.interval(i.lower(), i.lowerClosed(), i.upper(), i.upperClosed(), 0));
      } else {
        assertThat(bin.label()).isEqualTo("missing"); // the example card's bins are intervals and missing
        axis.add(Bin.missing(0));
      }
    }
    return axis;
  }
}
