/**
 * Features from the Hong Kong bureau report: repayment willingness (statuses, delinquency,
 * charge-offs, defaults, public records), credit demand (enquiries, new accounts) and depth of the
 * file. A file without a bureau report gets {@code NO_BUREAU_FILE} for every bureau feature, never
 * a zero. Nothing in this package's API is null unless marked.
 */
package dev.northbound.scoring.features.bureau;
