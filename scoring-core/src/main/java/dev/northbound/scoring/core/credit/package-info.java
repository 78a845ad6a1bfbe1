/**
 * The credit-file domain: the application, the Hong Kong bureau report and its accounts, and
 * alternative data. Every type is an immutable value validated in its constructor. Nothing in this
 * package's API is null unless marked.
 */
package dev.northbound.scoring.core.credit;
