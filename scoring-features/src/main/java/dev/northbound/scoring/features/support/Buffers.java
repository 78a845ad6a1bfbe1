package dev.northbound.scoring.features.support;

import dev.northbound.scoring.core.feature.FeatureBuffer;
import dev.northbound.scoring.core.feature.MissingReason;

/**
 * Small writers over a {@link FeatureBuffer} that keep missingness explicit.
 *
 * <p>Stateless and thread-safe (the buffers themselves are not).
 */
public final class Buffers {

  private Buffers() {}

  /**
   * Checks that {@code size} features fit in {@code out} from {@code offset}.
   *
   * @throws IndexOutOfBoundsException if they do not
   */
  public static void checkRange(FeatureBuffer out, int offset, int size) {
    int capacity = out.schema().size();
    if (offset < 0 || offset > capacity - size) {
      throw new IndexOutOfBoundsException("an extractor of " + size + " features cannot write at offset "
          + offset + " of a buffer of " + capacity + " features");
    }
  }

  /** Marks {@code count} features from {@code from} missing for {@code reason}. */
  public static void fillMissing(FeatureBuffer out, int from, int count, MissingReason reason) {
    for (int i = from; i < from + count; i++) {
      out.setMissing(i, reason);
    }
  }

  /** Writes a 0/1 flag. */
  public static void flag(FeatureBuffer out, int i, boolean value) {
    out.set(i, value ? 1.0 : 0.0);
  }

  /**
   * Writes {@code numerator / denominator}, or missing: {@code whenEmpty} when there is nothing to
   * count ({@code denominator == 0}).
   */
  public static void share(FeatureBuffer out, int i, long numerator, long denominator, MissingReason whenEmpty) {
    if (denominator == 0) {
      out.setMissing(i, whenEmpty);
    } else {
      out.set(i, (double) numerator / denominator);
    }
  }

  /** Writes a count, or missing ({@code reason}) when {@code present} is false. */
  public static void countOrMissing(FeatureBuffer out, int i, boolean present, long count, MissingReason reason) {
    if (present) {
      out.set(i, count);
    } else {
      out.setMissing(i, reason);
    }
  }
}
