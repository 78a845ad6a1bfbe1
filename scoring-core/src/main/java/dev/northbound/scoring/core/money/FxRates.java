package dev.northbound.scoring.core.money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The exchange rates a caller supplies for one scoring run. Nothing here is hard-coded: not even the
 * Hong Kong dollar's link to the US dollar. A rate given one way is also used the other way (its
 * reciprocal, computed with {@link MathContext#DECIMAL128}).
 *
 * <p>Immutable and thread-safe.
 */
public final class FxRates {

  private final Map<Long, FxRate> direct;
  /** Flat table for the hot path: parallel arrays of (from, to) numeric codes and factors. */
  private final int[] fromCodes;
  private final int[] toCodes;
  private final double[] factorTable;

  private FxRates(Collection<FxRate> rates) {
    Map<Long, FxRate> d = new HashMap<>();
    Map<Long, Double> f = new HashMap<>();
    for (FxRate r : rates) {
      long key = key(r.from(), r.to());
      if (d.containsKey(key) || d.containsKey(key(r.to(), r.from()))) {
        throw new IllegalArgumentException(
            "rate " + r.from() + "->" + r.to() + " was given more than once (either direction)");
      }
      d.put(key, r);
      f.put(key, r.rate().doubleValue());
      f.put(key(r.to(), r.from()), BigDecimal.ONE.divide(r.rate(), MathContext.DECIMAL128).doubleValue());
    }
    this.direct = Map.copyOf(d);
    int n = f.size();
    this.fromCodes = new int[n];
    this.toCodes = new int[n];
    this.factorTable = new double[n];
    int i = 0;
    for (Map.Entry<Long, Double> e : f.entrySet()) {
      fromCodes[i] = (int) (e.getKey() >>> 32);
      toCodes[i] = (int) (long) e.getKey();
      factorTable[i] = e.getValue();
      i++;
    }
  }

  /** Rates for the given pairs; each pair may be given in one direction only. */
  public static FxRates of(FxRate... rates) {
    return new FxRates(List.of(rates));
  }

  /** Rates for the given pairs; each pair may be given in one direction only. */
  public static FxRates copyOf(Collection<FxRate> rates) {
    return new FxRates(List.copyOf(rates));
  }

  /** No rates at all: only same-currency amounts can be converted. */
  public static FxRates none() {
    return new FxRates(List.of());
  }

  /**
   * Converts an amount into {@code target}, rounding half-even to two decimal places.
   *
   * @throws IllegalArgumentException if no rate links the two currencies
   */
  public ConvertedMoney convert(Money money, Currency target) {
    Objects.requireNonNull(money, "money");
    Objects.requireNonNull(target, "target");
    if (money.currency().equals(target)) {
      return new ConvertedMoney(money, money, Optional.empty());
    }
    FxRate forward = direct.get(key(money.currency(), target));
    BigDecimal converted;
    FxRate used;
    if (forward != null) {
      converted = money.amount().multiply(forward.rate());
      used = forward;
    } else {
      FxRate backward = direct.get(key(target, money.currency()));
      if (backward == null) {
        throw missing(money.currency(), target);
      }
      converted = money.amount().divide(backward.rate(), MathContext.DECIMAL128);
      used = backward;
    }
    Money result = new Money(converted.setScale(Money.MAX_SCALE, RoundingMode.HALF_EVEN), target);
    return new ConvertedMoney(money, result, Optional.of(used));
  }

  /**
   * The multiplier that takes an amount in {@code from} to {@code to}, as a double for the hot path
   * of feature extraction (ratios are computed in double; reported amounts use {@link #convert}).
   *
   * @throws IllegalArgumentException if no rate links the two currencies
   */
  public double factor(Currency from, Currency to) {
    if (from.equals(to)) {
      return 1.0;
    }
    int slot = slot(from, to);
    if (slot < 0) {
      throw missing(from, to);
    }
    return factorTable[slot];
  }

  /** Whether an amount in {@code from} can be converted to {@code to}. */
  public boolean canConvert(Currency from, Currency to) {
    return from.equals(to) || slot(from, to) >= 0;
  }

  /** A linear scan: a caller supplies a handful of rates, and this allocates nothing. */
  private int slot(Currency from, Currency to) {
    int f = from.getNumericCode();
    int t = to.getNumericCode();
    for (int i = 0; i < fromCodes.length; i++) {
      if (fromCodes[i] == f && toCodes[i] == t) {
        return i;
      }
    }
    return -1;
  }

  /** The rates as given, for the audit record. */
  public List<FxRate> rates() {
    return List.copyOf(direct.values());
  }

  private static IllegalArgumentException missing(Currency from, Currency to) {
    return new IllegalArgumentException("no exchange rate between " + from + " and " + to);
  }

  private static long key(Currency from, Currency to) {
    return ((long) from.getNumericCode() << 32) | to.getNumericCode();
  }
}
