/**
 * Northbound benchmarks module. Nothing in this package's API is null unless marked.
 */
package dev.northbound.scoring.benchmarks;
