package dev.northbound.scoring.benchmarks;

import com.sun.management.ThreadMXBean;
import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.model.ScoreResult;
import dev.northbound.scoring.core.verify.VerifiedDocument;
import java.lang.management.ManagementFactory;
import java.util.function.IntToLongFunction;

/**
 * For a shared, noisy machine, where JMH's wall-clock figures swing by tens of percent between
 * iterations: each part of {@link PipelineBenchmark#fullPath()} timed alone in the thread's CPU time
 * (time another process holds the core is not counted), the best of {@code rounds} rounds of 5,000
 * operations over the benchmark's 16 documents, with the bytes allocated per operation. Not a JMH
 * benchmark and no substitute for one: it measures with the JIT as it settles in one JVM, and it
 * serves side-by-side comparisons of two builds run one after the other on the same machine.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar
 * dev.northbound.scoring.benchmarks.PipelineParts [rounds]} (default 15).
 */
public final class PipelineParts {

  private static final int OPS = 5_000;

  private PipelineParts() {}

  /** Prints the best CPU time per operation and the allocation of each part. */
  public static void main(String[] args) {
    int rounds = 15;
    try {
      rounds = args.length == 0 ? rounds : Integer.parseInt(args[0]);
    } catch (NumberFormatException e) {
      rounds = 0;
    }
    if (args.length > 1 || rounds < 1) {
      System.err.println("usage: PipelineParts [rounds]   (rounds: a whole number from 1, default 15)");
      System.exit(2);
    }
    PipelineBenchmark b = new PipelineBenchmark();
    b.setUp();
    int files = PipelineBenchmark.FILES;
    VerifiedDocument[] verified = new VerifiedDocument[files];
    CreditFile[] read = new CreditFile[files];
    for (int i = 0; i < files; i++) {
      verified[i] = b.verifier.verify(b.ids[i], b.documents[i]);
      read[i] = b.reader.read(verified[i]);
    }
    String[] names = {"floorJacksonTokens", "verify", "read", "extract + score", "extract + score + explain + decide",
        "fullPath"};
    IntToLongFunction[] parts = {
        k -> {
          b.next = k;
          return b.floorJacksonTokens();
        },
        k -> b.verifier.verify(b.ids[k & (files - 1)], b.documents[k & (files - 1)]).size(),
        k -> b.reader.read(verified[k & (files - 1)]).application().termMonths(),
        k -> {
          b.extractor.extract(read[k & (files - 1)], b.context, b.buffer, 0);
          b.card.score(b.buffer.values(), b.holder);
          return (long) b.holder.points();
        },
        k -> {
          int i = k & (files - 1);
          b.extractor.extract(read[i], b.context, b.buffer, 0);
          double[] values = b.buffer.values();
          b.card.score(values, b.holder);
          ScoreResult result = b.card.toResult(values, b.holder);
          return b.policy.decide(read[i], b.buffer.toVector(), result, CreditFiles.AS_OF).scoreReasons().size();
        },
        k -> b.fullPath().scoreReasons().size()};
    ThreadMXBean mx = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    long[] best = new long[parts.length];
    long[] allocated = new long[parts.length];
    java.util.Arrays.fill(best, Long.MAX_VALUE);
    long sink = 0;
    for (int r = 0; r < rounds; r++) {
      for (int p = 0; p < parts.length; p++) {
        long cpu = mx.getCurrentThreadCpuTime();
        long bytes = mx.getThreadAllocatedBytes(thread);
        for (int k = 0; k < OPS; k++) {
          sink += parts[p].applyAsLong(k);
        }
        best[p] = Math.min(best[p], mx.getCurrentThreadCpuTime() - cpu);
        allocated[p] = (mx.getThreadAllocatedBytes(thread) - bytes) / OPS;
      }
    }
    System.out.printf("best of %d rounds of %,d ops, thread CPU time (checksum %d)%n", rounds, OPS, sink & 1);
    for (int p = 0; p < parts.length; p++) {
      System.out.printf("%-36s %8.1f us/op %,8d B/op%n", names[p], best[p] / 1e3 / OPS, allocated[p]);
    }
  }
}
