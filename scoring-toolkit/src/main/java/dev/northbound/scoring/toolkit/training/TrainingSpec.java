package dev.northbound.scoring.toolkit.training;

import dev.northbound.scoring.models.scaling.Scaling;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A modeller's training spec: per-characteristic roles, binning overrides and fixed bins, the
 * selection settings, protected attributes, the scaling and integer points. The file format
 * ({@code "format": "northbound.training-spec", "formatVersion": 1}) is documented in
 * {@code docs/training-spec.md}; it is read strictly ({@link #read}) and written deterministically
 * ({@link #toBytes}). The run settings (seed, folds, L2, challengers) and the data (target, bad
 * value) are not part of it. Immutable.
 *
 * @param binning the binning defaults of every characteristic
 * @param characteristics what the spec says per column, by name (sorted)
 * @param selection the selection settings
 * @param protectedAttributes columns that are never predictors and are kept as fairness segments
 *     (sorted, distinct)
 * @param scaling the points scaling
 * @param integerPoints whether every attribute's points and the initial points are rounded half away
 *     from zero to whole points
 * @param boosting the settings of a boosted scorecard ({@code train --method boosted}), if the spec
 *     gives them; the WoE trainer ignores them
 */
public record TrainingSpec(BinningConstraints binning, Map<String, CharacteristicSpec> characteristics,
    SelectionSpec selection, List<String> protectedAttributes, Scaling scaling,
    boolean integerPoints, Optional<BoostingSpec> boosting) {

  /** The {@code format} value of a spec file. */
  public static final String FORMAT = "northbound.training-spec";
  /** The {@code formatVersion} this library reads and writes. */
  public static final int FORMAT_VERSION = 1;

  /** Validates and copies. */
  public TrainingSpec {
    Objects.requireNonNull(binning, "binning");
    characteristics = Collections.unmodifiableMap(new TreeMap<>(characteristics));
    Objects.requireNonNull(selection, "selection");
    protectedAttributes = List.copyOf(new java.util.TreeSet<>(protectedAttributes));
    Objects.requireNonNull(scaling, "scaling");
    Objects.requireNonNull(boosting, "boosting");
    for (String name : protectedAttributes) {
      CharacteristicSpec c = characteristics.get(name);
      if (c != null && c.role() == CharacteristicSpec.Role.FORCE) {
        throw new IllegalArgumentException("a protected attribute cannot be forced in: " + name);
      }
    }
  }

  /** The spec of a run without one: defaults, no overrides, no sign check, fractional points. */
  public static TrainingSpec automatic() {
    return new TrainingSpec(BinningConstraints.defaults(), Map.of(), SelectionSpec.automatic(),
        List.of(), Scaling.of(600, 50, 20), false, Optional.empty());
  }

  /**
   * Reads a spec file strictly.
   *
   * @throws dev.northbound.scoring.core.ModelDefinitionException naming the JSON Pointer and the
   *     rule of the first field that breaks one
   */
  public static TrainingSpec read(byte[] bytes) {
    return TrainingSpecReader.read(bytes);
  }

  /** The spec file's bytes: pretty, deterministic JSON (keys in a fixed order, a final newline). */
  public byte[] toBytes() {
    return TrainingSpecWriter.bytes(this);
  }

  /** What the spec says about a characteristic ({@link CharacteristicSpec#included()} if nothing). */
  public CharacteristicSpec characteristic(String name) {
    return characteristics.getOrDefault(name, CharacteristicSpec.included());
  }

  /**
   * A configuration builder holding this spec, its binning defaults, IV floor, correlation
   * ceiling, scaling and special values; add the run settings (seed, folds, L2, challengers) and
   * build, for example {@code ScorecardTrainer.create(spec.toConfig().seed(7).build())}.
   */
  public TrainingConfig.Builder toConfig() {
    TrainingConfig.Builder b = TrainingConfig.builder()
        .binning(binning)
        .ivThreshold(selection.ivFloor())
        .correlationThreshold(selection.correlationCeiling())
        .scaling(scaling)
        .spec(this);
    characteristics.forEach((name, c) -> {
      if (!c.specialValues().isEmpty()) {
        b.specialValues(name, c.specialValues());
      }
    });
    return b;
  }

  /** This spec with {@code characteristics} in place of its own. */
  TrainingSpec withCharacteristics(Map<String, CharacteristicSpec> replaced) {
    return new TrainingSpec(binning, replaced, selection, protectedAttributes, scaling,
        integerPoints, boosting);
  }

  /** This spec with {@code settings} as its boosting settings. */
  public TrainingSpec withBoosting(BoostingSpec settings) {
    return new TrainingSpec(binning, characteristics, selection, protectedAttributes, scaling,
        integerPoints, Optional.of(settings));
  }
}
