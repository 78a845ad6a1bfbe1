package dev.northbound.scoring.models.pmml;

import dev.northbound.scoring.core.ModelDefinitionException;
import dev.northbound.scoring.models.io.ModelFile;
import dev.northbound.scoring.models.io.ModelInputs;
import dev.northbound.scoring.models.scorecard.Bin;
import dev.northbound.scoring.models.scorecard.CellBin;
import dev.northbound.scoring.models.scorecard.Characteristic;
import dev.northbound.scoring.models.scorecard.IntervalBin;
import dev.northbound.scoring.models.scorecard.MissingBin;
import dev.northbound.scoring.models.scorecard.ReasonCodeMode;
import dev.northbound.scoring.models.scorecard.Scorecard;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;

/**
 * Exports a {@link Scorecard} as a PMML 4.4 {@code Scorecard} model that scores and ranks reason
 * codes as the scorecard does: {@code initialScore} is the scorecard's initial score;
 * {@code reasonCodeAlgorithm="pointsBelow"} with {@code baselineMethod="max"} (each characteristic's
 * {@code baselineScore} is its maximum points) or {@code "other"} (its baseline score); each bin is an
 * {@code Attribute} whose predicate holds exactly the bin's values: {@code isMissing} for the missing
 * bin, {@code equal} (or an {@code or} of equals) for special values and category codes, placed before
 * the intervals as they take precedence, and {@code greaterThan}/{@code greaterOrEqual} with
 * {@code lessThan}/{@code lessOrEqual} for intervals. An interaction characteristic (named
 * {@code "feature × partner"}, as in partial scores) has one {@code Attribute} per cell whose
 * predicate is the {@code and} of its two axis bins' predicates, and both features are data and
 * mining fields. Outputs: {@code score} (the predicted value) and
 * {@code reason_code_1} to {@code reason_code_k} (reason codes by rank, k the scorecard's maximum).
 *
 * <p>A card trained on a table (CSV or ARFF) is exported with its model file's {@link ModelInputs}
 * ({@link #toBytes(Scorecard, ModelInputs)}): the data and mining fields are the table's raw columns,
 * so a PMML engine scores the table's rows as they are. A numeric column is a continuous double; a
 * categorical column is a categorical string whose valid values are its labels, and each predicate
 * on it holds the labels whose codes (their positions in the labels) the bin holds: {@code equal},
 * {@code isIn} or {@code False}. A label the model does not know is an invalid value, treated as
 * missing ({@code invalidValueTreatment="asMissing"}), so it scores the missing bin, as it does in
 * our engine ({@code TabularInputs} in scoring-toolkit codes it {@code NaN}). Characteristics keep
 * their feature names.
 *
 * <p>PMML's evaluators list every characteristic with points below of zero or more after those with
 * more, where the scorecard drops characteristics with none; the codes it gives are a prefix of PMML's
 * ranking. Stateless and thread-safe.
 */
public final class PmmlExporter {

  /** The PMML 4.4 namespace. */
  public static final String NAMESPACE = "http://www.dmg.org/PMML-4_4";

  private PmmlExporter() {}

  /** The PMML 4.4 document of {@code card}, UTF-8, its fields named after the card's features. */
  public static byte[] toBytes(Scorecard card) {
    Objects.requireNonNull(card, "card");
    return bytes(card, PmmlFields.features());
  }

  /**
   * The PMML 4.4 document of {@code card} trained on a table, UTF-8, its fields the table's raw
   * columns (see the class comment).
   *
   * @param card the scorecard
   * @param inputs the model file's inputs
   * @throws IllegalArgumentException if the inputs define another schema than the card's
   * @throws ModelDefinitionException if a used column's name or label holds a control character
   *     (tab, line break), which the PMML could not carry
   */
  public static byte[] toBytes(Scorecard card, ModelInputs inputs) {
    Objects.requireNonNull(card, "card");
    Objects.requireNonNull(inputs, "inputs");
    ModelFile.of(card, inputs); // checks that the inputs define the card's schema
    return bytes(card, PmmlFields.of(inputs));
  }

  /** The PMML 4.4 document of {@code card}. */
  public static String toPmml(Scorecard card) {
    return new String(toBytes(card), StandardCharsets.UTF_8);
  }

