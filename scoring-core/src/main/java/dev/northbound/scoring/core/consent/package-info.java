/**
 * The applicant's consent, checked: which sources of a credit file a bank may read for a purpose on
 * a date ({@link dev.northbound.scoring.core.consent.Consents#check}), and why the others may not.
 */
package dev.northbound.scoring.core.consent;
