/**
 * The scorecard model file: a versioned, sealed JSON format ({@code "format":
 * "northbound.scorecard"}), written deterministically and atomically, read with one clear
 * {@link dev.northbound.scoring.core.ModelDefinitionException} per defect. See
 * {@link dev.northbound.scoring.models.io.ScorecardFiles} and {@code docs/model-format.md}.
 * Nothing in this package's API is null unless marked.
 */
package dev.northbound.scoring.models.io;
