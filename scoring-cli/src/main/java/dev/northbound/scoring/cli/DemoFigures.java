package dev.northbound.scoring.cli;

import dev.northbound.scoring.core.model.ReasonCode;
import dev.northbound.scoring.models.decision.Decision;
import dev.northbound.scoring.models.decision.DecisionOutcome;
import dev.northbound.scoring.models.decision.DecisionReason;
import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.toolkit.evaluation.Calibration;
import dev.northbound.scoring.toolkit.evaluation.CalibrationRow;
import dev.northbound.scoring.toolkit.evaluation.ScoreBands;
import dev.northbound.scoring.toolkit.evaluation.ScoreHistogram;
import dev.northbound.scoring.toolkit.evaluation.Stability;
import dev.northbound.scoring.toolkit.evaluation.StabilityIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo report's figures beyond discrimination: calibration, score distribution, PSI between
 * the training and held-out parts, reason-code frequency and the thin-file outcomes.
 */
final class DemoFigures {
  private DemoFigures() {}

  static final String POLICY_RULE = "policy rule";
  static final String SCORE_REASON = "score reason";

  /**
   * How often one reason was given. {@code kind} is "policy rule" or "score reason". A score reason
   * code can have two texts (a bin's reason, or its characteristic's missing-value reason); each
   * code and English text is counted apart.
   */
  record ReasonCount(String code, String kind, String messageEn, String messageZh, int count) {}

  /**
   * The reasons given to a set of applicants, most frequent first (ties by code).
   *
   * @param applicants the applicants counted
   * @param reasonsGiven the reasons given to them in all; the sum of the counts
   */
  record ReasonFrequency(int applicants, int reasonsGiven, List<ReasonCount> reasons) {}

  /**
   * The thin-file applicants of the held-out part decided twice: with the willingness scorecard
   * (alternative data) and with the bureau-only one; same capacity scorecard and policy.
   *
   * @param count thin-file applicants
   * @param scoreable those with at least two verified alternative sources
   * @param scoreableAndApproved scoreable and approved with alternative data
   * @param withAlternative outcome to count, with the alternative-data willingness scorecard
   * @param bureauOnly outcome to count, with the bureau-only willingness scorecard
   * @param notApproved the reasons given to the thin files not approved with alternative data
   * @param approvedBadsWithAlternative bads among the thin files approved with alternative data
   * @param approvedBadsBureauOnly bads among the thin files approved with the bureau-only scorecard
   */
  record ThinFiles(int count, int scoreable, int scoreableAndApproved, Map<String, Integer> withAlternative,
      Map<String, Integer> bureauOnly, ReasonFrequency notApproved, int approvedBadsWithAlternative,
      int approvedBadsBureauOnly) {}

  /** Equal-width score bins with the share of goods and of bads in each. */
  record Distribution(double[] edges, double[] goods, double[] bads) {}

  /** The reasons given to the declined and referred applicants among {@code decided}. */
  static ReasonFrequency reasons(List<DemoEvaluation.Decided> decided) {
    Map<String, ReasonCount> counts = new LinkedHashMap<>();
    int applicants = 0;
    int given = 0;
    for (DemoEvaluation.Decided d : decided) {
      if (d.decision().outcome() == DecisionOutcome.APPROVE) {
        continue;
      }
      applicants++;
      for (DecisionReason r : d.decision().rules()) {
        counts.merge(r.code() + " " + r.messageEn(), new ReasonCount(r.code(), POLICY_RULE, r.messageEn(), r.messageZh(), 1), DemoFigures::add);
        given++;
      }
      for (ReasonCode r : DemoReport.topReasons(d)) {
        counts.merge(r.code() + " " + r.messageEn(), new ReasonCount(r.code(), SCORE_REASON, r.messageEn(), r.messageZh(), 1), DemoFigures::add);
        given++;
      }
    }
    List<ReasonCount> sorted = new ArrayList<>(counts.values());
    sorted.sort(Comparator.comparingInt(ReasonCount::count).reversed().thenComparing(ReasonCount::code)
        .thenComparing(ReasonCount::messageEn));
    return new ReasonFrequency(applicants, given, List.copyOf(sorted));
  }

  private static ReasonCount add(ReasonCount a, ReasonCount b) {
    return new ReasonCount(a.code(), a.kind(), a.messageEn(), a.messageZh(), a.count() + b.count());
  }

  static ThinFiles thinFiles(DemoEvaluation e, boolean[] scoreableRow) {
    Map<String, Integer> alt = outcomes();
    Map<String, Integer> bureau = outcomes();
    List<DemoEvaluation.Decided> notApproved = new ArrayList<>();
    int count = 0;
    int scoreable = 0;
    int scoreableApproved = 0;
    int altBads = 0;
    int bureauBads = 0;
    for (int r = 0; r < e.thin.length; r++) {
      if (!e.thin[r]) {
        continue;
      }
      count++;
      Decision d = e.decided[r].decision();
      alt.merge(d.outcome().name(), 1, Integer::sum);
      bureau.merge(e.thinBureauOnly.get(r).outcome().name(), 1, Integer::sum);
      if (e.bad[r] && d.outcome() == DecisionOutcome.APPROVE) {
        altBads++;
      }
      if (e.bad[r] && e.thinBureauOnly.get(r).outcome() == DecisionOutcome.APPROVE) {
        bureauBads++;
      }
      if (scoreableRow[r]) {
        scoreable++;
        scoreableApproved += d.outcome() == DecisionOutcome.APPROVE ? 1 : 0;
      }
      if (d.outcome() != DecisionOutcome.APPROVE) {
        notApproved.add(e.decided[r]);
      }
    }
    return new ThinFiles(count, scoreable, scoreableApproved, alt, bureau, reasons(notApproved), altBads, bureauBads);
  }

  private static Map<String, Integer> outcomes() {
    Map<String, Integer> m = new LinkedHashMap<>();
    for (DecisionOutcome o : DecisionOutcome.values()) {
      m.put(o.name(), 0);
    }
    return m;
  }

  /** PSI of each scorecard's points: the training part is the baseline, over its deciles. */
  static Map<String, StabilityIndex> psi(DemoEvaluation e) {
    Map<String, StabilityIndex> out = new LinkedHashMap<>();
    e.trainScores.forEach((name, train) ->
        out.put(name, Stability.psi(train, e.models.get(name).scores(), ScoreBands.quantiles(train, 10))));
    return out;
  }

  /** Calibration of a scorecard on the held-out part by decile of its points. */
  static List<CalibrationRow> calibration(Scorecard card, double[] points, boolean[] bad) {
    double[] pd = new double[points.length];
    for (int i = 0; i < pd.length; i++) {
      pd[i] = card.probabilityOfDefault(points[i]);
    }
    return Calibration.table(points, bad, pd, ScoreBands.quantiles(points, 10));
  }

  /** Equal-width histogram of scores, as shares of goods and of bads. */
  static Distribution distribution(double[] scores, boolean[] bad, int bins) {
    ScoreHistogram h = ScoreHistogram.of(scores, bad, bins);
    return new Distribution(h.edges(), h.goods(), h.bads());
  }
}
