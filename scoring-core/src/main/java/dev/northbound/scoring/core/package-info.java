/**
 * The library's exception families. Nothing in this package's API is null unless marked.
 */
package dev.northbound.scoring.core;
