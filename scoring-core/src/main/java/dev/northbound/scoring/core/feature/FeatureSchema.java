package dev.northbound.scoring.core.feature;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * An ordered list of feature definitions with a fingerprint: the SHA-256 of every name, unit,
 * group, direction and description in order, so that a model can refuse vectors built under another
 * schema.
 *
 * <p>Immutable and thread-safe.
 */
public final class FeatureSchema {

  private final List<FeatureDefinition> definitions;
  private final Map<String, Integer> index;
  private final String fingerprint;

  private FeatureSchema(List<FeatureDefinition> definitions) {
    this.definitions = List.copyOf(definitions);
    Map<String, Integer> idx = new HashMap<>();
    for (int i = 0; i < this.definitions.size(); i++) {
      String name = this.definitions.get(i).name();
      if (idx.putIfAbsent(name, i) != null) {
        throw new IllegalArgumentException("feature name " + name + " appears more than once");
      }
    }
    this.index = Map.copyOf(idx);
    this.fingerprint = computeFingerprint(this.definitions);
  }

  /** A schema of the given definitions, in order; names must be unique. */
  public static FeatureSchema of(List<FeatureDefinition> definitions) {
    return new FeatureSchema(Objects.requireNonNull(definitions, "definitions"));
  }

  /** The concatenation of several schemas, in order; names must stay unique. */
  public static FeatureSchema concat(List<FeatureSchema> schemas) {
    List<FeatureDefinition> all = new ArrayList<>();
    for (FeatureSchema s : schemas) {
      all.addAll(s.definitions);
    }
    return new FeatureSchema(all);
  }

  /** The number of features. */
  public int size() {
    return definitions.size();
  }

  /** The definition at {@code i}. */
  public FeatureDefinition definition(int i) {
    return definitions.get(i);
  }

  /** The name of the feature at {@code i}. */
  public String name(int i) {
    return definitions.get(i).name();
  }

  /** Every definition, in order. */
  public List<FeatureDefinition> definitions() {
    return definitions;
  }

  /** The position of the named feature, if the schema has it. */
  public OptionalInt indexOf(String name) {
    Integer i = index.get(name);
    return i == null ? OptionalInt.empty() : OptionalInt.of(i);
  }

  /** The SHA-256 fingerprint, lower-case hex. */
  public String fingerprint() {
    return fingerprint;
  }

  private static String computeFingerprint(List<FeatureDefinition> defs) {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
    for (FeatureDefinition d : defs) {
      for (String part : new String[] {d.name(), d.unit(), d.group().name(), d.riskDirection().name(), d.description()}) {
        byte[] b = part.getBytes(StandardCharsets.UTF_8);
        md.update((byte) (b.length >>> 24));
        md.update((byte) (b.length >>> 16));
        md.update((byte) (b.length >>> 8));
        md.update((byte) b.length);
        md.update(b);
      }
    }
    return HexFormat.of().formatHex(md.digest());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FeatureSchema other && fingerprint.equals(other.fingerprint);
  }

  @Override
  public int hashCode() {
    return fingerprint.hashCode();
  }

  @Override
  public String toString() {
    return "FeatureSchema[" + definitions.size() + " features, " + fingerprint.substring(0, 12) + "]";
  }
}
