/**
 * Capacity features: verified income from tax, MPF and mainland social-insurance records, debt and
 * its monthly service including the requested product, debt to income, residual income and
 * revolving utilisation. Every amount is converted to the reporting currency before any sum or
 * ratio. Nothing in this package's API is null unless marked.
 */
package dev.northbound.scoring.features.capacity;
