package dev.northbound.scoring.features;

import dev.northbound.scoring.core.feature.FeatureExtractor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Composes feature extractors. A composite's schema is the concatenation of its parts' schemas, in
 * order, and it writes each part at that part's offset, so a bank adds its own features by adding
 * an extractor, never by editing one.
 *
 * <p>Stateless and thread-safe; the composites are immutable and thread-safe when their parts are.
 */
public final class FeatureExtractors {

  private FeatureExtractors() {}

  /**
   * One extractor made of {@code parts}, in order, named after them ({@code "a+b+c"}).
   *
   * @throws IllegalArgumentException if {@code parts} is empty, two parts share a name, or two
   *     features share a name
   */
  public static FeatureExtractor compose(List<? extends FeatureExtractor> parts) {
    Objects.requireNonNull(parts, "parts");
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("a composite extractor needs at least one part");
    }
    StringBuilder name = new StringBuilder();
    for (FeatureExtractor p : parts) {
      if (name.length() > 0) {
        name.append('+');
      }
      name.append(Objects.requireNonNull(p, "part").name());
    }
    return compose(name.toString(), parts);
  }

  /**
   * One extractor called {@code name} made of {@code parts}, in order.
   *
   * @throws IllegalArgumentException if {@code name} is blank, {@code parts} is empty, two parts
   *     share a name, or two features share a name
   */
  public static FeatureExtractor compose(String name, List<? extends FeatureExtractor> parts) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(parts, "parts");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a composite extractor needs a name");
    }
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("a composite extractor needs at least one part");
    }
    Set<String> names = new HashSet<>();
    for (FeatureExtractor p : parts) {
      Objects.requireNonNull(p, "part");
      if (!names.add(p.name())) {
        throw new IllegalArgumentException("extractor name " + p.name() + " appears more than once");
      }
    }
    return new CompositeExtractor(name, List.copyOf(parts));
  }

  /**
   * Every extractor registered as a {@link java.util.ServiceLoader} provider of {@link
   * FeatureExtractor} on the class path ({@code
   * META-INF/services/dev.northbound.scoring.core.feature.FeatureExtractor}), each with its default
   * parameters, in the order the service loader finds them: the order of the service files on the
   * class path and, within a file, the order of its lines. With only this module on the class path
   * the result has the same schema as {@code StandardFeatures.extractor()}.
   *
   * @throws IllegalArgumentException if no extractor is registered or two share a name
   * @throws java.util.ServiceConfigurationError if a provider cannot be loaded
   */
  public static FeatureExtractor discover() {
    return discover(Thread.currentThread().getContextClassLoader());
  }

  /** As {@link #discover()}, with the providers found by {@code loader}. */
  public static FeatureExtractor discover(ClassLoader loader) {
    List<FeatureExtractor> found = new ArrayList<>();
    for (FeatureExtractor e : ServiceLoader.load(FeatureExtractor.class, loader)) {
      found.add(e);
    }
    if (found.isEmpty()) {
      throw new IllegalArgumentException("no FeatureExtractor provider is registered on the class path");
    }
    return compose("discovered", found);
  }
}
