package dev.northbound.scoring.core.verify;

import dev.northbound.scoring.core.internal.VerifiedBytes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;

/**
 * A document whose exact bytes matched the digest its issuer registered. Only
 * {@link DocumentVerifier} creates one, so holding one is proof that verification passed.
 *
 * <p>Immutable and thread-safe: the bytes are copied on the way in and on the way out (the credit-file
 * reader of this module alone reads them in place, never changing them).
 */
public final class VerifiedDocument {

  static {
    // The reader of this module reads the bytes once without changing them: it needs no copy.
    VerifiedBytes.register(d -> d.bytes);
  }

  private final byte[] bytes;
  private final DocumentProvenance provenance;

  /** Takes ownership of {@code bytes}: the verifier passes the private copy it hashed. */
  VerifiedDocument(byte[] bytes, DocumentProvenance provenance) {
    this.bytes = Objects.requireNonNull(bytes, "bytes");
    this.provenance = Objects.requireNonNull(provenance, "provenance");
    if (provenance.status() != VerificationStatus.VERIFIED) {
      throw new IllegalArgumentException("a verified document needs VERIFIED provenance, found "
          + provenance.status());
    }
  }

  /** The id the document was verified under. */
  public String documentId() {
    return provenance.documentId();
  }

  /** The provenance: issuer, algorithm, digest, time, status {@link VerificationStatus#VERIFIED}. */
  public DocumentProvenance provenance() {
    return provenance;
  }

  /** A copy of the verified bytes. */
  public byte[] bytes() {
    return bytes.clone();
  }

  /** The number of bytes. */
  public int size() {
    return bytes.length;
  }

  /** A stream over the verified bytes, without copying them up front. */
  public InputStream openStream() {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized long transferTo(OutputStream out) throws IOException {
        // ByteArrayInputStream would hand its own array, the verified bytes, to out.write: hand a copy.
        byte[] rest = readAllBytes();
        out.write(rest);
        return rest.length;
      }
    };
  }

  /** Describes the document by id and size, never by content. */
  @Override
  public String toString() {
    return "VerifiedDocument[" + provenance.documentId() + ", " + bytes.length + " bytes]";
  }
}
