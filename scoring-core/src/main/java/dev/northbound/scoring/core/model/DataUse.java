package dev.northbound.scoring.core.model;

import dev.northbound.scoring.core.credit.DataSource;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a model reads, declared for data minimisation: the features of its schema it uses and the
 * sources of personal data they come from. A decision's audit record keeps only these features, and
 * a bank can read a credit file restricted to these sources.
 *
 * @param features the names of the features the model uses, in schema order, without repeats
 * @param sources the sources those features are computed from (may be empty: a model on application
 *     data only)
 */
public record DataUse(List<String> features, Set<DataSource> sources) {

  /** Validates and copies the components. */
  public DataUse {
    features = List.copyOf(features);
    if (features.stream().distinct().count() != features.size()) {
      throw new IllegalArgumentException("a data use names each feature once");
    }
    Objects.requireNonNull(sources, "sources");
    sources = Collections.unmodifiableSet(sources.isEmpty() ? EnumSet.noneOf(DataSource.class) : EnumSet.copyOf(sources));
  }
}
