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
 * The scorecard hot path against its peers, on the 12-characteristic {@link BenchmarkCards} card:
 * each op scores the next of {@value Applicants#COUNT} pre-generated, correlated applicants.
 *
 * <ul>
 *   <li>{@code northbound}: {@link Scorecard#score(double[], ScoreHolder)}, vector in, points, PD,
 *       grade, partial scores and top-3 reason codes out, into a reused holder;
 *   <li>{@code northboundScoreOnly}: {@link Scorecard#points(double[])};
 *   <li>{@code northboundBatch}: {@link Scorecard#scoreBatch} over a block of {@value #BLOCK}
 *       applicants held column-wise, reported per applicant;
 *   <li>{@code jpmml}: JPMML-Evaluator on our exported PMML: argument map, {@code evaluate}, score
 *       and reason codes read back;
 *   <li>{@code handWritten}: the flat-array scorecard of {@link HandWrittenScorecard}, same output;
 *   <li>{@code handWrittenScoreOnly}: its branch-free flat-array lookup, points only.
 * </ul>
 *
 * <p>The setup fails unless every path agrees on every applicant ({@link ScorecardAgreement}).
 */
@State(Scope.Thread)
public class ScorecardBenchmark extends BenchmarkDefaults {

  /** Applicants per batch call. */
  static final int BLOCK = 256;

  private static final int MASK = Applicants.COUNT - 1;
  private static final int BLOCK_MASK = Applicants.COUNT / BLOCK - 1;

  Scorecard card;
  double[][] rows;
  double[][] columns;
  ScoreHolder holder;
  double[] batchOut;
  HandWrittenScorecard hand;
  HandWrittenScorecard.Result handOut;
  JpmmlScorecard jpmml;
  JpmmlScorecard.Output jpmmlOut;
  int next;
  int block;

  /** Builds the card, the applicants and the peers, and checks that they all agree. */
  @Setup(Level.Trial)
  public void setUp() {
    card = BenchmarkCards.card(BenchmarkCards.benchmarkSchema());
    Applicants applicants = Applicants.generate(card.schema(), 20261122L);
    rows = applicants.rows();
    columns = applicants.columns();
    holder = card.newHolder();
    batchOut = new double[Applicants.COUNT];
    hand = new HandWrittenScorecard(card);
    handOut = new HandWrittenScorecard.Result(card.characteristics().size());
    jpmml = new JpmmlScorecard(card);
    jpmmlOut = new JpmmlScorecard.Output(card.reasonCodeSettings().maxReasons());
    ScorecardAgreement.check(card, rows, columns, hand, jpmml);
  }

  /** Our hot path: score and top-3 reason codes into a reused holder. */
  @Benchmark
  public ScoreHolder northbound() {
    card.score(rows[next++ & MASK], holder);
    return holder;
  }

  /** Our points only. */
  @Benchmark
  public double northboundScoreOnly() {
    return card.points(rows[next++ & MASK]);
  }

  /** Our batch API over {@value #BLOCK} applicants held column-wise; per applicant. */
  @Benchmark
  @OperationsPerInvocation(BLOCK)
  public double[] northboundBatch() {
    int from = (block++ & BLOCK_MASK) * BLOCK;
    card.scoreBatch(columns, from, from + BLOCK, batchOut);
    return batchOut;
  }

  /** JPMML-Evaluator: argument map, evaluate, score and reason codes read back. */
  @Benchmark
  public JpmmlScorecard.Output jpmml() {
    return jpmml.score(rows[next++ & MASK], jpmmlOut);
  }

  /** The hand-written flat-array scorecard: the same output as {@link #northbound()}. */
  @Benchmark
  public HandWrittenScorecard.Result handWritten() {
    hand.score(rows[next++ & MASK], handOut);
    return handOut;
  }

  /** The branch-free flat-array lookup: the same output as {@link #northboundScoreOnly()}. */
  @Benchmark
  public double handWrittenScoreOnly() {
    return hand.pointsBranchFree(rows[next++ & MASK]);
  }
}
