package dev.northbound.scoring.toolkit.synthetic;

import dev.northbound.scoring.core.credit.Account;
import dev.northbound.scoring.core.credit.CreditCardAccount;
import dev.northbound.scoring.core.credit.DefaultRecord;
import dev.northbound.scoring.core.credit.InstalmentLoanAccount;
import dev.northbound.scoring.core.credit.LoanKind;
import dev.northbound.scoring.core.credit.MonthlyStatus;
import dev.northbound.scoring.core.credit.PaymentHistory;
import dev.northbound.scoring.core.credit.PaymentStatus;
import dev.northbound.scoring.core.credit.RevolvingLoanAccount;
import dev.northbound.scoring.core.money.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Generates one Hong Kong tradeline with its monthly history. Lateness is a monthly Markov chain:
 * from current, an account goes 30 days past due with probability
 * {@code sigmoid(-5.6 - 1.3 w + 2 (u - 0.4) + stress)}; once delinquent it rolls one bucket further
 * with probability {@code sigmoid(-1.2 - 0.8 w)}, otherwise it cures. Past 180 days it is charged
 * off, which closes it and leaves a default record.
 */
final class TradelineSynth {
  private TradelineSynth() {}

  static final double BASE_LATE = -5.6;
  private static final PaymentStatus[] LEVELS = {
    PaymentStatus.CURRENT, PaymentStatus.DPD_30, PaymentStatus.DPD_60, PaymentStatus.DPD_90,
    PaymentStatus.DPD_120, PaymentStatus.DPD_150, PaymentStatus.DPD_180_PLUS
  };
  private static final LoanKind[] KINDS = LoanKind.values();

  /** The kind of tradeline to generate. */
  enum Kind { CARD, REVOLVING, INSTALMENT }

  /** The outcome of simulating one history. */
  private static final class Run {
    final List<MonthlyStatus> months = new ArrayList<>(60);
    int level;
    /** Offset of the month the account was charged off (0 when it was not). */
    int chargedOffAt;
  }

