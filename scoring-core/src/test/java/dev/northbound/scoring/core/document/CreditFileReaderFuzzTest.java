package dev.northbound.scoring.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.testing.CreditFileMutations.FuzzCase;
import dev.northbound.scoring.core.testing.CreditFileMutations.Kind;
import dev.northbound.scoring.core.testing.CreditFileMutations;
import dev.northbound.scoring.core.testing.RunFigures;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Fuzzes the reader with 24,000 seeded inputs: random valid documents and their mutations (see
 * {@link CreditFileMutations}). Every input either reads to a credit file that survives a write and
 * read round trip, or is rejected with the library's {@link InvalidInputException} in its documented
 * message form; nothing else escapes (no NullPointerException, ClassCastException,
 * StackOverflowError, OutOfMemoryError), no input hangs (a 10-second watchdog per case) and none
 * takes more than {@value #MAX_CPU_MILLIS} ms of CPU time. No message echoes the input: the subject
 * reference, names, amounts and planted canaries are absent and every message is printable ASCII.
 */
class CreditFileReaderFuzzTest {

  static final int TRIES = 24_000;
  static final long MAX_CPU_MILLIS = 300;

  /** {@code <pointer>: <rule>; found <description>}, the pointer empty-rooted as "/". */
  private static final Pattern MESSAGE = Pattern.compile("/[^:]*: [^;]+; found [^;]+");
  private static final Pattern PRINTABLE_ASCII = Pattern.compile("[\\x20-\\x7E]*");
  private static final CreditFileReader READER = CreditFileReader.standard();
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "fuzz-worker");
    t.setDaemon(true);
    return t;
  });

  private static final Map<Kind, long[]> TALLY = new EnumMap<>(Kind.class); // tried, read, rejected
  private static final AtomicLong MAX_CPU_NANOS = new AtomicLong();
  private static final AtomicLong MESSAGES_SCANNED = new AtomicLong();

  /** What one input gave: the file, or the rejection. */
  private record Outcome(CreditFile file, InvalidInputException rejection, long cpuNanos) {}

  @Provide
  Arbitrary<FuzzCase> inputs() {
    return CreditFileMutations.cases();
  }

  @Property(tries = TRIES, seed = "20261201", shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
  void read_anyInput_validFileOrInvalidInputException(@ForAll("inputs") FuzzCase input) throws Exception {
    Outcome outcome = runBounded(input.bytes());
    long[] counts = TALLY.computeIfAbsent(input.kind(), k -> new long[3]);
    counts[0]++;
    MAX_CPU_NANOS.accumulateAndGet(outcome.cpuNanos(), Math::max);
    assertThat(outcome.cpuNanos()).as("CPU time of %s", input).isLessThan(MAX_CPU_MILLIS * 1_000_000);
    if (outcome.file() != null) {
      counts[1]++;
      CreditFile file = outcome.file();
      String id = READER.peekDocumentId(input.bytes());
      CreditFile again = READER.readUnverified(CreditFileWriter.standard().write(file, id));
      assertThat(again.withDocuments(List.of())).isEqualTo(file.withDocuments(List.of()));
    } else {
      counts[2]++;
      assertPrivate(outcome.rejection(), input.secrets());
    }
    if (input.kind() == Kind.VALID) {
      assertThat(outcome.file()).as("a valid document reads").isNotNull();
    }
    if (input.kind() == Kind.INVALID_UTF8) {
      assertThat(outcome.rejection()).as("ill-formed UTF-8 or a raw control character is rejected").isNotNull();
    }
  }

  /** Reads and peeks on the worker thread, with a watchdog; any throwable but ours fails the case. */
  private static Outcome runBounded(byte[] bytes) throws Exception {
    Future<Outcome> future = WORKER.submit(() -> {
      long start = THREADS.getCurrentThreadCpuTime();
      CreditFile file = null;
      InvalidInputException rejection = null;
      try {
        file = READER.readUnverified(bytes);
      } catch (InvalidInputException e) {
        rejection = e;
      }
      try {
        READER.peekDocumentId(bytes);
      } catch (InvalidInputException e) {
        assertThat(rejection).as("peek rejects only what read rejects").isNotNull();
        assertPrivateMessage(e);
      }
      // Without provenance: the same file without documents, or the same rejection word for word.
      try {
        CreditFile bare = READER.readWithoutProvenance(bytes);
        assertThat(file).as("read without provenance accepts only what read accepts").isNotNull();
        assertThat(bare).isEqualTo(file.withDocuments(List.of()));
      } catch (InvalidInputException e) {
        assertThat(rejection).as("read without provenance rejects only what read rejects").isNotNull();
        assertThat(e.getMessage()).isEqualTo(rejection.getMessage());
      }
      return new Outcome(file, rejection, THREADS.getCurrentThreadCpuTime() - start);
    });
    try {
      return future.get(10, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new AssertionError("the reader did not finish within 10 seconds", e);
    } catch (ExecutionException e) {
      throw new AssertionError("the reader threw " + e.getCause().getClass().getName(), e.getCause());
    }
  }

  static void assertPrivate(InvalidInputException e, List<String> secrets) {
    assertPrivateMessage(e);
    for (String secret : secrets) {
      assertThat(e.getMessage()).as("message of a rejection").doesNotContain(secret);
    }
  }

  private static void assertPrivateMessage(InvalidInputException e) {
    MESSAGES_SCANNED.incrementAndGet();
    assertThat(e.getMessage()).matches(MESSAGE).matches(PRINTABLE_ASCII);
    assertThat(e.getCause()).as("no parser exception (which may quote input) is kept").isNull();
  }

  @AfterContainer
  static void recordFigures() {
    Map<String, Object> figures = new LinkedHashMap<>();
    long tried = 0;
    long read = 0;
    long rejected = 0;
    for (Map.Entry<Kind, long[]> e : TALLY.entrySet()) {
      long[] c = e.getValue();
      figures.put("kind." + e.getKey(), c[0] + " tried, " + c[1] + " read, " + c[2] + " rejected");
      tried += c[0];
      read += c[1];
      rejected += c[2];
    }
    figures.put("tried", tried);
    figures.put("read", read);
    figures.put("rejected", rejected);
    figures.put("lost (neither read nor rejected)", tried - read - rejected);
    figures.put("messages scanned for personal data", MESSAGES_SCANNED.get());
    figures.put("max CPU ms per case", MAX_CPU_NANOS.get() / 1_000_000.0);
    RunFigures.write("reader-fuzz", figures);
  }
}
