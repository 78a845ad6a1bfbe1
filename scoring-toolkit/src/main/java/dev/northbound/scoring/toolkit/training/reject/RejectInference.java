package dev.northbound.scoring.toolkit.training.reject;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.models.scaling.Scaling;
import dev.northbound.scoring.toolkit.data.CategoricalColumn;
import dev.northbound.scoring.toolkit.data.Column;
import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.data.NumericColumn;
import dev.northbound.scoring.toolkit.training.ScorecardDraft;
import dev.northbound.scoring.toolkit.training.ScorecardTrainer;
import dev.northbound.scoring.toolkit.training.TrainingConfig;
import dev.northbound.scoring.toolkit.training.TrainingFailedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reject inference: the training data of a method, the accepts plus the rejects with inferred
 * outcomes as weighted rows. The formulas are in {@code docs/reject-inference.md} ("The methods")
 * and on {@link RejectInferenceMethod}. Deterministic: the same data, configuration and settings
 * give an equal data set. Stateless and thread-safe.
 */
public final class RejectInference {

  private RejectInference() {}

  /**
   * The training data of a method: the accepts (labelled, weight 1 or their own weights) plus the
   * rejects with inferred outcomes as weighted rows ({@link Dataset#of(List, boolean[], double[])}),
   * the accepts' rows first, then the rejects' in their order; {@link RejectInferenceMethod#NONE}
   * (and an empty {@code rejects}) returns the accepts unchanged. The accepts-only WoE scorecard
   * ({@link ScorecardTrainer#draft} with {@code config}) gives the rejects' probabilities of bad.
   *
   * @param accepts the accepted applicants with their outcomes
   * @param rejects the rejected applicants, with the columns of {@code accepts} (same names, order,
   *     kinds and dictionaries); their bad flags and weights are ignored
   * @param config the WoE trainer's configuration for the accepts-only scorecard
   * @param settings the method, uplift, bands and seed
   * @return the augmented training data
   * @throws InvalidInputException at {@code /rejects/columns/<name>} (or {@code /rejects/columns}
   *     for a count) if the rejects' columns differ from the accepts'; and as
   *     {@link ScorecardTrainer#draft} for the accepts
   * @throws TrainingFailedException if the accepts-only fit fails
   */
  public static Dataset augment(Dataset accepts, Dataset rejects, TrainingConfig config,
      RejectInferenceSettings settings) {
    Objects.requireNonNull(accepts, "accepts");
    Objects.requireNonNull(rejects, "rejects");
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(settings, "settings");
    if (settings.method() == RejectInferenceMethod.NONE) {
      return accepts;
    }
    requireSameColumns(accepts, rejects);
    if (rejects.rows() == 0) {
      return accepts;
    }
    ScorecardDraft draft = ScorecardTrainer.create(config).draft(accepts);
    double[] rejectScores = draft.scores(rejects);
    double[] pd = probabilities(draft.scaling(), rejectScores);
    double k = settings.uplift();
    Inferred inferred = switch (settings.method()) {
      case HARD_CUTOFF -> Inferred.hardCutoff(pd, k);
      case FUZZY -> Inferred.fuzzy(pd, k);
      case PARCELLING -> Inferred.parcelling(draft.scores(accepts), accepts.bad(),
          accepts.weights(), rejectScores, k, settings.bands(), settings.seed());
      case NONE -> throw new AssertionError("handled above");
    };
    return stacked(accepts, rejects, inferred);
  }

  private static double[] probabilities(Scaling scaling, double[] scores) {
    double[] pd = new double[scores.length];
    for (int i = 0; i < pd.length; i++) {
      pd[i] = scaling.probabilityOfDefault(scores[i]);
    }
    return pd;
  }

  /** The accepts' rows, then the inferred rows, every row weighted. */
  static Dataset stacked(Dataset accepts, Dataset rejects, Inferred inferred) {
    Dataset tail = rejects.select(inferred.reject());
    int a = accepts.rows();
    int n = a + tail.rows();
    List<Column> columns = new ArrayList<>();
    for (int c = 0; c < accepts.columns().size(); c++) {
      columns.add(concatenated(accepts.columns().get(c), tail.columns().get(c), n));
    }
    boolean[] bad = new boolean[n];
    double[] weights = new double[n];
    System.arraycopy(accepts.bad(), 0, bad, 0, a);
    System.arraycopy(accepts.weights(), 0, weights, 0, a);
    System.arraycopy(inferred.bad(), 0, bad, a, tail.rows());
    System.arraycopy(inferred.weight(), 0, weights, a, tail.rows());
    return Dataset.of(columns, bad, weights);
  }

  private static Column concatenated(Column head, Column tail, int n) {
    if (head instanceof NumericColumn numeric) {
      double[] values = new double[n];
      System.arraycopy(numeric.values(), 0, values, 0, head.size());
      System.arraycopy(((NumericColumn) tail).values(), 0, values, head.size(), tail.size());
      return NumericColumn.of(head.name(), values);
    }
    CategoricalColumn categorical = (CategoricalColumn) head;
    int[] codes = new int[n];
    System.arraycopy(categorical.codes(), 0, codes, 0, head.size());
    System.arraycopy(((CategoricalColumn) tail).codes(), 0, codes, head.size(), tail.size());
    return CategoricalColumn.of(head.name(), codes, categorical.labels());
  }

  /** The rejects must have the accepts' columns: names, order, kinds and dictionaries. */
  static void requireSameColumns(Dataset accepts, Dataset rejects) {
    List<Column> expected = accepts.columns();
    List<Column> found = rejects.columns();
    if (expected.size() != found.size()) {
      throw new InvalidInputException("/rejects/columns", "must be the accepts' "
          + expected.size() + " columns", found.size() + " columns");
    }
    for (int c = 0; c < expected.size(); c++) {
      Column e = expected.get(c);
      Column f = found.get(c);
      String pointer = "/rejects/columns/" + e.name();
      if (!e.name().equals(f.name())) {
        throw new InvalidInputException(pointer, "must be column " + c + " of the rejects, as of"
            + " the accepts", "column " + f.name() + " in its place");
      }
      if (e instanceof NumericColumn != f instanceof NumericColumn) {
        throw new InvalidInputException(pointer, "must be " + kind(e) + " as in the accepts",
            kind(f));
      }
      if (e instanceof CategoricalColumn ec
          && !ec.labels().equals(((CategoricalColumn) f).labels())) {
        throw new InvalidInputException(pointer, "must code its labels with the accepts'"
            + " dictionary (" + ec.labels().size() + " labels)",
            "another dictionary (" + ((CategoricalColumn) f).labels().size() + " labels)");
      }
    }
  }

  private static String kind(Column column) {
    return column instanceof NumericColumn ? "numeric" : "categorical";
  }
}
