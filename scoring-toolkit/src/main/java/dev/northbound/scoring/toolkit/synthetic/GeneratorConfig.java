package dev.northbound.scoring.toolkit.synthetic;

import dev.northbound.scoring.core.money.FxRate;
import dev.northbound.scoring.core.money.Money;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link PortfolioGenerator} generates: the segment mix, the outcome model (the bad-rate
 * calibration), the range of application months, the HKD to CNY rate used to move amounts between
 * currencies, and the length of the performance window.
 *
 * <p>Defaults ({@link #defaults()}): shares 35% young professionals, 25% recent graduates, 20%
 * cross-border traders, 12% retirees, 8% over-indebted; {@link OutcomeModel#defaults()};
 * applications from 2025-01 to 2026-10; HKD 1 = CNY 0.92, source "synthetic", as of 2026-10-31;
 * a 12-month window. Immutable and thread-safe.
 *
 * @param segmentShares the share of each segment; every segment present, each 0 to 1, summing to 1
 *     within 1e-9
 * @param outcome the outcome model
 * @param firstApplicationMonth the first month an application may fall in
 * @param lastApplicationMonth the last month; not before the first
 * @param hkdToCny the HKD to CNY rate
 * @param performanceMonths the length of the performance window in months, 1 to 36
 */
public record GeneratorConfig(
    Map<Segment, Double> segmentShares,
    OutcomeModel outcome,
    YearMonth firstApplicationMonth,
    YearMonth lastApplicationMonth,
    FxRate hkdToCny,
    int performanceMonths) {

  /**
   * Validates the configuration and copies the shares.
   *
   * @throws IllegalArgumentException if a rule above is broken
   */
  public GeneratorConfig {
    segmentShares = checkShares(segmentShares);
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(firstApplicationMonth, "firstApplicationMonth");
    Objects.requireNonNull(lastApplicationMonth, "lastApplicationMonth");
    if (lastApplicationMonth.isBefore(firstApplicationMonth)) {
      throw new IllegalArgumentException("lastApplicationMonth " + lastApplicationMonth
          + " is before firstApplicationMonth " + firstApplicationMonth);
    }
    if (firstApplicationMonth.getYear() < 2010 || lastApplicationMonth.getYear() > 2090) {
      throw new IllegalArgumentException("application months must lie in 2010 to 2090, found "
          + firstApplicationMonth + " to " + lastApplicationMonth);
    }
    checkRate(hkdToCny);
    if (performanceMonths < 1 || performanceMonths > 36) {
      throw new IllegalArgumentException("performanceMonths must be between 1 and 36, found " + performanceMonths);
    }
  }

  /** The documented defaults. */
  public static GeneratorConfig defaults() {
    return builder().build();
  }

  /** A builder starting from the defaults; each value may be set at most once. */
  public static Builder builder() {
    return new Builder();
  }

  /** The default share of each segment. */
  static Map<Segment, Double> defaultShares() {
    EnumMap<Segment, Double> m = new EnumMap<>(Segment.class);
    m.put(Segment.YOUNG_PROFESSIONAL, 0.35);
    m.put(Segment.RECENT_GRADUATE, 0.25);
    m.put(Segment.CROSS_BORDER_TRADER, 0.20);
    m.put(Segment.RETIREE, 0.12);
    m.put(Segment.OVER_INDEBTED, 0.08);
    return m;
  }

  private static Map<Segment, Double> checkShares(Map<Segment, Double> shares) {
    Objects.requireNonNull(shares, "segmentShares");
    EnumMap<Segment, Double> copy = new EnumMap<>(Segment.class);
    double sum = 0;
    for (Segment s : Segment.values()) {
      Double v = shares.get(s);
      if (v == null) {
        throw new IllegalArgumentException("segmentShares has no share for " + s);
      }
      if (!(v >= 0.0 && v <= 1.0)) {
        throw new IllegalArgumentException("the share of " + s + " must be between 0 and 1, found " + v);
      }
      copy.put(s, v);
      sum += v;
    }
    if (Math.abs(sum - 1.0) > 1e-9) {
      throw new IllegalArgumentException("segment shares must sum to 1, found " + sum);
    }
    return Collections.unmodifiableMap(copy);
  }

  private static FxRate checkRate(FxRate rate) {
    Objects.requireNonNull(rate, "hkdToCny");
    if (!rate.from().equals(Money.HKD) || !rate.to().equals(Money.CNY)) {
      throw new IllegalArgumentException("hkdToCny must convert HKD to CNY, found " + rate.from() + "->" + rate.to());
    }
    return rate;
  }

  /**
   * Builds a {@link GeneratorConfig} from the defaults. Each setter checks its value at once and
   * may be called at most once; {@link #build()} checks the whole again. Not thread-safe.
   */
  public static final class Builder {
    private Map<Segment, Double> shares;
    private OutcomeModel outcome;
    private YearMonth first;
    private YearMonth last;
    private FxRate rate;
    private int months;

    private Builder() {}

    /** Sets the share of each segment (every segment, summing to 1). */
    public Builder segmentShares(Map<Segment, Double> segmentShares) {
      requireUnset(shares, "segmentShares");
      shares = checkShares(segmentShares);
      return this;
    }

    /** Sets the outcome model. */
    public Builder outcome(OutcomeModel model) {
      requireUnset(outcome, "outcome");
      outcome = Objects.requireNonNull(model, "outcome");
      return this;
    }

    /** Sets the range of application months, both inclusive. */
    public Builder applicationMonths(YearMonth firstMonth, YearMonth lastMonth) {
      requireUnset(first, "applicationMonths");
      Objects.requireNonNull(firstMonth, "firstMonth");
      Objects.requireNonNull(lastMonth, "lastMonth");
      if (lastMonth.isBefore(firstMonth)) {
        throw new IllegalArgumentException("lastMonth " + lastMonth + " is before firstMonth " + firstMonth);
      }
      first = firstMonth;
      last = lastMonth;
      return this;
    }

    /** Sets the HKD to CNY rate. */
    public Builder hkdToCny(FxRate hkdToCny) {
      requireUnset(rate, "hkdToCny");
      rate = checkRate(hkdToCny);
      return this;
    }

    /** Sets the length of the performance window in months (1 to 36). */
    public Builder performanceMonths(int performanceMonths) {
      if (months != 0) {
        throw new IllegalStateException("performanceMonths was already set to " + months);
      }
      if (performanceMonths < 1 || performanceMonths > 36) {
        throw new IllegalArgumentException("performanceMonths must be between 1 and 36, found " + performanceMonths);
      }
      months = performanceMonths;
      return this;
    }

    /** Builds the configuration, filling every unset value with its default. */
    public GeneratorConfig build() {
      YearMonth f = first != null ? first : YearMonth.of(2025, 1);
      YearMonth l = last != null ? last : YearMonth.of(2026, 10);
      FxRate r = rate != null
          ? rate
          : new FxRate(Money.HKD, Money.CNY, new BigDecimal("0.92"), "synthetic",
              YearMonth.of(2026, 10).atEndOfMonth());
      return new GeneratorConfig(
          shares != null ? shares : defaultShares(),
          outcome != null ? outcome : OutcomeModel.defaults(),
          f, l, r, months != 0 ? months : 12);
    }

    private static void requireUnset(Object current, String name) {
      if (current != null) {
        throw new IllegalStateException(name + " was already set");
      }
    }
  }
}