  /**
   * One account, or empty when it closed before the report's history window (the bureau no longer
   * shows it). Charged-off accounts add a default record to {@code defaults}.
   */
  static Optional<Account> account(Draw d, Kind kind, int n, LocalDate reportDate, int historyMonths,
      List<DefaultRecord> defaults) {
    SplittableRandom r = d.r;
    SegmentProfile p = d.p;
    YearMonth reportMonth = YearMonth.from(reportDate);
    int age = Rand.between(r, p.ageMinMonths, p.ageMaxMonths);
    YearMonth openMonth = reportMonth.minusMonths(age);
    LocalDate openedOn = openMonth.atDay(Rand.between(r, 1, 28));
    Currency cur = d.segment == Segment.CROSS_BORDER_TRADER && kind == Kind.CARD && Rand.chance(r, 0.35)
        ? Money.CNY : Money.HKD;
    double toCur = cur.equals(Money.CNY) ? d.fx : 1.0;

    // Closing offset (months before the report month); 0 = open.
    int closeAt = 0;
    LoanKind loanKind = null;
    int term = 0;
    double original = 0;
    double instalment = 0;
    double monthlyRate = 0;
    double utilisation = 0;
    if (kind == Kind.INSTALMENT) {
      loanKind = loanKind(d);
      term = term(r, loanKind);
      original = SyntheticMoney.roundTo(principal(d, loanKind), 1000);
      monthlyRate = annualRate(loanKind) / 12.0;
      instalment = original * monthlyRate / (1.0 - Math.pow(1.0 + monthlyRate, -term));
      if (age > term) {
        closeAt = age - term;
      } else if (age >= 2 && Rand.chance(r, 0.08)) {
        closeAt = Rand.between(r, 1, age - 1);
      }
    } else {
      utilisation = Rand.sigmoid(p.utilisationLogit - 0.5 * d.capacity + 0.8 * Rand.normal(r));
      if (age >= 2 && Rand.chance(r, 0.12)) {
        closeAt = Rand.between(r, 1, age - 1);
      }
    }
    int firstOffset = Math.min(age, historyMonths);
    int lastOffset = closeAt > 0 ? closeAt : 1;
    if (lastOffset > firstOffset) {
      return Optional.empty();
    }
    Run run = simulate(d, kind, utilisation, reportMonth, firstOffset, lastOffset, closeAt > 0);
    if (run.chargedOffAt > 0) {
      closeAt = run.chargedOffAt;
    }
    Optional<LocalDate> closedOn = closeAt > 0
        ? Optional.of(closeDate(r, reportMonth.minusMonths(closeAt), openedOn))
        : Optional.empty();
    PaymentHistory history = new PaymentHistory(run.months);
    String id = idPrefix(kind) + n;

    double balance;
    double pastDue;
    if (kind == Kind.INSTALMENT) {
      if (run.chargedOffAt > 0) {
        int paid = Math.min(term, age - run.chargedOffAt);
        balance = Math.max(remaining(original, monthlyRate, term, paid), instalment * LEVELS.length);
      } else {
        balance = closeAt > 0 ? 0 : remaining(original, monthlyRate, term, Math.min(age, term));
      }
      pastDue = Math.min(balance, instalment * run.level);
      if (closeAt == 0) {
        d.bureauObligationsHkd += instalment;
      }
    } else {
      double limit = SyntheticMoney.roundTo(d.incomeHkd * Rand.uniform(r, kind == Kind.CARD ? 1.0 : 0.8, 3.5), 1000)
          * toCur;
      balance = closeAt > 0 && run.chargedOffAt == 0 ? 0 : limit * utilisation;
      pastDue = Math.min(balance, Math.max(100.0, 0.03 * balance) * run.level);
      if (closeAt == 0) {
        d.bureauObligationsHkd += 0.03 * balance / toCur;
      }
      if (kind == Kind.CARD) {
        return Optional.of(new CreditCardAccount(id, SyntheticMoney.money(limit, cur), SyntheticMoney.money(balance, cur),
            SyntheticMoney.money(pastDue, cur), openedOn, closedOn, history));
      }
      if (run.chargedOffAt > 0) {
        addDefault(d, defaults, balance, cur, closedOn.orElseThrow(), reportDate);
      }
      return Optional.of(new RevolvingLoanAccount(id, SyntheticMoney.money(limit, cur), SyntheticMoney.money(balance, cur),
          SyntheticMoney.money(pastDue, cur), openedOn, closedOn, history));
    }
    if (run.chargedOffAt > 0) {
      addDefault(d, defaults, balance, cur, closedOn.orElseThrow(), reportDate);
    }
    return Optional.of(new InstalmentLoanAccount(id, loanKind, SyntheticMoney.positive(original, cur),
        SyntheticMoney.money(balance, cur), SyntheticMoney.money(instalment, cur), term, SyntheticMoney.money(pastDue, cur),
        openedOn, closedOn, history));
  }

  private static Run simulate(Draw d, Kind kind, double utilisation, YearMonth reportMonth, int firstOffset,
      int lastOffset, boolean closes) {
    SplittableRandom r = d.r;
    Run run = new Run();
    double lateLogit = d.lateLogit(BASE_LATE) + 2.0 * (utilisation - 0.4);
    double pRoll = Rand.sigmoid(-1.2 - 0.8 * d.willingness);
    double idle = kind == Kind.INSTALMENT ? 0.0 : utilisation < 0.05 ? 0.5 : 0.02;
    for (int off = firstOffset; off >= lastOffset; off--) {
      double stress = off <= 12 ? d.p.recentStress : 0.0;
      if (run.level == 0) {
        if (Rand.chance(r, Rand.sigmoid(lateLogit + stress))) {
          run.level = 1;
        }
      } else if (Rand.chance(r, pRoll)) {
        run.level++;
      } else {
        run.level = 0;
      }
      YearMonth month = reportMonth.minusMonths(off);
      if (run.level >= LEVELS.length) {
        run.months.add(SyntheticMoney.status(month, PaymentStatus.CHARGED_OFF));
        run.chargedOffAt = off;
        run.level = LEVELS.length;
        return run;
      }
      PaymentStatus s = LEVELS[run.level];
      if (off == lastOffset && closes && run.level > 0) {
        s = PaymentStatus.SETTLED;
        run.level = 0;
      } else if (run.level == 0 && idle > 0 && Rand.chance(r, idle)) {
        s = PaymentStatus.NO_ACTIVITY;
      }
      run.months.add(SyntheticMoney.status(month, s));
    }
    return run;
  }

