/**
 * The feature contracts shared by extractors and models: schema with fingerprint, vector with
 * explicit missingness, the caller-owned hot-path buffer, and the extractor SPI. Nothing in this
 * package's API is null unless marked.
 */
package dev.northbound.scoring.core.feature;
