package dev.northbound.scoring.benchmarks;

import dev.northbound.scoring.core.model.ScoreHolder;
import dev.northbound.scoring.models.scorecard.Scorecard;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What interaction characteristics cost on the hot path: the 12-characteristic
 * {@link BenchmarkCards} card ({@code plain*}) against the same card with two interactions of 28
 * cells added ({@code pairs*}, {@link BenchmarkCards#interactionCard}), on the same applicants:
 * {@link Scorecard#score(double[], ScoreHolder)} with top-3 reason codes, and
 * {@link Scorecard#scoreBatch} per applicant. Read the ratio {@code pairs / plain} within one run;
 * 14/12 = 1.17 is what two more one-feature characteristics would cost.
 */
@State(Scope.Thread)
public class InteractionBenchmark extends BenchmarkDefaults {

  private static final int MASK = Applicants.COUNT - 1;
  private static final int BLOCK_MASK = Applicants.COUNT / ScorecardBenchmark.BLOCK - 1;

  Scorecard plain;
  Scorecard pairs;
  double[][] rows;
  double[][] columns;
  ScoreHolder plainHolder;
  ScoreHolder pairsHolder;
  double[] out;
  int next;
  int block;

  /** Builds both cards over one schema and the applicants; checks the cards differ only by the pairs. */
  @Setup(Level.Trial)
  public void setUp() {
    var schema = BenchmarkCards.benchmarkSchema();
    plain = BenchmarkCards.card(schema);
    pairs = BenchmarkCards.interactionCard(schema);
    Applicants applicants = Applicants.generate(schema, 20261122L);
    rows = applicants.rows();
    columns = applicants.columns();
    plainHolder = plain.newHolder();
    pairsHolder = pairs.newHolder();
    out = new double[Applicants.COUNT];
    if (pairs.characteristics().size() != plain.characteristics().size() + 2) {
      throw new IllegalStateException("the interaction card must be the plain card and two pairs");
    }
  }

  /** The plain card: score and reasons. */
  @Benchmark
  public ScoreHolder plain() {
    plain.score(rows[next++ & MASK], plainHolder);
    return plainHolder;
  }

  /** The card with two interactions: score and reasons. */
  @Benchmark
  public ScoreHolder pairs() {
    pairs.score(rows[next++ & MASK], pairsHolder);
    return pairsHolder;
  }

  /** The plain card over a block, per applicant. */
  @Benchmark
  @OperationsPerInvocation(ScorecardBenchmark.BLOCK)
  public double[] plainBatch() {
    int from = (block++ & BLOCK_MASK) * ScorecardBenchmark.BLOCK;
    plain.scoreBatch(columns, from, from + ScorecardBenchmark.BLOCK, out);
    return out;
  }

  /** The card with two interactions over a block, per applicant. */
  @Benchmark
  @OperationsPerInvocation(ScorecardBenchmark.BLOCK)
  public double[] pairsBatch() {
    int from = (block++ & BLOCK_MASK) * ScorecardBenchmark.BLOCK;
    pairs.scoreBatch(columns, from, from + ScorecardBenchmark.BLOCK, out);
    return out;
  }
}
