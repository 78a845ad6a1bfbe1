/**
 * Money in its issued currency and caller-supplied exchange rates. Nothing in this package's API is
 * null unless marked.
 */
package dev.northbound.scoring.core.money;
