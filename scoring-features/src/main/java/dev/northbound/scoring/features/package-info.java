/**
 * The feature catalogue's entry points: {@link dev.northbound.scoring.features.FeatureExtractors}
 * composes extractors (explicitly or by {@link java.util.ServiceLoader} discovery) into one whose
 * schema is the concatenation of theirs, and {@link dev.northbound.scoring.features.FeatureConfig}
 * holds the catalogue's parameters with documented defaults. The standard extractors live in
 * {@code bureau}, {@code alternative} and {@code capacity}; {@code catalogue} composes them and
 * renders their documentation.
 *
 * <p>Every extractor computes its features as of {@link
 * dev.northbound.scoring.core.feature.ExtractionContext#asOf()}, converts every amount to the
 * reporting currency before a sum or ratio, and writes each feature as a finite value or an
 * explicit missing reason. Nothing in this package's API is null unless marked.
 */
package dev.northbound.scoring.features;
