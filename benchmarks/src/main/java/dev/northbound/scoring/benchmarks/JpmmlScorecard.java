package dev.northbound.scoring.benchmarks;

import dev.northbound.scoring.models.pmml.PmmlExporter;
import dev.northbound.scoring.models.scorecard.Scorecard;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jpmml.evaluator.Evaluator;
import org.jpmml.evaluator.InputField;
import org.jpmml.evaluator.LoadingModelEvaluatorBuilder;

/**
 * JPMML-Evaluator (AGPL-3.0, benchmark scope only) on the PMML our exporter writes for the card,
 * loaded with JPMML's own JAXB loader and used as its documentation tells a user to: per record,
 * prepare every input field into an argument map, {@code evaluate} it, and read the score and the
 * reason codes out of the result map.
 */
final class JpmmlScorecard {

  /** What a user reads back: the score and the reason codes by rank (null where PMML gives none). */
  static final class Output {
    double score;
    final String[] reasonCodes;

    Output(int maxReasons) {
      reasonCodes = new String[maxReasons];
    }
  }

  private final Evaluator evaluator;
  private final List<? extends InputField> inputs;
  private final int[] schemaIndex;
  private final String[] reasonFields;

  JpmmlScorecard(Scorecard card) {
    try {
      evaluator = new LoadingModelEvaluatorBuilder()
          .load(new ByteArrayInputStream(PmmlExporter.toBytes(card)))
          .build();
    } catch (Exception e) {
      throw new IllegalStateException("JPMML could not load the exported PMML", e);
    }
    evaluator.verify();
    inputs = evaluator.getInputFields();
    schemaIndex = new int[inputs.size()];
    for (int i = 0; i < inputs.size(); i++) {
      schemaIndex[i] = card.schema().indexOf(inputs.get(i).getName()).orElseThrow();
    }
    reasonFields = new String[card.reasonCodeSettings().maxReasons()];
    for (int r = 0; r < reasonFields.length; r++) {
      reasonFields[r] = "reason_code_" + (r + 1);
    }
  }

  /** The evaluator, for the agreement check. */
  Evaluator evaluator() {
    return evaluator;
  }

  /** The argument map of one record, as a user builds it ({@code null} for missing). */
  Map<String, Object> arguments(double[] x) {
    Map<String, Object> args = new LinkedHashMap<>();
    for (int i = 0; i < schemaIndex.length; i++) {
      double v = x[schemaIndex[i]];
      InputField field = inputs.get(i);
      args.put(field.getName(), field.prepare(v != v ? null : v));
    }
    return args;
  }

  /** Builds the arguments, evaluates and reads the score and reason codes into {@code out}. */
  Output score(double[] x, Output out) {
    Map<String, ?> results = evaluator.evaluate(arguments(x));
    out.score = ((Number) results.get("score")).doubleValue();
    for (int r = 0; r < reasonFields.length; r++) {
      out.reasonCodes[r] = (String) results.get(reasonFields[r]);
    }
    return out;
  }
}
