package dev.northbound.scoring.toolkit.training;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * What a training spec says about one characteristic (column); see {@code docs/training-spec.md}.
 * An empty optional means "not said": the spec's binning defaults and the generated reason texts
 * apply. Fixed {@code cuts} or {@code groups} replace the optimal binning and exclude the binning
 * constraints (the reader rejects both together).
 *
 * @param role include (the default: selection decides), exclude (never a predictor) or force (kept
 *     whatever its IV, correlation, VIF or p-value; a wrong sign fails the run)
 * @param kind the kind the column must have, when said
 * @param trend the bad-rate trend of optimal numeric bins
 * @param maxBins the most interval bins or category groups
 * @param minShare the least share of the sample per bin
 * @param minBads the least bad rows per bin
 * @param minGoods the least good rows per bin
 * @param specialValues named special values of a numeric column, each in a bin of its own
 * @param cuts fixed cut points of a numeric column: bins {@code (-inf, c0), [c0, c1), ..., [ck, +inf)}
 * @param groups fixed groups of labels of a categorical column, in output order
 * @param reasonCode the reason code that replaces the generated one
 * @param reasonEn the English reason text that replaces the generated one
 * @param reasonZh the Chinese reason text that replaces the generated one
 */
public record CharacteristicSpec(Role role, Optional<Kind> kind, Optional<Trend> trend,
    OptionalInt maxBins, OptionalDouble minShare, OptionalInt minBads, OptionalInt minGoods,
    List<Attribute.Special> specialValues, Optional<List<Double>> cuts,
    Optional<List<List<String>>> groups, Optional<String> reasonCode, Optional<String> reasonEn,
    Optional<String> reasonZh) {

  /** Whether a characteristic may be a predictor. */
  public enum Role {
    /** Selection decides. */
    INCLUDE,
    /** Never a predictor; binned for review only. */
    EXCLUDE,
    /** Always a predictor: exempt from the IV, correlation, VIF and p-value steps. */
    FORCE
  }

  /** The kind of a column. */
  public enum Kind {
    /** Numbers, binned into intervals. */
    NUMERIC,
    /** Labels, binned into groups. */
    CATEGORICAL
  }

  /** Validates and copies. */
  public CharacteristicSpec {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(trend, "trend");
    Objects.requireNonNull(maxBins, "maxBins");
    Objects.requireNonNull(minShare, "minShare");
    Objects.requireNonNull(minBads, "minBads");
    Objects.requireNonNull(minGoods, "minGoods");
    specialValues = List.copyOf(specialValues);
    cuts = cuts.map(List::copyOf);
    groups = groups.map(g -> g.stream().map(List::copyOf).toList());
    Objects.requireNonNull(reasonCode, "reasonCode");
    Objects.requireNonNull(reasonEn, "reasonEn");
    Objects.requireNonNull(reasonZh, "reasonZh");
    if (cuts.isPresent() && groups.isPresent()) {
      throw new IllegalArgumentException("cuts and groups exclude each other");
    }
  }

  /** A characteristic the spec says nothing about: included, everything by default. */
  public static CharacteristicSpec included() {
    return new CharacteristicSpec(Role.INCLUDE, Optional.empty(), Optional.empty(),
        OptionalInt.empty(), OptionalDouble.empty(), OptionalInt.empty(), OptionalInt.empty(),
        List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty());
  }

  /** Whether its bins are fixed by cuts or groups. */
  public boolean fixed() {
    return cuts.isPresent() || groups.isPresent();
  }

  /** The binning constraints: {@code defaults} with this characteristic's overrides. */
  public BinningConstraints constraints(BinningConstraints defaults) {
    BinningConstraints c = defaults;
    if (trend.isPresent()) {
      c = c.withTrend(trend.get());
    }
    if (maxBins.isPresent()) {
      c = c.withMaxBins(maxBins.getAsInt());
    }
    if (minShare.isPresent()) {
      c = c.withMinShare(minShare.getAsDouble());
    }
    if (minBads.isPresent() || minGoods.isPresent()) {
      c = c.withMinCounts(minBads.orElse(c.minBads()), minGoods.orElse(c.minGoods()));
    }
    return c;
  }

  /**
   * This characteristic with its bins fixed as {@code binning} found them: its cuts (numeric) or
   * groups (categorical), its kind, and no binning constraints; role, special values and reason
   * texts kept.
   */
  CharacteristicSpec fixedTo(BinningResult binning) {
    Optional<List<Double>> newCuts = Optional.empty();
    Optional<List<List<String>>> newGroups = Optional.empty();
    if (binning.numeric()) {
      newCuts = Optional.of(binning.attributes().stream()
          .filter(a -> a instanceof Attribute.Interval i && Double.isFinite(i.lower()))
          .map(a -> ((Attribute.Interval) a).lower()).toList());
    } else {
      newGroups = Optional.of(binning.attributes().stream()
          .filter(a -> a instanceof Attribute.Categories)
          .map(a -> ((Attribute.Categories) a).labels()).toList());
    }
    return new CharacteristicSpec(role,
        Optional.of(binning.numeric() ? Kind.NUMERIC : Kind.CATEGORICAL), Optional.empty(),
        OptionalInt.empty(), OptionalDouble.empty(), OptionalInt.empty(), OptionalInt.empty(),
        specialValues, newCuts, newGroups, reasonCode, reasonEn, reasonZh);
  }
}