  private static void addDefault(Draw d, List<DefaultRecord> defaults, double amount, Currency cur,
      LocalDate defaultDate, LocalDate reportDate) {
    Optional<LocalDate> settled = Optional.empty();
    if (Rand.chance(d.r, 0.3)) {
      LocalDate s = defaultDate.plusDays(Rand.between(d.r, 30, 360));
      if (!s.isAfter(reportDate)) {
        settled = Optional.of(s);
      }
    }
    defaults.add(new DefaultRecord(SyntheticMoney.positive(amount, cur), defaultDate, settled));
  }

  private static LocalDate closeDate(SplittableRandom r, YearMonth month, LocalDate openedOn) {
    LocalDate c = month.atDay(Rand.between(r, 1, 28));
    return c.isBefore(openedOn) ? openedOn : c;
  }

  private static String idPrefix(Kind kind) {
    return kind == Kind.CARD ? "CC" : kind == Kind.REVOLVING ? "RL" : "IL";
  }

  private static LoanKind loanKind(Draw d) {
    double[] w; // PERSONAL, MORTGAGE, HIRE_PURCHASE, TAX, STUDENT
    switch (d.segment) {
      case YOUNG_PROFESSIONAL:
        w = new double[] {0.4, 0.2, 0.1, 0.0, 0.3};
        break;
      case CROSS_BORDER_TRADER:
        w = new double[] {0.4, 0.3, 0.2, 0.1, 0.0};
        break;
      case RETIREE:
        w = new double[] {0.2, 0.8, 0.0, 0.0, 0.0};
        break;
      default:
        w = new double[] {0.7, 0.0, 0.15, 0.15, 0.0};
        break;
    }
    return KINDS[Rand.pick(d.r, w)];
  }

  private static int term(SplittableRandom r, LoanKind kind) {
    switch (kind) {
      case MORTGAGE:
        return 12 * Rand.between(r, 15, 25);
      case HIRE_PURCHASE:
        return 12 * Rand.between(r, 2, 5);
      case TAX:
        return 12;
      case STUDENT:
        return 12 * Rand.between(r, 5, 10);
      default:
        return 12 * Rand.between(r, 1, 5);
    }
  }

  private static double principal(Draw d, LoanKind kind) {
    double income = d.incomeHkd;
    switch (kind) {
      case MORTGAGE:
        return income * Rand.uniform(d.r, 80, 200);
      case HIRE_PURCHASE:
        return income * Rand.uniform(d.r, 4, 10);
      case TAX:
        return income * Rand.uniform(d.r, 1, 3);
      case STUDENT:
        return Rand.uniform(d.r, 50_000, 250_000);
      default:
        return income * Rand.uniform(d.r, 3, 12);
    }
  }

  private static double annualRate(LoanKind kind) {
    switch (kind) {
      case MORTGAGE:
        return 0.03;
      case HIRE_PURCHASE:
        return 0.04;
      case TAX:
        return 0.03;
      case STUDENT:
        return 0.015;
      default:
        return 0.06;
    }
  }

  /** The annuity balance outstanding after {@code paid} of {@code term} payments. */
  static double remaining(double principal, double monthlyRate, int term, int paid) {
    double g = Math.pow(1.0 + monthlyRate, term);
    return principal * (g - Math.pow(1.0 + monthlyRate, paid)) / (g - 1.0);
  }
}
