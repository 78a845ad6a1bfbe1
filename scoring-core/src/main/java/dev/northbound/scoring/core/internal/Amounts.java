package dev.northbound.scoring.core.internal;

import java.math.BigDecimal;

/**
 * A column of exact amounts of money as the format carries them (not negative, at most two decimal
 * places), each packed into a long: {@code unscaled << 2 | scale}. Amount {@code i} is {@code
 * BigDecimal.valueOf(packed[i] >> 2, packed[i] & 3)}, the same value and scale as the decimal it was
 * read from. Holds the array it is given (not copied: the caller hands over a fresh array and never
 * changes it).
 */
public final class Amounts {

  private final long[] packed;

  /** The amounts packed in {@code packed} (see {@link #pack(long, int)}). */
  public Amounts(long[] packed) {
    this.packed = packed;
  }

  /**
   * An amount packed: {@code unscaled} scaled by {@code scale}.
   *
   * @throws IllegalArgumentException if {@code unscaled} is negative or above 2^61 - 1, or {@code scale}
   *     is not 0, 1 or 2
   */
  public static long pack(long unscaled, int scale) {
    if (unscaled < 0 || unscaled > Long.MAX_VALUE >> 2 || scale < 0 || scale > 2) {
      throw new IllegalArgumentException("an amount must be at least 0 with at most 2 decimal places");
    }
    return unscaled << 2 | scale;
  }

  /** How many amounts there are. */
  public int size() {
    return packed.length;
  }

  /** Amount {@code i}. */
  public BigDecimal get(int i) {
    long p = packed[i];
    return BigDecimal.valueOf(p >> 2, (int) (p & 3));
  }
}
