/**
 * Not API: the flat-array lists behind {@link dev.northbound.scoring.core.credit.AlternativeData} and
 * {@link dev.northbound.scoring.core.credit.PaymentHistory}, shared by the domain and the document
 * reader. The module does not export this package; nothing outside {@code scoring-core} may use it,
 * and it may change in any release.
 */
package dev.northbound.scoring.core.internal;
