package dev.northbound.scoring.core.internal;

import dev.northbound.scoring.core.verify.VerifiedDocument;
import java.util.Objects;
import java.util.function.Function;

/**
 * The verified bytes of a {@link VerifiedDocument} themselves, for the reader in this module: the
 * public {@link VerifiedDocument#bytes()} hands out a copy (the document is immutable), which the
 * reader, reading the bytes once and never changing them, does not need. {@link VerifiedDocument}
 * registers the accessor when its class is initialized, before any document exists.
 */
public final class VerifiedBytes {

  private static volatile Function<VerifiedDocument, byte[]> access;

  private VerifiedBytes() {}

  /**
   * Registers the accessor; only {@link VerifiedDocument} calls this, once.
   *
   * @throws IllegalStateException if an accessor is registered already
   */
  public static synchronized void register(Function<VerifiedDocument, byte[]> accessor) {
    if (access != null) {
      throw new IllegalStateException("the accessor is registered already");
    }
    access = Objects.requireNonNull(accessor, "accessor");
  }

  /** The verified bytes of {@code document}, not a copy: never change them and never hand them out. */
  public static byte[] of(VerifiedDocument document) {
    Objects.requireNonNull(document, "document");
    return access.apply(document);
  }
}
