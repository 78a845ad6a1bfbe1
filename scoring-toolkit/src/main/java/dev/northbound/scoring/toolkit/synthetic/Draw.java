package dev.northbound.scoring.toolkit.synthetic;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.SplittableRandom;

/**
 * The per-applicant state shared by the synthesisers: the observed-data random stream, the
 * latents, the application date, the city and the employment history. Confined to one thread.
 */
final class Draw {

  /** The nine mainland GBA cities. */
  static final String[] CITIES = {
    "Shenzhen", "Guangzhou", "Dongguan", "Zhuhai", "Foshan", "Huizhou", "Zhongshan", "Jiangmen", "Zhaoqing"
  };
  private static final double[] CITY_WEIGHTS = {0.45, 0.15, 0.08, 0.08, 0.07, 0.05, 0.05, 0.04, 0.03};
  private static final double[] RETIREE_CITY_WEIGHTS = {0.20, 0.15, 0.05, 0.12, 0.08, 0.12, 0.14, 0.08, 0.06};
  /** How far back MPF and social-insurance statements reach, in months. */
  static final int STATEMENT_MONTHS = 36;

  final SplittableRandom r;
  final long seed;
  final int index;
  final Segment segment;
  final SegmentProfile p;
  final double capacity;
  final double willingness;
  /** HKD to CNY. */
  final double fx;
  final LocalDate appDate;
  final YearMonth appMonth;
  /** The index in {@link #CITIES} of the city of residence. */
  final int cityIndex;
  final String city;
  /** Current monthly income, HKD equivalent. */
  final double incomeHkd;
  /** The part of current income paid in HKD (the rest is paid in CNY). */
  final double hkdShare;
  /** Monthly HKD relevant income while MPF was contributed (may differ from current income). */
  final double mpfIncomeHkd;
  /** Months before the application month in which the last MPF month fell (1 = last month); 0 = none. */
  final int mpfEndsMonthsAgo;
  /** Whether MPF is contributed as a self-employed person (no employer share). */
  final boolean mpfSelfEmployed;
  /** Months of mainland employment (social insurance) up to last month; 0 = none. */
  final int mainlandMonths;
  /** Monthly obligations on the bureau file, HKD equivalent; filled by the bureau synthesiser. */
  double bureauObligationsHkd;

  Draw(SplittableRandom r, GeneratorConfig config, long seed, int index, Segment segment, double capacity,
      double willingness) {
    this.r = r;
    this.seed = seed;
    this.index = index;
    this.segment = segment;
    this.p = SegmentProfile.of(segment);
    this.capacity = capacity;
    this.willingness = willingness;
    this.fx = config.hkdToCny().rate().doubleValue();
    long firstDay = config.firstApplicationMonth().atDay(1).toEpochDay();
    long lastDay = config.lastApplicationMonth().atEndOfMonth().toEpochDay();
    this.appDate = LocalDate.ofEpochDay(firstDay + r.nextLong(lastDay - firstDay + 1));
    this.appMonth = YearMonth.from(appDate);
    this.cityIndex = Rand.pick(r, segment == Segment.RETIREE ? RETIREE_CITY_WEIGHTS : CITY_WEIGHTS);
    this.city = CITIES[cityIndex];
    this.incomeHkd = p.incomeMedianHkd * Math.exp(0.40 * capacity) * Rand.lognormal(r, 0.15);
    boolean hkPayroll = Rand.chance(r, p.hkPayrollProb);
    switch (segment) {
      case YOUNG_PROFESSIONAL:
      case OVER_INDEBTED:
        hkdShare = hkPayroll ? 1.0 : 0.0;
        mpfIncomeHkd = hkPayroll ? incomeHkd : incomeHkd * Rand.uniform(r, 0.85, 1.0);
        mpfEndsMonthsAgo = hkPayroll ? 1 : Rand.between(r, 4, 36);
        mpfSelfEmployed = false;
        mainlandMonths = hkPayroll ? 0 : mpfEndsMonthsAgo - 1;
        break;
      case RECENT_GRADUATE:
        hkdShare = 0.0;
        mpfIncomeHkd = 0.0;
        mpfEndsMonthsAgo = 0;
        mpfSelfEmployed = false;
        mainlandMonths = Rand.between(r, 3, 30);
        break;
      case CROSS_BORDER_TRADER:
        hkdShare = Rand.uniform(r, 0.3, 0.7);
        mpfIncomeHkd = incomeHkd * hkdShare;
        mpfSelfEmployed = true;
        mpfEndsMonthsAgo = Rand.chance(r, 0.5) ? 1 : 0;
        mainlandMonths = Rand.chance(r, 0.3) ? STATEMENT_MONTHS : 0;
        break;
      case RETIREE:
        hkdShare = 1.0;
        mpfIncomeHkd = incomeHkd * Rand.uniform(r, 1.5, 2.5);
        mpfEndsMonthsAgo = Rand.between(r, 6, 30);
        mpfSelfEmployed = false;
        mainlandMonths = 0;
        break;
      default:
        throw new IllegalStateException("unknown segment " + segment);
    }
  }

  /** Current monthly income paid in HKD. */
  double hkIncomeHkd() {
    return incomeHkd * hkdShare;
  }

  /** Current monthly income paid in CNY, in CNY. */
  double mainlandIncomeCny() {
    return incomeHkd * (1.0 - hkdShare) * fx;
  }

  /** Log-odds shift of a late payment for this applicant's willingness (shared by every payment kind). */
  double lateLogit(double base) {
    return base - 1.3 * willingness;
  }
}
