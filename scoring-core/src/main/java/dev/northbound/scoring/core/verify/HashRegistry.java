package dev.northbound.scoring.core.verify;

import java.util.Optional;

/**
 * Where registered digests are looked up: the SPI a bank implements to plug in its DVP client.
 * {@link InMemoryHashRegistry} and {@link FileHashRegistry} serve tests, demos and offline use.
 *
 * <p>Implementations must be thread-safe: one {@link DocumentVerifier} may call them from many
 * threads.
 */
public interface HashRegistry {

  /**
   * The digest registered under {@code documentId}, if any.
   *
   * @param documentId the document id
   * @return the registered digest, or empty if nothing is registered under that id
   */
  Optional<RegisteredDigest> lookup(String documentId);
}
