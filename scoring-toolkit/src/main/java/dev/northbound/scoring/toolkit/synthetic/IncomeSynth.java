package dev.northbound.scoring.toolkit.synthetic;

import dev.northbound.scoring.core.credit.InsuranceScheme;
import dev.northbound.scoring.core.credit.MpfContribution;
import dev.northbound.scoring.core.credit.SocialInsuranceContribution;
import dev.northbound.scoring.core.money.Money;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates MPF and mainland social-insurance contributions from the applicant's income, with
 * employment gaps that grow more likely as capacity falls.
 */
final class IncomeSynth {
  private IncomeSynth() {}

  /** MPF: the monthly relevant income below which the employee contributes nothing (HK$7,100). */
  static final long MPF_FLOOR_CENTS = 7_100_00L;
  /** MPF: the monthly relevant income above which contributions stop growing (HK$30,000). */
  static final long MPF_CAP_CENTS = 30_000_00L;
  /** Social insurance: the illustrative contribution-base floor, CNY. */
  static final double SI_FLOOR_CNY = 2_360;
  /** Social insurance: the illustrative contribution-base cap, CNY. */
  static final double SI_CAP_CNY = 41_190;

  private static final Set<InsuranceScheme> EMPLOYEE = Set.copyOf(EnumSet.range(
      InsuranceScheme.PENSION, InsuranceScheme.MATERNITY));
  private static final Set<InsuranceScheme> EMPLOYEE_HOUSING = Set.copyOf(EnumSet.allOf(InsuranceScheme.class));
  private static final Set<InsuranceScheme> FLEXIBLE = Set.copyOf(EnumSet.of(
      InsuranceScheme.PENSION, InsuranceScheme.MEDICAL));

  /** The employee (or self-employed person's) mandatory contribution in cents: 5% of relevant income, capped. */
  static long employeeMandatoryCents(long relevantIncomeCents) {
    return relevantIncomeCents < MPF_FLOOR_CENTS ? 0L : Math.round(Math.min(relevantIncomeCents, MPF_CAP_CENTS) * 0.05);
  }

  /** The employer's mandatory contribution in cents: 5% of relevant income, capped, owed even below the floor. */
  static long employerMandatoryCents(long relevantIncomeCents) {
    return Math.round(Math.min(relevantIncomeCents, MPF_CAP_CENTS) * 0.05);
  }

  static List<MpfContribution> mpf(Draw d) {
    if (d.mpfEndsMonthsAgo == 0 || d.mpfEndsMonthsAgo > Draw.STATEMENT_MONTHS) {
      return List.of();
    }
    SplittableRandom r = d.r;
    long gaps = gapMask(d);
    boolean employeeVoluntary = Rand.chance(r, d.capacity > 0.5 ? 0.3 : 0.05);
    boolean employerVoluntary = !d.mpfSelfEmployed && Rand.chance(r, 0.25);
    List<MpfContribution> out = new ArrayList<>(Draw.STATEMENT_MONTHS);
    for (int ago = Draw.STATEMENT_MONTHS; ago >= d.mpfEndsMonthsAgo; ago--) {
      if ((gaps & (1L << ago)) != 0) {
        continue;
      }
      YearMonth month = d.appMonth.minusMonths(ago);
      double bonus = month.getMonthValue() == 12 && Rand.chance(r, 0.3) ? Rand.uniform(r, 1.0, 2.0) : 0.0;
      long ri = SyntheticMoney.cents(d.mpfIncomeHkd * (Rand.lognormal(r, 0.03) + bonus));
      long employer = d.mpfSelfEmployed ? 0L : employerMandatoryCents(ri);
      out.add(new MpfContribution(month, SyntheticMoney.ofCents(ri, Money.HKD),
          SyntheticMoney.ofCents(employeeMandatoryCents(ri), Money.HKD), SyntheticMoney.ofCents(employer, Money.HKD),
          employeeVoluntary ? SyntheticMoney.ofCents(Math.round(ri * 0.05), Money.HKD) : SyntheticMoney.ZERO_HKD,
          employerVoluntary ? SyntheticMoney.ofCents(Math.round(ri * 0.05), Money.HKD) : SyntheticMoney.ZERO_HKD));
    }
    return out;
  }

  static List<SocialInsuranceContribution> socialInsurance(Draw d) {
    if (d.mainlandMonths == 0) {
      return List.of();
    }
    SplittableRandom r = d.r;
    boolean flexible = d.segment == Segment.CROSS_BORDER_TRADER;
    Set<InsuranceScheme> schemes = flexible ? FLEXIBLE : Rand.chance(r, 0.6) ? EMPLOYEE_HOUSING : EMPLOYEE;
    long gaps = gapMask(d);
    int first = Math.min(d.mainlandMonths, Draw.STATEMENT_MONTHS);
    List<SocialInsuranceContribution> out = new ArrayList<>(first);
    double salary = d.mainlandIncomeCny();
    for (int ago = first; ago >= 1; ago--) {
      if ((gaps & (1L << ago)) != 0) {
        continue;
      }
      double base = flexible ? SI_FLOOR_CNY : Math.min(SI_CAP_CNY, Math.max(SI_FLOOR_CNY,
          salary * Rand.lognormal(r, 0.03)));
      out.add(new SocialInsuranceContribution(d.city, d.appMonth.minusMonths(ago),
          SyntheticMoney.positive(base, Money.CNY), schemes));
    }
    return out;
  }

  /**
   * Months (bit {@code k} = {@code k} months before the application month) with no contribution:
   * Poisson({@code 0.25 exp(-0.8 c)}) spells of 1 to 4 months.
   */
  private static long gapMask(Draw d) {
    SplittableRandom r = d.r;
    int spells = Rand.poisson(r, 0.25 * Math.exp(-0.8 * d.capacity));
    long mask = 0L;
    for (int i = 0; i < spells; i++) {
      int start = Rand.between(r, 1, Draw.STATEMENT_MONTHS);
      int len = Rand.between(r, 1, 4);
      for (int k = start; k < start + len && k <= Draw.STATEMENT_MONTHS; k++) {
        mask |= 1L << k;
      }
    }
    return mask;
  }
}
