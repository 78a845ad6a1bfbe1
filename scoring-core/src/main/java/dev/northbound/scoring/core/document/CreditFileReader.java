package dev.northbound.scoring.core.document;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.credit.DataSource;
import dev.northbound.scoring.core.internal.VerifiedBytes;
import dev.northbound.scoring.core.verify.DigestAlgorithm;
import dev.northbound.scoring.core.verify.DocumentProvenance;
import dev.northbound.scoring.core.verify.VerificationStatus;
import dev.northbound.scoring.core.verify.VerifiedDocument;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the canonical credit-file document, format {@value #FORMAT}, versions 1 and 2 ({@link
 * #SUPPORTED_VERSIONS}); see {@code docs/credit-file-format.md} for both.
 *
 * <p>Reading is strict and streaming: unknown or repeated fields, wrong types, missing required
 * fields, trailing content, NaN and infinities, over-long strings and numbers, out-of-range values,
 * invalid UTF-8, dates that could not yet have been known and inconsistent payment histories are
 * each rejected with an {@link InvalidInputException} whose pointer names the field and whose
 * message describes, never echoes, what was found. The {@link DocumentLimits} are enforced while the
 * document streams, before memory is spent on it.
 *
 * <p>{@link #read(VerifiedDocument)} is the only way to build a credit file for a decision; {@link
 * #readUnverified(byte[])} serves offline work and marks its provenance {@code UNVERIFIED}.
 *
 * <p>Instances are immutable and thread-safe; share one.
 */
public final class CreditFileReader {

  /** The value of the top-level {@code "format"} field. */
  public static final String FORMAT = "northbound.credit-file";

  /** The latest format version: the one {@link CreditFileWriter} writes by default. */
  public static final int VERSION = 2;

  /** The format versions this reader reads, oldest first: 1 and 2, each with its own rules. */
  public static final List<Integer> SUPPORTED_VERSIONS = List.of(1, 2);

  /**
   * The largest amount the format accepts, in any currency and any field: 999,999,999,999.99, just
   * under 10<sup>12</sup>. A larger amount is rejected while the document is read, so no amount of a
   * file can make the feature arithmetic overflow on its own.
   */
  public static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

  /** The issuer recorded for a document read without verification. */
  public static final String UNKNOWN_ISSUER = "unknown";

  /** The longest field name the parser accepts (every defined name is shorter). */
  static final int MAX_NAME_LENGTH = 64;

  private static final CreditFileReader STANDARD =
      new CreditFileReader(new DocumentParser(DocumentLimits.standard()), Clock.systemUTC());

  private final DocumentParser parser;
  private final Clock clock;

  private CreditFileReader(DocumentParser parser, Clock clock) {
    this.parser = parser;
    this.clock = clock;
  }

  /** A reader with {@link DocumentLimits#standard() the standard limits} and the UTC system clock. */
  public static CreditFileReader standard() {
    return STANDARD;
  }

  /** A reader with the given limits and the UTC system clock. */
  public static CreditFileReader withLimits(DocumentLimits limits) {
    return new CreditFileReader(new DocumentParser(Objects.requireNonNull(limits, "limits")), Clock.systemUTC());
  }

  /** This reader with another clock, which dates the provenance of {@link #readUnverified(byte[])}. */
  public CreditFileReader withClock(Clock clock) {
    return new CreditFileReader(parser, Objects.requireNonNull(clock, "clock"));
  }

  /**
   * Reads a verified document: the only path to a credit file fit for a decision. The credit file's
   * provenance is the document's, status {@code VERIFIED}.
   *
   * @param document the verified document
   * @return the credit file
   * @throws InvalidInputException if the document breaks a rule of the format, or its
   *     {@code documentId} differs from the id it was verified under (pointer {@code /documentId})
   */
  public CreditFile read(VerifiedDocument document) {
    Objects.requireNonNull(document, "document");
    DocumentParser.Parsed parsed = parser.parse(VerifiedBytes.of(document));
    if (!parsed.documentId().equals(document.documentId())) {
      throw new InvalidInputException("/documentId", "must equal the id the document was verified under",
          "another id");
    }
    return parsed.file().withDocuments(List.of(document.provenance()));
  }

  /**
   * Reads a verified document keeping only the data of {@code sources} (data minimisation: a bank
   * reads, stores and logs only what its model uses). The whole document is still read and checked
   * by every rule of the format, so its verification means what it always means; the data of other
   * sources is not kept ({@link CreditFile#restrictedTo(java.util.Set)}).
   *
   * @param document the verified document
   * @param sources the sources to keep, for example {@code model.info().dataUse()...sources()}
   * @return the credit file restricted to {@code sources}
   * @throws InvalidInputException as {@link #read(VerifiedDocument)}
   */
  public CreditFile read(VerifiedDocument document, Set<DataSource> sources) {
    Objects.requireNonNull(sources, "sources");
    return read(document).restrictedTo(sources);
  }

  /**
   * Reads only the format version of a document (its second field), with the header's rules; nothing
   * after the version is read.
   *
   * @param bytes the document
   * @return the version, one of {@link #SUPPORTED_VERSIONS}
   * @throws InvalidInputException if the header breaks a rule of the format
   */
  public int peekVersion(byte[] bytes) {
    return parser.peekVersion(Objects.requireNonNull(bytes, "bytes"));
  }

  /**
   * Reads a document without verification, for offline work such as training data or validation.
   * The provenance is status {@code UNVERIFIED}, issuer {@value #UNKNOWN_ISSUER}, algorithm SHA-256
   * with the digest of {@code bytes}, dated by this reader's clock.
   *
   * @param bytes the document
   * @return the credit file, never fit for a decision ({@link CreditFile#allDocumentsVerified()} is
   *     false)
   * @throws InvalidInputException if the document breaks a rule of the format
   */
  public CreditFile readUnverified(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    DocumentParser.Parsed parsed = parser.parse(bytes);
    DigestAlgorithm sha256 = DigestAlgorithm.SHA_256;
    DocumentProvenance provenance = new DocumentProvenance(parsed.documentId(), UNKNOWN_ISSUER, sha256.name(),
        sha256.digestHex(bytes), clock.instant(), VerificationStatus.UNVERIFIED, Optional.empty());
    return parsed.file().withDocuments(List.of(provenance));
  }

  /**
   * Reads a document for offline work that keeps no provenance: evaluation, monitoring and training
   * read many thousands of documents and never look at their digests, so none is computed (SHA-256 of
   * a document costs about a tenth of reading it). The same rules and the same errors as {@link
   * #readUnverified(byte[])}; the credit file carries no documents ({@link CreditFile#documents()} is
   * empty), so it is never fit for a decision.
   *
   * @param bytes the document
   * @return the credit file, without provenance
   * @throws InvalidInputException if the document breaks a rule of the format
   */
  public CreditFile readWithoutProvenance(byte[] bytes) {
    return parser.parse(Objects.requireNonNull(bytes, "bytes")).file();
  }

  /**
   * Reads only as far as the top-level {@code documentId}, with the same strictness for what it
   * reads, so that a caller knows which id to verify the document under. Fields before the id are
   * skipped within the depth limit.
   *
   * @param bytes the document
   * @return the document id
   * @throws InvalidInputException if what is read breaks a rule of the format or there is no id
   */
  public String peekDocumentId(byte[] bytes) {
    return parser.peekDocumentId(Objects.requireNonNull(bytes, "bytes"));
  }

  /** The limits this reader enforces. */
  public DocumentLimits limits() {
    return parser.limits();
  }
}