  /** The PMML 4.4 document of {@code card} trained on a table, as {@link #toBytes(Scorecard, ModelInputs)}. */
  public static String toPmml(Scorecard card, ModelInputs inputs) {
    return new String(toBytes(card, inputs), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(Scorecard card, PmmlFields fields) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Xml xml = new Xml(XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8"));
      write(xml, card, fields);
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("writing PMML to memory failed", e);
    }
    return out.toByteArray();
  }

  private static void write(Xml x, Scorecard card, PmmlFields fields) throws XMLStreamException {
    x.start("PMML").namespace(NAMESPACE).attr("version", "4.4");
    x.start("Header").attr("description", "Northbound scorecard " + card.info().id())
        .attr("modelVersion", card.info().version());
    x.empty("Application").attr("name", "Northbound");
    x.end();
    List<Characteristic> chars = card.characteristics();
    Set<String> features = new LinkedHashSet<>();
    for (Characteristic c : chars) {
      features.add(c.feature());
      c.partner().ifPresent(features::add);
    }
    x.start("DataDictionary").attr("numberOfFields", Integer.toString(features.size()));
    for (String feature : features) {
      fields.dataField(x, feature);
    }
    x.end();
    boolean max = card.reasonCodeSettings().mode() == ReasonCodeMode.POINTS_BELOW_MAX;
    x.start("Scorecard").attr("modelName", card.info().id()).attr("functionName", "regression")
        .attr("initialScore", number(card.initialScore())).attr("useReasonCodes", "true")
        .attr("reasonCodeAlgorithm", "pointsBelow").attr("baselineMethod", max ? "max" : "other");
    x.start("MiningSchema");
    for (String feature : features) {
      fields.miningField(x, feature);
    }
    x.end();
    x.start("Output");
    x.empty("OutputField").attr("name", "score").attr("optype", "continuous").attr("dataType", "double")
        .attr("feature", "predictedValue");
    for (int r = 1; r <= card.reasonCodeSettings().maxReasons(); r++) {
      x.empty("OutputField").attr("name", "reason_code_" + r).attr("optype", "categorical")
          .attr("dataType", "string").attr("feature", "reasonCode").attr("rank", Integer.toString(r));
    }
    x.end();
    BinPredicates predicates = new BinPredicates(fields);
    x.start("Characteristics");
    for (Characteristic c : chars) {
      double baseline = max ? c.maxPoints() : c.baselineScore().orElseThrow();
      x.start("Characteristic").attr("name", c.name()).attr("reasonCode", c.reasonCode())
          .attr("baselineScore", number(baseline));
      if (c.isInteraction()) {
        cells(x, c, predicates);
        x.end();
        continue;
      }
      // PMML takes the first attribute that matches: missing, then exact values, then intervals.
      for (int pass = 0; pass < 3; pass++) {
        for (Bin bin : c.bins()) {
          if (pass == rank(bin)) {
            x.start("Attribute").attr("partialScore", number(bin.points()));
            predicates.write(x, c.feature(), bin);
            x.end();
          }
        }
      }
      x.end();
    }
    x.end();
    x.end();
    x.end();
  }

  /**
   * An interaction's cells, each the {@code and} of its two axis predicates. An axis predicate is
   * exact only after the bins of a lower {@link #rank} (an interval's also holds the special values
   * in it), so cells go in order of their first bin's rank, then their second's: a cell that also
   * matches a row has a rank no lower on either axis and a higher one on at least one, and comes later.
   */
  private static void cells(Xml x, Characteristic c, BinPredicates predicates) throws XMLStreamException {
    String partner = c.partner().orElseThrow();
    for (int first = 0; first < 3; first++) {
      for (int second = 0; second < 3; second++) {
        for (Bin bin : c.bins()) {
          CellBin cell = (CellBin) bin;
          if (rank(cell.first()) == first && rank(cell.second()) == second) {
            x.start("Attribute").attr("partialScore", number(cell.points()));
            x.start("CompoundPredicate").attr("booleanOperator", "and");
            predicates.write(x, c.feature(), cell.first());
            predicates.write(x, partner, cell.second());
            x.end();
            x.end();
          }
        }
      }
    }
  }

  private static int rank(Bin bin) {
    return bin instanceof MissingBin ? 0 : bin instanceof IntervalBin ? 2 : 1;
  }

  /** A decimal that reads back as exactly {@code v}. */
  static String number(double v) {
    return Double.toString(v);
  }
}
