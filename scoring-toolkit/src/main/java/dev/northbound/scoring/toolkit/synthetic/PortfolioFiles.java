package dev.northbound.scoring.toolkit.synthetic;

import dev.northbound.scoring.core.verify.DigestAlgorithm;
import dev.northbound.scoring.core.verify.DocumentIssuer;
import dev.northbound.scoring.core.verify.FileHashRegistry;
import dev.northbound.scoring.core.verify.RegisteredDigest;
import dev.northbound.scoring.toolkit.data.Compression;
import dev.northbound.scoring.toolkit.data.CreditFileLines;
import dev.northbound.scoring.toolkit.data.PerformanceOutcome;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * Writes a synthetic portfolio as a JSON Lines file of credit files with outcomes
 * ({@link CreditFileLines}) and the hash registry of their documents, so the portfolio passes
 * through verification like real data. Deterministic: the same generator configuration, seed, size
 * and registration instant give the same bytes, whatever the number of cores. A JSON Lines file whose
 * name ends in {@code .gz} is gzip-compressed ({@link Compression}). Both files are written
 * to temporary siblings and moved into place, so an interrupted run leaves no half-written output.
 */
public final class PortfolioFiles {

  private static final int BLOCK = 4096;

  private PortfolioFiles() {}

  /**
   * Generates {@code size} applicants and writes them.
   *
   * @param registeredAt the registration instant recorded for every document (pass a fixed one, for
   *     example from {@code SOURCE_DATE_EPOCH}, for byte-identical runs)
   * @param progress called with the number of applicants written so far, after each block
   * @return the number of applicants written
   */
  public static int write(PortfolioGenerator generator, long seed, int size, Path jsonl, Path registry,
      Instant registeredAt, LongConsumer progress) throws IOException {
    if (size < 1) {
      throw new IllegalArgumentException("size must be at least 1, found " + size);
    }
    Clock fixed = Clock.fixed(registeredAt, ZoneOffset.UTC);
    DocumentIssuer bureau = DocumentIssuer.of(SyntheticDocument.BUREAU_ISSUER, DigestAlgorithm.SHA_256, fixed);
    DocumentIssuer alternative = DocumentIssuer.of(SyntheticDocument.ALTERNATIVE_ISSUER, DigestAlgorithm.SHA_256, fixed);
    Path jsonlTemp = temp(jsonl);
    Path registryTemp = temp(registry);
    try {
      List<RegisteredDigest> registrations = new ArrayList<>(size);
      try (OutputStream out = Compression.compressing(new BufferedOutputStream(Files.newOutputStream(jsonlTemp), 1 << 20),
          Compression.isGzipName(jsonl))) {
        for (int from = 0; from < size; from += BLOCK) {
          int count = Math.min(BLOCK, size - from);
          List<SyntheticDocument> docs = generator.stream(seed, from, count)
              .map(a -> SyntheticDocument.issue(a, seed, bureau, alternative))
              .toList();
          for (SyntheticDocument d : docs) {
            CreditFileLines.write(out, d.bytes(), d.applicant().bad() ? PerformanceOutcome.BAD : PerformanceOutcome.GOOD,
                Optional.of(d.applicant().segment().name()));
            registrations.add(d.registration());
          }
          progress.accept(from + count);
        }
      }
      FileHashRegistry.create(registryTemp).addAll(registrations).save();
      Files.move(registryTemp, registry, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      Files.move(jsonlTemp, jsonl, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return size;
    } finally {
      Files.deleteIfExists(jsonlTemp);
      Files.deleteIfExists(registryTemp);
    }
  }

  /**
   * The mean size in bytes of one applicant's line as {@link #write} writes it, measured on the first
   * {@code sample} applicants (at most {@code size}), compressed as the name of {@code jsonl} asks:
   * multiplied by the size, an estimate of the output's size to tell before a large run.
   */
  public static double meanLineBytes(PortfolioGenerator generator, long seed, int sample, Path jsonl) throws IOException {
    if (sample < 1) {
      throw new IllegalArgumentException("sample must be at least 1, found " + sample);
    }
    DocumentIssuer issuer = DocumentIssuer.of(SyntheticDocument.BUREAU_ISSUER, DigestAlgorithm.SHA_256,
        Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(sample * 32_768);
    try (OutputStream out = Compression.compressing(bytes, Compression.isGzipName(jsonl))) {
      for (SyntheticApplicant a : generator.batch(seed, 0, sample)) {
        SyntheticDocument d = SyntheticDocument.issue(a, seed, issuer, issuer);
        CreditFileLines.write(out, d.bytes(), a.bad() ? PerformanceOutcome.BAD : PerformanceOutcome.GOOD,
            Optional.of(a.segment().name()));
      }
    }
    return bytes.size() / (double) sample;
  }

  private static Path temp(Path target) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    return dir.resolve("." + target.getFileName() + ".tmp-" + ProcessHandle.current().pid());
  }
}
