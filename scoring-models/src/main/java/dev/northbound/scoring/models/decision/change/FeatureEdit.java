package dev.northbound.scoring.models.decision.change;

import dev.northbound.scoring.core.feature.FeatureVector;
import dev.northbound.scoring.core.feature.MissingReason;
import java.util.Optional;
import java.util.OptionalInt;

/** A copy of a vector being changed by one action, feature by name; a name the schema lacks is skipped. */
final class FeatureEdit {
  private final FeatureVector base;
  private final double[] values;
  private final byte[] missing;
  private boolean changed;

  FeatureEdit(FeatureVector base) {
    this.base = base;
    this.values = base.toArray();
    this.missing = new byte[base.size()];
    for (int i = 0; i < missing.length; i++) {
      missing[i] = base.missingReason(i).map(MissingReason::code).orElse((byte) 0);
    }
  }

  private OptionalInt index(String name) {
    return base.schema().indexOf(name);
  }

  /** Whether the feature at {@code i} is missing because there are no records of its kind. */
  private boolean noRecords(int i) {
    Optional<MissingReason> r = MissingReason.fromCode(missing[i]);
    return r.isPresent() && (r.get() == MissingReason.NO_HISTORY || r.get() == MissingReason.NOT_APPLICABLE);
  }

  private void set(int i, double value) {
    if (missing[i] != 0 || values[i] != value) {
      values[i] = value;
      missing[i] = 0;
      changed = true;
    }
  }

  /** The present value of a feature, if the schema has it and it is present. */
  Optional<Double> present(String name) {
    OptionalInt i = index(name);
    return i.isPresent() && missing[i.getAsInt()] == 0 ? Optional.of(values[i.getAsInt()]) : Optional.empty();
  }

  /** Sets the feature to {@code value} if it is without records. */
  FeatureEdit setIfNoRecords(String name, double value) {
    index(name).ifPresent(i -> {
      if (noRecords(i)) {
        set(i, value);
      }
    });
    return this;
  }

  /** Adds {@code n} to a present value (at most {@code cap}), or sets {@code min(n, cap)} if without records. */
  FeatureEdit add(String name, int n, double cap) {
    index(name).ifPresent(i -> {
      if (missing[i] == 0) {
        set(i, Math.max(values[i], Math.min(cap, values[i] + n)));
      } else if (noRecords(i)) {
        set(i, Math.min(cap, n));
      }
    });
    return this;
  }

  /** Raises a present value to at least {@code n}, or sets {@code n} if without records. */
  FeatureEdit atLeast(String name, int n) {
    index(name).ifPresent(i -> {
      if (missing[i] == 0) {
        set(i, Math.max(values[i], n));
      } else if (noRecords(i)) {
        set(i, n);
      }
    });
    return this;
  }

  /**
   * Sets a source's presence flag to 1 and, if it was 0 (or without records), adds 1 to the present
   * {@code alternative_source_count} (at most 6). A flag missing for another reason is left alone.
   */
  FeatureEdit sourceOn(String flag) {
    index(flag).ifPresent(i -> {
      boolean wasOff = missing[i] == 0 ? values[i] == 0 : noRecords(i);
      if (wasOff) {
        set(i, 1);
        index("alternative_source_count").ifPresent(c -> {
          if (missing[c] == 0) {
            set(c, Math.min(6, values[c] + 1));
          }
        });
      }
    });
    return this;
  }

  /** The changed vector, or empty if no value changed. */
  Optional<FeatureVector> result() {
    return changed ? Optional.of(FeatureVector.of(base.schema(), values, missing)) : Optional.empty();
  }
}
