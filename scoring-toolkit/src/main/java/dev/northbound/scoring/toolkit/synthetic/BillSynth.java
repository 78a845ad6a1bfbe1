package dev.northbound.scoring.toolkit.synthetic;

import dev.northbound.scoring.core.credit.BillKind;
import dev.northbound.scoring.core.credit.RentPayment;
import dev.northbound.scoring.core.credit.UtilityBill;
import dev.northbound.scoring.core.money.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Generates utility and telecom bills and rent. A payment is late with probability
 * {@code sigmoid(base - 1.3 w)} (base -3.2 for utilities, -3.0 for telecom, -3.6 for rent) and
 * left unpaid with probability {@code sigmoid(-7 - 1.3 w)}; a payment that would fall after the
 * application date is unpaid as of that date.
 */
final class BillSynth {
  private BillSynth() {}

  private static final String[] WATER = new String[Draw.CITIES.length];
  private static final String[] GAS = new String[Draw.CITIES.length];
  private static final String[] MAINLAND_MOBILE = {"China Mobile", "China Unicom", "China Telecom"};
  private static final String[] HK_MOBILE = {"CSL", "SmarTone", "3HK", "China Mobile Hong Kong"};
  /** Monthly rent (CNY) at capacity 0, by city. */
  private static final double[] RENT = {5200, 4200, 2600, 3500, 2800, 2300, 2400, 2100, 1900};

  static {
    for (int i = 0; i < Draw.CITIES.length; i++) {
      WATER[i] = Draw.CITIES[i] + " Water";
      GAS[i] = Draw.CITIES[i] + " Gas";
    }
  }

  static List<UtilityBill> bills(Draw d) {
    SplittableRandom r = d.r;
    int city = d.cityIndex;
    boolean graduate = d.segment == Segment.RECENT_GRADUATE;
    int months = Rand.between(r, 6, 24);
    List<UtilityBill> out = new ArrayList<>(months * 4);
    if (graduate || Rand.chance(r, 0.85)) {
      series(d, out, BillKind.ELECTRICITY, "China Southern Power Grid", Money.CNY, 250, months, -3.2);
    }
    if (Rand.chance(r, 0.6)) {
      series(d, out, BillKind.WATER, WATER[city], Money.CNY, 60, months, -3.2);
    }
    if (Rand.chance(r, 0.5)) {
      series(d, out, BillKind.GAS, GAS[city], Money.CNY, 90, months, -3.2);
    }
    if (graduate || Rand.chance(r, 0.7)) {
      series(d, out, BillKind.MOBILE, MAINLAND_MOBILE[r.nextInt(3)], Money.CNY, 100, months, -3.0);
    }
    if (Rand.chance(r, 0.4)) {
      series(d, out, BillKind.BROADBAND, "China Telecom", Money.CNY, 120, months, -3.0);
    }
    double hkMobile = d.segment == Segment.CROSS_BORDER_TRADER ? 0.8 : graduate ? 0.3 : 0.45;
    if (Rand.chance(r, hkMobile)) {
      series(d, out, BillKind.MOBILE, HK_MOBILE[r.nextInt(HK_MOBILE.length)], Money.HKD, 220,
          Rand.between(r, 12, 24), -3.0);
    }
    double hkPower = d.segment == Segment.CROSS_BORDER_TRADER ? 0.3 : d.segment == Segment.RETIREE ? 0.2 : 0.1;
    if (Rand.chance(r, hkPower)) {
      series(d, out, BillKind.ELECTRICITY, "CLP Power", Money.HKD, 600, months, -3.2);
    }
    return out;
  }

  /** Bills for the {@code months} billing months ending two months before the application month. */
  private static void series(Draw d, List<UtilityBill> out, BillKind kind, String provider, Currency cur,
      double base, int months, double lateBase) {
    SplittableRandom r = d.r;
    double level = base * Math.exp(0.15 * d.capacity) * Rand.lognormal(r, 0.25);
    int dueDay = Rand.between(r, 10, 20);
    double late = Rand.sigmoid(d.lateLogit(lateBase));
    double unpaid = Rand.sigmoid(d.lateLogit(-7.0));
    YearMonth last = d.appMonth.minusMonths(2);
    for (int m = months - 1; m >= 0; m--) {
      YearMonth period = last.minusMonths(m);
      double season = kind == BillKind.ELECTRICITY && period.getMonthValue() >= 6 && period.getMonthValue() <= 9
          ? 1.4 : 1.0;
      LocalDate due = period.plusMonths(1).atDay(dueDay);
      out.add(new UtilityBill(kind, provider, period, SyntheticMoney.money(level * season * Rand.lognormal(r, 0.12), cur),
          due, payment(d, due, late, unpaid, 10)));
    }
  }

  static List<RentPayment> rent(Draw d) {
    SplittableRandom r = d.r;
    if (!Rand.chance(r, d.p.rentProb)) {
      return List.of();
    }
    Money amount = SyntheticMoney.positive(
        SyntheticMoney.roundTo(RENT[d.cityIndex] * Math.exp(0.25 * d.capacity) * Rand.lognormal(r, 0.2), 10),
        Money.CNY);
    int months = Rand.between(r, 6, 24);
    double late = Rand.sigmoid(d.lateLogit(-3.6));
    double unpaid = Rand.sigmoid(d.lateLogit(-7.0));
    List<RentPayment> out = new ArrayList<>(months);
    YearMonth last = d.appMonth.minusMonths(1);
    for (int m = months - 1; m >= 0; m--) {
      YearMonth period = last.minusMonths(m);
      LocalDate due = period.atDay(1);
      out.add(new RentPayment(period, amount, due, payment(d, due, late, unpaid, 5)));
    }
    return out;
  }

  /** When a payment due on {@code due} was made, or empty if not by the application date. */
  private static Optional<LocalDate> payment(Draw d, LocalDate due, double late, double unpaid, int earlyDays) {
    SplittableRandom r = d.r;
    double u = r.nextDouble();
    if (u < unpaid) {
      return Optional.empty();
    }
    LocalDate paid = u < unpaid + late
        ? due.plusDays(1 + Math.min(89, (long) (-10.0 * Math.log(1.0 - r.nextDouble()))))
        : due.minusDays(r.nextInt(earlyDays + 1));
    return paid.isAfter(d.appDate) ? Optional.empty() : Optional.of(paid);
  }
}
