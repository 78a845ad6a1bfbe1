package dev.northbound.scoring.tribuo;

import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.testing.TestSchemas;
import java.util.SplittableRandom;
import org.tribuo.Example;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * A small seeded synthetic credit dataset shared by the logistic and Tribuo tests: gaussian
 * features, and a "bad" label drawn from a known logistic model {@code z = -1 + 1.5 x0 - x1 + 0.5 x2}
 * (further features carry no signal).
 */
public final class SyntheticCredit {

  /** The bad label. */
  public static final String BAD = "bad";
  /** The good label. */
  public static final String GOOD = "good";

  private SyntheticCredit() {}

  /** A schema of ratio features with the given names, in order. */
  public static FeatureSchema schema(String... names) {
    return TestSchemas.ratios(names);
  }

  /** {@code n} rows of {@code width} standard-normal values (rounded to 3 decimals), seeded. */
  public static double[][] rows(long seed, int n, int width) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[][] x = new double[n][width];
    for (int r = 0; r < n; r++) {
      for (int c = 0; c < width; c++) {
        x[r][c] = Math.round(gaussian(rng) * 1000) / 1000.0;
      }
    }
    return x;
  }

  /** Labels drawn from the generating model, seeded. */
  public static String[] labels(long seed, double[][] x) {
    SplittableRandom rng = new SplittableRandom(seed);
    String[] y = new String[x.length];
    for (int r = 0; r < x.length; r++) {
      double z = -1 + 1.5 * x[r][0] - x[r][1] + (x[r].length > 2 ? 0.5 * x[r][2] : 0);
      y[r] = rng.nextDouble() < 1 / (1 + Math.exp(-z)) ? BAD : GOOD;
    }
    return y;
  }

  /** A Tribuo example with the given feature names and values (NaN values are left out). */
  public static Example<Label> example(String label, String[] names, double[] values) {
    ArrayExample<Label> e = new ArrayExample<>(new Label(label));
    for (int i = 0; i < names.length; i++) {
      if (!Double.isNaN(values[i])) {
        e.add(names[i], values[i]);
      }
    }
    return e;
  }

  /** A Tribuo dataset of the rows under the given feature names. */
  public static MutableDataset<Label> dataset(String[] names, double[][] x, String[] y) {
    LabelFactory factory = new LabelFactory();
    MutableDataset<Label> d = new MutableDataset<>(new SimpleDataSourceProvenance("synthetic-credit", factory), factory);
    for (int r = 0; r < x.length; r++) {
      d.add(example(y[r], names, x[r]));
    }
    return d;
  }

  private static double gaussian(SplittableRandom rng) {
    // Box-Muller, so the data depend on the seed only.
    double u = 1.0 - rng.nextDouble();
    double v = rng.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}
