package dev.northbound.scoring.cli;

import dev.northbound.scoring.core.feature.FeatureDefinition;
import dev.northbound.scoring.core.feature.FeatureGroup;
import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.model.ScoringModel;
import dev.northbound.scoring.models.grade.CapacityWillingnessModel;
import dev.northbound.scoring.models.grade.GradeMatrix;
import dev.northbound.scoring.models.scaling.RiskGrades;
import dev.northbound.scoring.models.scaling.Scaling;
import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.training.BoostingSpec;
import dev.northbound.scoring.toolkit.training.ModelIdentity;
import dev.northbound.scoring.toolkit.training.ScorecardAssembler;
import dev.northbound.scoring.toolkit.training.ScorecardTrainer;
import dev.northbound.scoring.toolkit.training.TrainingConfig;
import dev.northbound.scoring.toolkit.training.TrainingResult;
import dev.northbound.scoring.toolkit.training.boosted.BoostedScorecardTrainer;
import dev.northbound.scoring.toolkit.training.boosted.BoostedTrainingResult;
import dev.northbound.scoring.toolkit.training.boosted.BoostingConfig;
import dev.northbound.scoring.tribuo.TribuoAdapterConfig;
import dev.northbound.scoring.tribuo.TribuoChallenger;
import dev.northbound.scoring.tribuo.TribuoChallengers;
import dev.northbound.scoring.tribuo.TribuoModelAdapter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The demo's models, all trained on the training part only: a capacity scorecard (capacity
 * features), a willingness scorecard (repayment history, alternative data, credit demand, depth,
 * thin-file flags), the same willingness scorecard without alternative data (to show what
 * alternative data buys thin files), the capacity × willingness grade, an XGBoost challenger on
 * every feature, and a boosted willingness scorecard (with interactions) on exactly the willingness
 * scorecard's data, configuration and seed. The boosted scorecard is shown beside the WoE one and
 * never decides.
 */
final class DemoModels {

  static final Set<FeatureGroup> CAPACITY = EnumSet.of(FeatureGroup.CAPACITY);
  static final Set<FeatureGroup> WILLINGNESS = EnumSet.of(FeatureGroup.WILLINGNESS, FeatureGroup.ALTERNATIVE_DATA,
      FeatureGroup.CREDIT_DEMAND, FeatureGroup.DEPTH_OF_HISTORY, FeatureGroup.THIN_FILE);
  static final List<String> GRADES = List.of("A", "B", "C", "D", "E");
  /** Features the policy's thin-file path reads; no model is trained on them. */
  static final Set<String> POLICY_ONLY = Set.of("declared_monthly_obligations", "rent_monthly_obligation");

  final Scorecard capacity;
  final Scorecard willingness;
  final Scorecard bureauOnly;
  final CapacityWillingnessModel combined;
  /** Capacity × the bureau-only willingness scorecard: how thin files would be decided without alternative data. */
  final CapacityWillingnessModel combinedBureauOnly;
  final ScoringModel challenger;
  final TrainingResult capacityTraining;
  final TrainingResult willingnessTraining;
  /** The boosted willingness scorecard and its training outcome (shown, not used for decisions). */
  final BoostedTrainingResult boosted;

  private DemoModels(Scorecard capacity, Scorecard willingness, Scorecard bureauOnly, ScoringModel challenger,
      TrainingResult capacityTraining, TrainingResult willingnessTraining, BoostedTrainingResult boosted) {
    this.capacity = capacity;
    this.willingness = willingness;
    this.bureauOnly = bureauOnly;
    this.combined = CapacityWillingnessModel.of(capacity, willingness, matrix());
    // On a small portfolio the bureau-only scorecard can have fewer grades (ties between thin files).
    this.combinedBureauOnly = CapacityWillingnessModel.of(capacity, bureauOnly,
        matrix(capacity.grades(), bureauOnly.grades()));
    this.challenger = challenger;
    this.capacityTraining = capacityTraining;
    this.willingnessTraining = willingnessTraining;
    this.boosted = boosted;
  }

