package dev.northbound.scoring.core.feature;

import dev.northbound.scoring.core.credit.CreditFile;

/**
 * Turns a credit file into features. Banks implement this to add their own features; extractors
 * are composed by name into one (explicitly, or discovered through {@link java.util.ServiceLoader}
 * as {@code META-INF/services/dev.northbound.scoring.core.feature.FeatureExtractor}).
 *
 * <p>Implementations must be immutable and thread-safe, must ignore data dated after
 * {@link ExtractionContext#asOf()}, and must write every one of their features: a finite value or an
 * explicit missing reason.
 */
public interface FeatureExtractor {

  /** A stable name, unique among the extractors composed together. */
  String name();

  /** The features this extractor writes, in order. */
  FeatureSchema schema();

  /**
   * Writes this extractor's features into {@code out} at positions {@code offset} to
   * {@code offset + schema().size() - 1}. The hot path: must not allocate per call where avoidable.
   *
   * @throws dev.northbound.scoring.core.InvalidInputException if the file cannot be used (for
   *     example an amount in a currency the context has no rate for)
   */
  void extract(CreditFile file, ExtractionContext context, FeatureBuffer out, int offset);

  /**
   * The sources of personal data feature {@code feature} (an index into {@link #schema()}) is
   * computed from: what a consent must cover for it to be read, and what a model using it declares.
   * The default, for an extractor that does not say, is every source.
   *
   * @throws IndexOutOfBoundsException if there is no such feature
   */
  default java.util.Set<dev.northbound.scoring.core.credit.DataSource> sourcesOf(int feature) {
    java.util.Objects.checkIndex(feature, schema().size());
    return java.util.EnumSet.allOf(dev.northbound.scoring.core.credit.DataSource.class);
  }

  /** Extracts into a new vector of this extractor's schema. */
  default FeatureVector extract(CreditFile file, ExtractionContext context) {
    FeatureBuffer buffer = FeatureBuffer.of(schema());
    extract(file, context, buffer, 0);
    return buffer.toVector();
  }
}
