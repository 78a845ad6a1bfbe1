/**
 * The standard catalogue: {@link dev.northbound.scoring.features.catalogue.StandardFeatures}
 * composes the standard extractors, and {@link dev.northbound.scoring.features.catalogue.FeatureDocs}
 * renders a schema as the Markdown of {@code docs/features.md}. Nothing in this package's API is
 * null unless marked.
 */
package dev.northbound.scoring.features.catalogue;
