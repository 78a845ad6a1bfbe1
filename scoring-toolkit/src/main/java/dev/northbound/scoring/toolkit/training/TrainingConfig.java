package dev.northbound.scoring.toolkit.training;

import dev.northbound.scoring.models.scaling.Scaling;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The configuration of {@link ScorecardTrainer}. Build with {@link #builder()}; every setter
 * rejects a bad value at once and a value set twice.
 *
 * @param binning the binning constraints
 * @param specialValues declared special values per numeric characteristic
 * @param ivThreshold the least IV a characteristic needs to be selected (default 0.02)
 * @param correlationThreshold the greatest |r| allowed between selected WoE columns (default 0.7)
 * @param l2 the L2 penalty weight {@code lambda} (default 0: plain maximum likelihood)
 * @param scaling the points scaling (default 600 points at 50:1, PDO 20)
 * @param seed the seed of the folds and the challengers (default 42)
 * @param folds the number of cross-validation folds, at least 2 (default 5)
 * @param challengers the challengers to cross-validate beside the scorecard, in order (default none;
 *     the opt-in {@code scoring-tribuo} module provides XGBoost and CART); no two with one code
 * @param spec the training spec: per-characteristic roles and fixed bins, the VIF, p-value and sign
 *     steps, protected attributes and integer points (default {@link TrainingSpec#automatic()};
 *     set by {@link TrainingSpec#toConfig()}, which also sets the binning, thresholds, scaling and
 *     special values above from it)
 */
public record TrainingConfig(BinningConstraints binning,
    Map<String, List<Attribute.Special>> specialValues, double ivThreshold,
    double correlationThreshold, double l2, Scaling scaling, long seed, int folds,
    List<Challenger> challengers, TrainingSpec spec) {

  /** Validates and copies. */
  public TrainingConfig {
    Objects.requireNonNull(binning, "binning");
    Objects.requireNonNull(scaling, "scaling");
    Map<String, List<Attribute.Special>> copy = new LinkedHashMap<>();
    specialValues.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    specialValues = Map.copyOf(copy);
    check(ivThreshold >= 0 && Double.isFinite(ivThreshold), "ivThreshold", ivThreshold);
    check(correlationThreshold > 0 && correlationThreshold <= 1, "correlationThreshold",
        correlationThreshold);
    check(l2 >= 0 && Double.isFinite(l2), "l2", l2);
    check(folds >= 2, "folds", folds);
    challengers = distinctCodes(challengers);
    Objects.requireNonNull(spec, "spec");
  }

  private static List<Challenger> distinctCodes(List<Challenger> challengers) {
    List<Challenger> copy = List.copyOf(challengers);
    List<String> codes = copy.stream().map(Challenger::code).toList();
    if (codes.stream().distinct().count() != codes.size()) {
      throw new IllegalArgumentException("challengers must not repeat; found " + codes);
    }
    return copy;
  }

  private static void check(boolean ok, String name, double found) {
    if (!ok) {
      throw new IllegalArgumentException(name + " is out of range; found " + found);
    }
  }

  /** The special values of one characteristic (empty if none declared). */
  public List<Attribute.Special> specialValuesOf(String characteristic) {
    return specialValues.getOrDefault(characteristic, List.of());
  }

  /** A builder holding the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TrainingConfig}; not thread-safe. */
  public static final class Builder {
    private final Map<String, Object> set = new LinkedHashMap<>();
    private final Map<String, List<Attribute.Special>> specials = new LinkedHashMap<>();

    private Builder() {}

    private Builder put(String name, Object value) {
      Objects.requireNonNull(value, name);
      if (set.putIfAbsent(name, value) != null) {
        throw new IllegalStateException(name + " was already set");
      }
      return this;
    }

    /** Sets the binning constraints. */
    public Builder binning(BinningConstraints binning) {
      return put("binning", binning);
    }

    /** Declares the special values of one numeric characteristic. */
    public Builder specialValues(String characteristic, List<Attribute.Special> values) {
      if (specials.putIfAbsent(characteristic, List.copyOf(values)) != null) {
        throw new IllegalStateException(
            "special values of " + characteristic + " were already set");
      }
      return this;
    }

    /** Sets the IV threshold, not negative. */
    public Builder ivThreshold(double threshold) {
      check(threshold >= 0 && Double.isFinite(threshold), "ivThreshold", threshold);
      return put("ivThreshold", threshold);
    }

    /** Sets the correlation threshold, in {@code (0, 1]}. */
    public Builder correlationThreshold(double threshold) {
      check(threshold > 0 && threshold <= 1, "correlationThreshold", threshold);
      return put("correlationThreshold", threshold);
    }

    /** Sets the L2 penalty weight, not negative. */
    public Builder l2(double lambda) {
      check(lambda >= 0 && Double.isFinite(lambda), "l2", lambda);
      return put("l2", lambda);
    }

    /** Sets the scaling. */
    public Builder scaling(Scaling scaling) {
      return put("scaling", scaling);
    }

    /** Sets the seed. */
    public Builder seed(long seed) {
      return put("seed", seed);
    }

    /** Sets the number of folds, at least 2. */
    public Builder folds(int folds) {
      check(folds >= 2, "folds", folds);
      return put("folds", folds);
    }

    /** Sets the challengers to cross-validate, in order (empty, the default, for none); no two with one code. */
    public Builder challengers(List<? extends Challenger> models) {
      return put("challengers", distinctCodes(List.copyOf(models)));
    }

    /** Sets the spec; only {@link TrainingSpec#toConfig()} does, with the settings it implies. */
    Builder spec(TrainingSpec spec) {
      return put("spec", spec);
    }

    /** Builds the configuration. */
    public TrainingConfig build() {
      return new TrainingConfig(
          (BinningConstraints) set.getOrDefault("binning", BinningConstraints.defaults()),
          specials,
          (Double) set.getOrDefault("ivThreshold", 0.02),
          (Double) set.getOrDefault("correlationThreshold", 0.7),
          (Double) set.getOrDefault("l2", 0.0),
          (Scaling) set.getOrDefault("scaling", Scaling.of(600, 50, 20)),
          (Long) set.getOrDefault("seed", 42L),
          (Integer) set.getOrDefault("folds", 5),
          challengerList(),
          (TrainingSpec) set.getOrDefault("spec", TrainingSpec.automatic()));
    }

    @SuppressWarnings("unchecked")
    private List<Challenger> challengerList() {
      return (List<Challenger>) set.getOrDefault("challengers", List.of());
    }
  }
}
