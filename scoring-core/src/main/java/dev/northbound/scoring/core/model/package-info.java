/**
 * The scoring contracts: the model SPI, results with partial scores and bilingual reason codes, and
 * the caller-owned hot-path holder. Nothing in this package's API is null unless marked.
 */
package dev.northbound.scoring.core.model;
