package dev.northbound.scoring.spark;

import dev.northbound.scoring.features.catalogue.StandardFeatures;
import dev.northbound.scoring.models.io.ScorecardFiles;
import dev.northbound.scoring.models.scorecard.Bin;
import dev.northbound.scoring.models.scorecard.Characteristic;
import dev.northbound.scoring.models.scorecard.IntervalBin;
import dev.northbound.scoring.models.scorecard.Scorecard;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Deterministic rows of feature columns for the example scorecard (docs/examples/scorecard.json):
 * row {@code id} is a pure function of the id, so Spark executors and the single-machine reference
 * build the same row. Values hit bin edges exactly, fall between them, are null or NaN (missing);
 * every {@value #BROKEN_EVERY}th row has an infinite value (a bad row). The outcome is drawn from
 * the model's own PD, with about 3% indeterminate. Rows also carry a month and a segment.
 */
final class FeatureRows {

  static final int BROKEN_EVERY = 9_973;
  static final String[] SEGMENTS = {"HK_PERMANENT", "HK_NON_PERMANENT", "CROSS_BOUNDARY"};
  static final Path MODEL = Path.of(System.getProperty("northbound.repo.dir", "."), "docs", "examples", "scorecard.json");
  static final Scorecard CARD = read();

  private FeatureRows() {}

  static byte[] modelBytes() {
    try {
      return Files.readAllBytes(MODEL);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Scorecard read() {
    return ScorecardFiles.read(modelBytes(), StandardFeatures.extractor().schema());
  }

  static StructType schema() {
    StructType s = new StructType().add("id", DataTypes.LongType, false);
    for (Characteristic c : CARD.characteristics()) {
      s = s.add(c.feature(), DataTypes.DoubleType, true);
    }
    return s.add("outcome", DataTypes.StringType, true).add("month", DataTypes.IntegerType, false)
        .add("segment", DataTypes.StringType, true);
  }

  /** The application month of row {@code id}: 2023-01 onwards, a new month every 10,000 ids. */
  static int month(long id) {
    int m = (int) (id / 10_000 % 24);
    return (2023 + m / 12) * 100 + m % 12 + 1;
  }

  /** The segment of row {@code id}: one of three, none for every 17th id. */
  static String segment(long id) {
    return id % 17 == 0 ? null : SEGMENTS[(int) (id * 7 % 3)];
  }

  /** The row: id, one (nullable) double per characteristic, outcome, month ({@code yyyymm}), segment. */
  static Row row(long id) {
    double[] v = values(id);
    List<Characteristic> chars = CARD.characteristics();
    Object[] out = new Object[chars.size() + 4];
    out[0] = id;
    for (int k = 0; k < chars.size(); k++) {
      double x = v[CARD.schema().indexOf(chars.get(k).feature()).orElseThrow()];
      out[k + 1] = Double.isNaN(x) && nullMissing(id, k) ? null : x;
    }
    out[chars.size() + 1] = outcome(id, v);
    out[chars.size() + 2] = month(id);
    out[chars.size() + 3] = segment(id);
    return RowFactory.create(out);
  }

  /** The row's values in schema order (NaN for missing, whether the column holds null or NaN). */
  static double[] values(long id) {
    SplittableRandom r = new SplittableRandom(id * 0x9E3779B97F4A7C15L + 17);
    double[] v = new double[CARD.schema().size()];
    java.util.Arrays.fill(v, Double.NaN);
    List<Characteristic> chars = CARD.characteristics();
    for (int k = 0; k < chars.size(); k++) {
      List<Double> edges = edges(chars.get(k));
      double u = r.nextDouble();
      double x;
      if (u < 0.10) {
        x = Double.NaN;
      } else {
        double edge = edges.get(r.nextInt(edges.size()));
        x = u < 0.35 ? edge : edge + r.nextGaussian() * Math.max(1, Math.abs(edge) * 0.5);
      }
      v[CARD.schema().indexOf(chars.get(k).feature()).orElseThrow()] = x;
    }
    if (id % BROKEN_EVERY == 0) {
      v[CARD.schema().indexOf(chars.get(0).feature()).orElseThrow()] = Double.POSITIVE_INFINITY;
    }
    return v;
  }

  private static boolean nullMissing(long id, int k) {
    return ((id + k) & 1) == 0;
  }

  private static String outcome(long id, double[] v) {
    SplittableRandom r = new SplittableRandom(id * 31 + 7);
    if (r.nextDouble() < 0.03) {
      return "indeterminate";
    }
    if (id % BROKEN_EVERY == 0) {
      return "bad";
    }
    return r.nextDouble() < CARD.probabilityOfDefault(CARD.points(v)) ? "bad" : "good";
  }

  private static List<Double> edges(Characteristic c) {
    List<Double> e = new ArrayList<>();
    for (Bin b : c.bins()) {
      if (b instanceof IntervalBin i) {
        if (Double.isFinite(i.lower())) {
          e.add(i.lower());
        }
        if (Double.isFinite(i.upper())) {
          e.add(i.upper());
        }
      }
    }
    return e;
  }
}
