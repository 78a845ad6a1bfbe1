package dev.northbound.scoring.toolkit.synthetic;

import dev.northbound.scoring.core.credit.Account;
import dev.northbound.scoring.core.credit.CreditCardAccount;
import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.credit.HkCreditReport;
import dev.northbound.scoring.core.credit.PaymentHistory;
import dev.northbound.scoring.core.credit.RevolvingLoanAccount;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The incumbent (past) lending policy of a through-the-door portfolio: a documented rule with a
 * cutoff, plus a random override share, as banks have ({@code docs/reject-inference.md}, "The
 * simulation").
 *
 * <p>Each applicant gets a policy score {@code S = visibility * zO + (1 - visibility) * zH}:
 * <ul>
 *   <li>{@code O}, the <em>observable</em> bureau rule, computed from the credit file only (data a new
 *       model also sees): {@code O = -(1.0 * D + 2.0 * U + 0.25 * E + 2.0 * P)} with D the number of
 *       tradelines ever 30+ days past due, U the mean balance / limit of the revolving accounts
 *       (cards and revolving loans with a positive limit; 0 if none), E the number of hard enquiries
 *       and P the number of public records; an applicant with no Hong Kong bureau report (a thin file)
 *       scores the fixed {@link #THIN_FILE_SCORE}, whatever its alternative data;</li>
 *   <li>{@code H}, the <em>hidden</em> judgement, on what no feature shows: minus the outcome model's
 *       log-odds of going bad ({@link OutcomeModel#logit}, from segment, capacity and willingness);</li>
 *   <li>{@code zO}, {@code zH}: O and H standardised by their mean and population standard deviation
 *       over the portfolio.</li>
 * </ul>
 * The {@code round(rejectShare * n)} applicants with the lowest S (ties by index) would be rejected.
 * Then, independently per applicant and seeded by (seed, index), a share {@code overrideShare} of
 * the would-be rejects is accepted and a share {@code overrideShare * rejectShare / (1 - rejectShare)}
 * of the would-be accepts is rejected: as many overrides each way in expectation, so the realised
 * reject share is {@code rejectShare} in expectation. Immutable and thread-safe.
 *
 * @param rejectShare the share rejected, more than 0 and at most 0.95
 * @param overrideShare the share of would-be rejects accepted, 0 to 0.5, and such that the share
 *     of would-be accepts rejected, {@code overrideShare * rejectShare / (1 - rejectShare)}, is at
 *     most 1
 * @param visibility the weight of the observable rule in the policy score, 0 (rejection on the
 *     hidden judgement alone) to 1 (on data the new model sees alone)
 */
public record IncumbentPolicy(double rejectShare, double overrideShare, double visibility) {

  /** The observable score of a file with no Hong Kong bureau report. */
  public static final double THIN_FILE_SCORE = -2.5;

  /**
   * Validates the parameters.
   *
   * @throws IllegalArgumentException if a rule above is broken
   */
  public IncumbentPolicy {
    if (!(rejectShare > 0.0 && rejectShare <= 0.95)) {
      throw new IllegalArgumentException("rejectShare must be more than 0 and at most 0.95, found " + rejectShare);
    }
    if (!(overrideShare >= 0.0 && overrideShare <= 0.5)) {
      throw new IllegalArgumentException("overrideShare must be between 0 and 0.5, found " + overrideShare);
    }
    if (overrideShare * rejectShare / (1.0 - rejectShare) > 1.0) {
      throw new IllegalArgumentException("overrideShare * rejectShare / (1 - rejectShare) must be at most 1"
          + " (the share of would-be accepts rejected), found " + overrideShare * rejectShare / (1.0 - rejectShare));
    }
    if (!(visibility >= 0.0 && visibility <= 1.0)) {
      throw new IllegalArgumentException("visibility must be between 0 and 1, found " + visibility);
    }
  }

  /** The share of would-be accepts rejected by an override. */
  public double acceptOverrideShare() {
    return overrideShare * rejectShare / (1.0 - rejectShare);
  }

  /** The observable rule score O of a credit file (higher is better). */
  public static double observableScore(CreditFile file) {
    if (file.bureauReport().isEmpty()) {
      return THIN_FILE_SCORE;
    }
    HkCreditReport r = file.bureauReport().get();
    int delinquent = 0;
    double utilisation = 0;
    int revolving = 0;
    for (Account a : r.accounts()) {
      if (everLate(a.history())) {
        delinquent++;
      }
      BigDecimal limit = a instanceof CreditCardAccount c ? c.creditLimit().amount()
          : a instanceof RevolvingLoanAccount l ? l.creditLimit().amount() : BigDecimal.ZERO;
      if (limit.signum() > 0) {
        utilisation += a.balance().amount().divide(limit, MathContext.DECIMAL64).doubleValue();
        revolving++;
      }
    }
    double u = revolving == 0 ? 0.0 : utilisation / revolving;
    long hard = r.enquiries().stream().filter(e -> e.hard()).count();
    return -(1.0 * delinquent + 2.0 * u + 0.25 * hard + 2.0 * r.publicRecords().size());
  }

  /** The hidden judgement H of an applicant: minus its log-odds of going bad. */
  public static double hiddenScore(SyntheticApplicant a, OutcomeModel model) {
    return -model.logit(a.segment(), a.capacity(), a.willingness());
  }

  private static boolean everLate(PaymentHistory h) {
    for (int i = 0; i < h.size(); i++) {
      if (h.status(i).daysPastDue() >= 30) {
        return true;
      }
    }
    return false;
  }
}
