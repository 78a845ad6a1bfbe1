/**
 * DVP-style verification: a document is trusted only if the digest of its exact bytes matches what
 * its issuer registered. Nothing in this package's API is null unless marked.
 */
package dev.northbound.scoring.core.verify;
