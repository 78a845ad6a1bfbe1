package dev.northbound.scoring.toolkit.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.feature.ExtractionContext;
import dev.northbound.scoring.core.feature.FeatureBuffer;
import dev.northbound.scoring.core.model.ReasonCode;
import dev.northbound.scoring.core.model.ScoreHolder;
import dev.northbound.scoring.core.model.ScoreResult;
import dev.northbound.scoring.core.testing.CreditFileArbitraries;
import dev.northbound.scoring.core.testing.RunFigures;
import dev.northbound.scoring.models.decision.StandardPath;
import dev.northbound.scoring.models.scorecard.*;
import dev.northbound.scoring.toolkit.synthetic.GeneratorConfig;
import dev.northbound.scoring.toolkit.synthetic.PortfolioGenerator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Eight threads extract and score 200,000 applications against one shared extractor and one shared
 * scorecard, on both the hot path (caller-owned buffer and holder) and the explained path
 * ({@link Scorecard#score}); every result equals, exactly, the one a single thread computed: points,
 * probability of default, grade and reason codes. The applications cycle through a pool of 4,000
 * generated files (3,600 random files of every shape and 400 synthetic applicants), each scored as of
 * a different date on every pass, so repeated files still give new vectors.
 */
class ScorecardConcurrencyTest {

  static final int APPLICATIONS = 200_000;
  static final int THREADS = 8;
  private static final int POOL = 4_000;

  /** What one application gave. */
  private record Outcome(double points, double pd, int grade, String reasons, double explainedPoints,
      double explainedPd, String explainedGrade, List<ReasonCode> explainedReasons) {}

  @Test
  void score_eightThreadsSharingOneModel_identicalToOneThread() throws Exception {
    long start = System.nanoTime();
    List<CreditFile> pool = pool();
    long generated = System.nanoTime();
    Outcome[] single = new Outcome[APPLICATIONS];
    Worker one = new Worker();
    for (int i = 0; i < APPLICATIONS; i++) {
      single[i] = one.run(pool, i);
    }
    long singleDone = System.nanoTime();

    Outcome[] parallel = new Outcome[APPLICATIONS];
    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int first = t;
      futures.add(threads.submit(() -> {
        Worker w = new Worker();
        go.await();
        for (int i = first; i < APPLICATIONS; i += THREADS) {
          parallel[i] = w.run(pool, i);
        }
        return null;
      }));
    }
    go.countDown();
    for (Future<?> f : futures) {
      f.get();
    }
    threads.shutdown();
    long parallelDone = System.nanoTime();

    int identical = 0;
    for (int i = 0; i < APPLICATIONS; i++) {
      assertThat(parallel[i]).as("application %d", i).isEqualTo(single[i]);
      identical++;
    }
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("applications", APPLICATIONS);
    figures.put("threads", THREADS);
    figures.put("identical to one thread", identical);
    figures.put("differing", APPLICATIONS - identical);
    figures.put("distinct grades seen", java.util.Arrays.stream(single).map(Outcome::explainedGrade).distinct().count());
    figures.put("seconds: generate pool", (generated - start) / 1e9);
    figures.put("seconds: one thread", (singleDone - generated) / 1e9);
    figures.put("seconds: eight threads", (parallelDone - singleDone) / 1e9);
    RunFigures.write("scoring-concurrency", figures);
  }

  private static List<CreditFile> pool() {
    List<CreditFile> files = new ArrayList<>(POOL);
    Random random = new Random(20261204L);
    for (int i = 0; i < POOL * 9 / 10; i++) {
      files.add(CreditFileArbitraries.creditFile(random));
    }
    PortfolioGenerator synthetic = PortfolioGenerator.of(GeneratorConfig.defaults());
    for (int i = files.size(); i < POOL; i++) {
      files.add(synthetic.generate(20261204L, i).creditFile());
    }
    return files;
  }

  /** One thread's caller-owned buffer and holder, and the shared extractor and model. */
  private static final class Worker {
    private final Scorecard card = StandardPath.SCORECARD;
    private final FeatureBuffer buffer = FeatureBuffer.of(StandardPath.SCHEMA);
    private final ScoreHolder holder = card.newHolder();

    Outcome run(List<CreditFile> pool, int i) {
      CreditFile file = pool.get(i % POOL);
      ExtractionContext base = StandardPath.context(file);
      ExtractionContext context = new ExtractionContext(base.asOf().plusDays(i / POOL), base.reportingCurrency(),
          base.rates());
      buffer.clear();
      StandardPath.EXTRACTOR.extract(file, context, buffer, 0);
      double[] values = buffer.values();
      card.score(values, holder);
      String reasons = card.reasonCodes(values, holder).stream().map(ReasonCode::code).collect(Collectors.joining(","));
      ScoreResult explained = card.score(buffer.toVector());
      return new Outcome(holder.points(), holder.probabilityOfDefault(), holder.grade(), reasons, explained.points(),
          explained.probabilityOfDefault(), explained.grade(), explained.reasonCodes());
    }
  }
}
