/**
 * A frozen copy of the standard extractors as they were before the single-pass rewrite (commit
 * 2196c4d), kept only as the reference the rewrite is compared with bit for bit ({@code
 * StandardEquivalenceTest}). Never edit it to follow a change of the extractors: a feature whose
 * definition changes on purpose leaves this comparison, with a note in the test.
 */
package dev.northbound.scoring.features.reference;