  /** Trains every model; {@code stage} is told as each one finishes. */
  static DemoModels train(Dataset train, FeatureSchema schema, long seed, Instant trainedAt, Runnable stage) {
    TrainingConfig config = TrainingConfig.builder().seed(seed).folds(2).l2(1.0).build();
    // Five independent fits: two at a time, one per core. Each is seeded, so the result does not
    // depend on the order in which they finish. The boosted one, the longest, starts first.
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<BoostedTrainingResult> boosted = pool.submit(() -> {
        BoostingConfig b = BoostingConfig.of(config, BoostingSpec.defaults(),
            ModelIdentity.of("demo-willingness-boosted", "1", "northbound demo", trainedAt));
        BoostedTrainingResult r = BoostedScorecardTrainer.create(b).train(keep(train, schema, WILLINGNESS, false), schema);
        stage.run();
        return r;
      });
      Future<Fitted> cap = pool.submit(() -> fit(train, schema, CAPACITY, false, "demo-capacity", config, trainedAt, stage));
      Future<Fitted> will = pool.submit(() -> fit(train, schema, WILLINGNESS, false, "demo-willingness", config, trainedAt,
          stage));
      Future<Fitted> bureau = pool.submit(() -> fit(train, schema, WILLINGNESS, true, "demo-willingness-bureau-only",
          config, trainedAt, stage));
      Future<ScoringModel> xgb = pool.submit(() -> {
        Set<String> drop = new HashSet<>(POLICY_ONLY);
        drop.add(DemoPortfolio.INDEX);
        var tribuo = TribuoChallengers.train(TribuoChallenger.XGBOOST, train.without(drop), seed);
        stage.run();
        return TribuoModelAdapter.create(tribuo, schema, new TribuoAdapterConfig("demo-xgboost", "1",
            TribuoChallengers.BAD, Scaling.of(600, 50, 20), RiskGrades.of(GRADES, List.of(620.0, 590.0, 560.0, 520.0)),
            1e-6, List.of()));
      });
      return new DemoModels(cap.get().card(), will.get().card(), bureau.get().card(), xgb.get(),
          cap.get().result(), will.get().result(), boosted.get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("training was interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("training failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private record Fitted(Scorecard card, TrainingResult result) {}

  private static Fitted fit(Dataset train, FeatureSchema schema, Set<FeatureGroup> groups, boolean bureauOnly,
      String id, TrainingConfig config, Instant trainedAt, Runnable stage) {
    Dataset data = keep(train, schema, groups, bureauOnly);
    TrainingResult result = ScorecardTrainer.create(config).train(data);
    Scorecard card = ScorecardAssembler.assemble(result, data, schema,
        ModelIdentity.of(id, "1", "northbound demo", trainedAt));
    stage.run();
    return new Fitted(card, result);
  }

  /** The training columns of the given groups (without alternative data when {@code bureauOnly}). */
  static Dataset keep(Dataset data, FeatureSchema schema, Set<FeatureGroup> groups, boolean bureauOnly) {
    Set<String> drop = new HashSet<>(POLICY_ONLY);
    drop.add(DemoPortfolio.INDEX);
    for (FeatureDefinition d : schema.definitions()) {
      boolean alternative = d.group() == FeatureGroup.ALTERNATIVE_DATA
          || (d.group() != FeatureGroup.CAPACITY && isAlternativeSource(d.name()));
      if (!groups.contains(d.group()) || (bureauOnly && alternative)) {
        drop.add(d.name());
      }
    }
    return data.without(drop);
  }

  /** Depth and thin-file features that describe alternative sources rather than the bureau file. */
  static boolean isAlternativeSource(String name) {
    return name.startsWith("has_") && !name.equals("has_bureau_file")
        || name.equals("alternative_source_count") || name.equals("alternative_data_months")
        || name.equals("tax_record_years") || name.equals("mpf_contribution_months")
        || name.equals("social_insurance_months");
  }

  /**
   * A 5 × 5 grade matrix: the rounded-up mean of the two grades, but never more than one grade
   * better than the worse of the two.
   */
  static GradeMatrix matrix() {
    return matrix(GRADES, GRADES);
  }

  /** The same rule for scorecards with fewer grades (a prefix of A to E each). */
  static GradeMatrix matrix(List<String> capacityGrades, List<String> willingnessGrades) {
    List<List<String>> cells = new ArrayList<>();
    for (int c = 0; c < capacityGrades.size(); c++) {
      List<String> row = new ArrayList<>();
      for (int w = 0; w < willingnessGrades.size(); w++) {
        int combined = Math.max((c + w + 1) / 2, Math.max(c, w) - 1);
        row.add(GRADES.get(combined));
      }
      cells.add(row);
    }
    return GradeMatrix.of(capacityGrades, willingnessGrades, GRADES, cells);
  }
}
