package dev.northbound.scoring.benchmarks;

import dev.northbound.scoring.core.feature.FeatureSchema;
import java.util.SplittableRandom;

/**
 * Pre-generated, seeded, correlated applicants for {@link BenchmarkCards}: one latent risk factor
 * per applicant drives every feature (with its own noise), so that an applicant who is late on bills
 * also tends to have high utilisation and a short history, as real files do. Values are rounded as the
 * extractors round them (cents, whole months, counts), so many land exactly on bin edges; each feature
 * is missing at its own rate and the special values (0 arrears, 0 enquiries, never late) come up
 * often.
 *
 * <p>Held both row-wise ({@link #rows()}, one vector per applicant in schema order) and column-wise
 * ({@link #columns()}, one array per schema feature) for the batch API.
 */
final class Applicants {

  /** The number of applicants, a power of two so that the next index is a mask away. */
  static final int COUNT = 4096;

  private final double[][] rows;
  private final double[][] columns;

  private Applicants(double[][] rows, double[][] columns) {
    this.rows = rows;
    this.columns = columns;
  }

  /** {@link #COUNT} applicants over {@code schema} (which holds the card's features), from {@code seed}. */
  static Applicants generate(FeatureSchema schema, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    double[][] rows = new double[COUNT][schema.size()];
    double[][] columns = new double[schema.size()][COUNT];
    for (int a = 0; a < COUNT; a++) {
      double risk = gaussian(rnd);
      for (int f = 0; f < schema.size(); f++) {
        double v = value(schema.name(f), risk, rnd);
        rows[a][f] = v;
        columns[f][a] = v;
      }
    }
    return new Applicants(rows, columns);
  }

  /** One vector per applicant, in schema order, {@code NaN} for missing. Shared: do not modify. */
  double[][] rows() {
    return rows;
  }

  /** One column per schema feature. Shared: do not modify. */
  double[][] columns() {
    return columns;
  }

  /** A feature's value for an applicant of latent risk {@code risk} (higher is riskier). */
  private static double value(String feature, double risk, SplittableRandom rnd) {
    double g = 0.7 * risk + 0.714 * gaussian(rnd);
    switch (feature) {
      case "debt_to_income_ratio":
        return missing(rnd, 0.05) ? Double.NaN : round(Math.max(0, 0.35 + 0.15 * g), 100);
      case "months_since_latest_delinquency":
        return g < 0.3 ? Double.NaN : Math.max(0, Math.round(30 - 15 * g));
      case "revolving_utilisation":
        return missing(rnd, 0.10) ? Double.NaN : round(Math.min(1.2, Math.max(0, 0.4 + 0.25 * g)), 100);
      case "worst_status_24m":
        return missing(rnd, 0.05) ? Double.NaN : g < 0.4 ? 0 : Math.min(7, Math.floor((g - 0.2) * 3));
      case "verified_monthly_income":
        return missing(rnd, 0.10) ? Double.NaN : Math.round(Math.exp(9.7 - 0.5 * g) / 100) * 100.0;
      case "oldest_account_age_months":
        return missing(rnd, 0.05) ? Double.NaN : Math.max(0, Math.round(60 - 30 * g));
      case "hard_enquiries_6m":
        return missing(rnd, 0.05) ? Double.NaN : Math.max(0, Math.round(1 + 1.5 * g));
      case "on_time_month_share":
        return missing(rnd, 0.05) ? Double.NaN : round(Math.min(1, Math.max(0.5, 0.95 - 0.06 * g)), 100);
      case "tradeline_count":
        return missing(rnd, 0.03) ? Double.NaN : Math.max(0, Math.round(5 - 2 * g));
      case "max_days_late":
        return missing(rnd, 0.10) ? Double.NaN : g < 0 ? 0 : Math.round(25 * g);
      case "declared_to_verified_income_ratio":
        return missing(rnd, 0.10) ? Double.NaN : round(Math.max(0.5, 1.15 + 0.25 * g), 100);
      case "alternative_source_count":
        return missing(rnd, 0.02) ? Double.NaN : Math.min(6, Math.max(0, Math.round(3 - g)));
      default:
        return missing(rnd, 0.2) ? Double.NaN : Math.round(rnd.nextDouble() * 1000);
    }
  }

  private static boolean missing(SplittableRandom rnd, double rate) {
    return rnd.nextDouble() < rate;
  }

  private static double round(double v, double scale) {
    return Math.round(v * scale) / scale;
  }

  /** A standard normal draw. */
  static double gaussian(SplittableRandom rnd) {
    // Box-Muller, so that the data depend on the seed alone.
    double u = 1.0 - rnd.nextDouble();
    double v = rnd.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}
