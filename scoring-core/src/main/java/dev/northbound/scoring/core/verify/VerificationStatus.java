package dev.northbound.scoring.core.verify;

/** Whether a document's bytes matched the digest its issuer registered. */
public enum VerificationStatus {
  /** The recomputed digest matched the registered one. */
  VERIFIED,
  /** Verification was attempted and failed. */
  FAILED,
  /** No verification was attempted (offline data read without a registry). */
  UNVERIFIED
}
