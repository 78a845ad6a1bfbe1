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
import java.nio.charset.StandardCharsets;
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
 * Writes a synthetic through-the-door portfolio as an incumbent policy saw it: the accepted
 * applicants with their outcomes ({@link CreditFileLines#write}), the rejected applicants without
 * one ({@link CreditFileLines#writeUnlabelled}), the truth file of the rejects' outcomes, and one hash
 * registry of every document (accepted and rejected). Lines keep the index order in each file.
 *
 * <p>The truth file has one line per reject, in the rejects file's order, and nothing but the
 * document id (the {@code documentId} inside the reject's document, {@code syn-<seed>-<index>}) and
 * the outcome: <code>{"id":"syn-42-0000007","outcome":"bad"}</code>. Only an evaluation reads it.
 *
 * <p>Deterministic: the same generator configuration, seed, size, policy and registration instant
 * give the same bytes. A file whose name ends in {@code .gz} is gzip-compressed. Every file is written to a temporary sibling and moved into place, so an
 * interrupted run leaves no half-written output.
 */
public final class ThroughTheDoorFiles {

  private static final int BLOCK = 4096;

  private ThroughTheDoorFiles() {}

  /** The four files to write. */
  public record Targets(Path accepts, Path rejects, Path truth, Path registry) {
    /** Validates. */
    public Targets {
      java.util.Objects.requireNonNull(accepts, "accepts");
      java.util.Objects.requireNonNull(rejects, "rejects");
      java.util.Objects.requireNonNull(truth, "truth");
      java.util.Objects.requireNonNull(registry, "registry");
    }
  }

  /**
   * Decides with {@code policy} on {@code size} applicants of {@code seed} and writes the files.
   *
   * @param registeredAt the registration instant recorded for every document
   * @param progress called with the number of applicants written so far, after each block
   * @return the decisions
   * @throws IllegalArgumentException as {@link ThroughTheDoor#decide}
   */
  public static ThroughTheDoor write(PortfolioGenerator generator, long seed, int size, IncumbentPolicy policy,
      Targets targets, Instant registeredAt, LongConsumer progress) throws IOException {
    ThroughTheDoor decisions = ThroughTheDoor.decide(generator, seed, size, policy);
    Clock fixed = Clock.fixed(registeredAt, ZoneOffset.UTC);
    DocumentIssuer bureau = DocumentIssuer.of(SyntheticDocument.BUREAU_ISSUER, DigestAlgorithm.SHA_256, fixed);
    DocumentIssuer alternative = DocumentIssuer.of(SyntheticDocument.ALTERNATIVE_ISSUER, DigestAlgorithm.SHA_256, fixed);
    Path acceptsTemp = temp(targets.accepts());
    Path rejectsTemp = temp(targets.rejects());
    Path truthTemp = temp(targets.truth());
    Path registryTemp = temp(targets.registry());
    try {
      List<RegisteredDigest> registrations = new ArrayList<>(size);
      try (OutputStream acc = open(acceptsTemp, targets.accepts()); OutputStream rej = open(rejectsTemp, targets.rejects());
          OutputStream tru = open(truthTemp, targets.truth())) {
        for (int from = 0; from < size; from += BLOCK) {
          int count = Math.min(BLOCK, size - from);
          List<SyntheticDocument> docs = generator.stream(seed, from, count)
              .map(a -> SyntheticDocument.issue(a, seed, bureau, alternative))
              .toList();
          for (SyntheticDocument d : docs) {
            SyntheticApplicant a = d.applicant();
            PerformanceOutcome outcome = a.bad() ? PerformanceOutcome.BAD : PerformanceOutcome.GOOD;
            Optional<String> segment = Optional.of(a.segment().name());
            if (decisions.isRejected(a.index())) {
              CreditFileLines.writeUnlabelled(rej, d.bytes(), segment);
              tru.write(("{\"id\":\"" + d.documentId() + "\",\"outcome\":\"" + outcome.code() + "\"}\n")
                  .getBytes(StandardCharsets.US_ASCII));
            } else {
              CreditFileLines.write(acc, d.bytes(), outcome, segment);
            }
            registrations.add(d.registration());
          }
          progress.accept(from + count);
        }
      }
      FileHashRegistry.create(registryTemp).addAll(registrations).save();
      move(registryTemp, targets.registry());
      move(truthTemp, targets.truth());
      move(rejectsTemp, targets.rejects());
      move(acceptsTemp, targets.accepts());
      return decisions;
    } finally {
      Files.deleteIfExists(acceptsTemp);
      Files.deleteIfExists(rejectsTemp);
      Files.deleteIfExists(truthTemp);
      Files.deleteIfExists(registryTemp);
    }
  }

  /** The temporary file {@code p}, gzip-compressed if its {@code target}'s name ends in {@code .gz}. */
  private static OutputStream open(Path p, Path target) throws IOException {
    return Compression.compressing(new BufferedOutputStream(Files.newOutputStream(p), 1 << 20),
        Compression.isGzipName(target));
  }

  private static void move(Path from, Path to) throws IOException {
    Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static Path temp(Path target) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    return dir.resolve("." + target.getFileName() + ".tmp-" + ProcessHandle.current().pid());
  }
}
