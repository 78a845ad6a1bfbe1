/**
 * The canonical credit-file document, format {@code northbound.credit-file} versions 1 and 2: one JSON
 * document per {@link dev.northbound.scoring.core.credit.CreditFile}, read strictly and in a stream
 * by {@link dev.northbound.scoring.core.document.CreditFileReader} within {@link
 * dev.northbound.scoring.core.document.DocumentLimits}, and written canonically by {@link
 * dev.northbound.scoring.core.document.CreditFileWriter}. The format is specified in {@code
 * docs/credit-file-format.md}.
 *
 * <p>Nothing in this package's API is null unless marked. Every public type is immutable and
 * thread-safe.
 */
package dev.northbound.scoring.core.document;
