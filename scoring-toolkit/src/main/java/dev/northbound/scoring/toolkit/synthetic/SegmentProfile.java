package dev.northbound.scoring.toolkit.synthetic;

import dev.northbound.scoring.core.credit.AgeBand;

/**
 * The fixed per-segment parameters of the generative model; the table in
 * {@code docs/synthetic-data.md} mirrors this file. Immutable.
 */
final class SegmentProfile {

  // Latents: capacity ~ N(capMean, capSd), willingness ~ N(willMean, willSd), correlation rho.
  final double capMean;
  final double capSd;
  final double willMean;
  final double willSd;
  final double rho;
  /** Monthly income (HKD equivalent) of an applicant with capacity 0. */
  final double incomeMedianHkd;
  /** Probability of bringing a Hong Kong bureau report. */
  final double bureauProb;
  final int cardsMin;
  final int cardsMax;
  final int revolvingMin;
  final int revolvingMax;
  final int instalmentMin;
  final int instalmentMax;
  /** Range of tradeline ages in months at the report date. */
  final int ageMinMonths;
  final int ageMaxMonths;
  /** Mean log-odds of revolving utilisation at capacity 0. */
  final double utilisationLogit;
  /** Expected enquiries in the 24 months before the report at willingness 0. */
  final double enquiryRate;
  /** Extra log-odds of a late month in the last 12 months of history. */
  final double recentStress;
  /** Probability of a rent record. */
  final double rentProb;
  /** Probability of a Hong Kong payroll job (MPF and Hong Kong salaries tax). */
  final double hkPayrollProb;
  final AgeBand[] ages;
  final double[] ageWeights;
  /** Weights of CARD, PERSONAL_LOAN and MORTGAGE. */
  final double[] productWeights;

  private SegmentProfile(double[] latent, double incomeMedianHkd, double bureauProb, int[] counts,
      int ageMinMonths, int ageMaxMonths, double utilisationLogit, double enquiryRate, double recentStress,
      double rentProb, double hkPayrollProb, AgeBand[] ages, double[] ageWeights, double[] productWeights) {
    this.capMean = latent[0];
    this.capSd = latent[1];
    this.willMean = latent[2];
    this.willSd = latent[3];
    this.rho = latent[4];
    this.incomeMedianHkd = incomeMedianHkd;
    this.bureauProb = bureauProb;
    this.cardsMin = counts[0];
    this.cardsMax = counts[1];
    this.revolvingMin = counts[2];
    this.revolvingMax = counts[3];
    this.instalmentMin = counts[4];
    this.instalmentMax = counts[5];
    this.ageMinMonths = ageMinMonths;
    this.ageMaxMonths = ageMaxMonths;
    this.utilisationLogit = utilisationLogit;
    this.enquiryRate = enquiryRate;
    this.recentStress = recentStress;
    this.rentProb = rentProb;
    this.hkPayrollProb = hkPayrollProb;
    this.ages = ages;
    this.ageWeights = ageWeights;
    this.productWeights = productWeights;
  }

  private static final SegmentProfile[] TABLE = {
    // YOUNG_PROFESSIONAL
    new SegmentProfile(new double[] {0.3, 0.8, 0.3, 0.8, 0.3}, 38_000, 1.0, new int[] {1, 4, 0, 1, 0, 2},
        12, 120, -1.0, 1.2, 0.0, 0.70, 0.55,
        new AgeBand[] {AgeBand.AGE_25_34, AgeBand.AGE_35_44}, new double[] {0.7, 0.3},
        new double[] {0.5, 0.4, 0.1}),
    // RECENT_GRADUATE
    new SegmentProfile(new double[] {-0.5, 0.7, 0.0, 0.9, 0.2}, 18_000, 0.0, new int[] {0, 0, 0, 0, 0, 0},
        1, 1, 0.0, 0.0, 0.0, 0.85, 0.0,
        new AgeBand[] {AgeBand.AGE_18_24, AgeBand.AGE_25_34}, new double[] {0.75, 0.25},
        new double[] {0.7, 0.3, 0.0}),
    // CROSS_BORDER_TRADER
    new SegmentProfile(new double[] {0.2, 1.0, 0.0, 0.9, 0.3}, 35_000, 0.95, new int[] {1, 4, 0, 2, 0, 2},
        24, 180, -0.6, 1.5, 0.0, 0.50, 0.0,
        new AgeBand[] {AgeBand.AGE_25_34, AgeBand.AGE_35_44, AgeBand.AGE_45_54}, new double[] {0.2, 0.4, 0.4},
        new double[] {0.35, 0.5, 0.15}),
    // RETIREE
    new SegmentProfile(new double[] {-0.2, 0.6, 0.8, 0.6, 0.2}, 14_000, 1.0, new int[] {1, 3, 0, 0, 0, 1},
        120, 300, -2.2, 0.3, 0.0, 0.25, 0.0,
        new AgeBand[] {AgeBand.AGE_55_64, AgeBand.AGE_65_PLUS}, new double[] {0.4, 0.6},
        new double[] {0.6, 0.4, 0.0}),
    // OVER_INDEBTED
    new SegmentProfile(new double[] {-0.8, 0.8, -1.2, 0.8, 0.4}, 22_000, 1.0, new int[] {3, 7, 1, 3, 1, 3},
        6, 96, 1.4, 6.0, 1.0, 0.60, 0.70,
        new AgeBand[] {AgeBand.AGE_25_34, AgeBand.AGE_35_44, AgeBand.AGE_45_54}, new double[] {0.4, 0.4, 0.2},
        new double[] {0.3, 0.7, 0.0}),
  };

  static SegmentProfile of(Segment segment) {
    return TABLE[segment.ordinal()];
  }
}
