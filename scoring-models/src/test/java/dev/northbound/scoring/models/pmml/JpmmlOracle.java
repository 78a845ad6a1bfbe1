package dev.northbound.scoring.models.pmml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.northbound.scoring.core.model.ScoreHolder;
import dev.northbound.scoring.models.scorecard.Characteristic;
import dev.northbound.scoring.models.scorecard.ReasonCodeMode;
import dev.northbound.scoring.models.scorecard.Scorecard;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jpmml.evaluator.Evaluator;
import org.jpmml.evaluator.InputField;
import org.jpmml.evaluator.ModelEvaluatorBuilder;
import org.jpmml.evaluator.scorecard.ComplexScorecardScore;

/**
 * JPMML-Evaluator 1.6.11 (test scope, AGPL) as an independent oracle for the export. Its ranking
 * (ScorecardEvaluator + ComplexScorecardScore): points below are summed per reason code, entries
 * below zero removed, then sorted by points descending with a stable sort over the characteristics'
 * order; so ties go to the earlier characteristic, as ours do. It keeps codes with exactly zero points
 * below, which we drop (a characteristic at its best bin is no reason for a decline); those come after
 * every positive code, so our codes must be a prefix of JPMML's ranking and the rest must be zero.
 * Counts the ties and zero-point codes it has seen, so a test can show its data exercised both.
 */
final class JpmmlOracle {

  private final Scorecard card;
  private final Evaluator evaluator;
  private final String target;
  private final ScoreHolder holder;
  private int ties;
  private int zeros;

  /** Validates {@code pmml} against the PMML 4.4 schema and builds JPMML's evaluator of it. */
  JpmmlOracle(Scorecard card, byte[] pmml) throws Exception {
    PmmlDom.validate(pmml);
    this.card = card;
    this.evaluator = new ModelEvaluatorBuilder(PmmlDom.read(pmml)).build();
    evaluator.verify();
    this.target = evaluator.getTargetFields().get(0).getName();
    this.holder = card.newHolder();
  }

  /** JPMML's input field names. */
  List<String> inputNames() {
    return evaluator.getInputFields().stream().map(InputField::getName).toList();
  }

  /**
   * Asserts that JPMML, given each input field's raw value ({@code raw}, null for missing), gives
   * the score and reason codes the card gives for {@code values}.
   */
  void check(String row, double[] values, Function<String, Object> raw) {
    Map<String, Object> args = new LinkedHashMap<>();
    for (InputField field : evaluator.getInputFields()) {
      args.put(field.getName(), field.prepare(raw.apply(field.getName())));
    }
    Map<String, ?> results = evaluator.evaluate(args);
    card.score(values, holder);
    assertThat(((Number) results.get("score")).doubleValue()).as(row).isCloseTo(holder.points(), within(1e-9));

    int k = card.reasonCodeSettings().maxReasons();
    List<String> ours = new ArrayList<>();
    for (int r = 0; r < holder.reasonCount(); r++) {
      ours.add(card.characteristics().get(holder.reasonCharacteristic(r)).reasonCode());
    }
    ComplexScorecardScore<?> score = (ComplexScorecardScore<?>) results.get(target);
    List<String> ranking = score.getReasonCodeRanking();
    Map<String, Double> points = new HashMap<>();
    score.getReasonCodePoints().forEach((code, value) -> points.put(code, value.doubleValue()));
    List<String> positive = ranking.stream().filter(code -> points.get(code) > 0).toList();
    assertThat(ours).as(row).isEqualTo(positive.subList(0, Math.min(k, positive.size())));
    for (int r = 1; r <= k; r++) {
      Object code = results.get("reason_code_" + r);
      if (r <= ours.size()) {
        assertThat(code).as("%s rank %d", row, r).isEqualTo(ours.get(r - 1));
      } else if (code != null) {
        assertThat(points.get((String) code)).as("%s rank %d", row, r).isEqualTo(0.0);
      }
    }
    // Every code JPMML ranks carries the same points below as ours, zero ones included.
    for (String code : ranking) {
      int c = characteristicOf(code);
      Characteristic ch = card.characteristics().get(c);
      double baseline = card.reasonCodeSettings().mode() == ReasonCodeMode.POINTS_BELOW_MAX
          ? ch.maxPoints() : ch.baselineScore().orElseThrow();
      assertThat(points.get(code)).as("%s code %s", row, code).isCloseTo(baseline - holder.partial(c), within(1e-9));
      zeros += points.get(code) == 0.0 ? 1 : 0;
    }
    for (int r = 1; r < holder.reasonCount(); r++) {
      ties += holder.reasonPoints(r) == holder.reasonPoints(r - 1) ? 1 : 0;
    }
  }

  /** Reason codes tied on points below, over all rows checked. */
  int ties() {
    return ties;
  }

  /** Codes JPMML ranked with exactly zero points below, over all rows checked. */
  int zeros() {
    return zeros;
  }

  private int characteristicOf(String code) {
    for (int c = 0; c < card.characteristics().size(); c++) {
      if (card.characteristics().get(c).reasonCode().equals(code)) {
        return c;
      }
    }
    throw new AssertionError("JPMML ranked an unknown reason code");
  }
}
