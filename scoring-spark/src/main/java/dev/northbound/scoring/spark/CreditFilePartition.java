package dev.northbound.scoring.spark;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.document.CreditFileReader;
import dev.northbound.scoring.core.feature.ExtractionContext;
import dev.northbound.scoring.core.feature.FeatureBuffer;
import dev.northbound.scoring.core.feature.FeatureExtractor;
import dev.northbound.scoring.core.model.ScoreHolder;
import dev.northbound.scoring.models.decision.DecisionPolicy;
import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.toolkit.data.CreditFileLine;
import dev.northbound.scoring.toolkit.data.CreditFileLines;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Scores one partition of credit files held as JSON in one column: either JSON Lines lines with
 * outcomes ({@link CreditFileLines}, pointers start {@code /document}) or bare documents. Reading,
 * extraction and scoring reuse one buffer and one holder; a row that breaks a rule of the format
 * gets the error column instead of failing the task.
 */
final class CreditFilePartition extends ScoringPartition {

  private static final long serialVersionUID = 1L;
  private static final String LINE_PREFIX = "/lines/1";

  private final Broadcast<PolicyRef> policy; // null: no decisions (Optional is not serializable)
  private final ContextSpec context;
  private final int column;
  private final boolean lines;

  CreditFilePartition(Broadcast<ModelRef> model, Optional<Broadcast<PolicyRef>> policy, ContextSpec context,
      int column, boolean lines) {
    super(model);
    this.policy = policy.orElse(null);
    this.context = context;
    this.column = column;
    this.lines = lines;
  }

  @Override
  UnaryOperator<Row> rowScorer(Scorecard card, String[] codes) {
    Optional<DecisionPolicy> decide = Optional.ofNullable(policy).map(p -> p.value().load());
    FeatureExtractor extractor = ModelRef.extractor();
    ExtractionContext ctx = context.context();
    CreditFileReader reader = CreditFileReader.standard();
    FeatureBuffer buffer = FeatureBuffer.of(extractor.schema());
    ScoreHolder holder = card.newHolder();
    int extra = lines ? 2 : 0;
    return row -> {
      Object[] out = Outputs.copy(row, extra + Outputs.WIDTH);
      int at = row.length() + extra;
      String prefix = "";
      try {
        byte[] document = bytes(row);
        if (lines) {
          CreditFileLine line = parseLine(document);
          out[row.length()] = line.outcome().code();
          out[row.length() + 1] = line.segment().orElse(null);
          document = line.documentBytes();
          prefix = "/document";
        }
        CreditFile file = reader.readUnverified(document);
        buffer.clear();
        ExtractionContext fileContext = context.contextFor(ctx, file);
        extractor.extract(file, fileContext, buffer, 0);
        double[] values = buffer.values();
        card.score(values, holder);
        String decision = decide.isEmpty() ? null
            : decide.get().decide(file, buffer.toVector(), card.toResult(values, holder), fileContext.asOf()).outcome().name();
        Outputs.scored(out, at, card, holder, codes, decision);
      } catch (InvalidInputException e) {
        Outputs.failed(out, at, prefix, e);
      }
      return RowFactory.create(out);
    };
  }

  private byte[] bytes(Row row) {
    if (row.isNullAt(column)) {
      throw new InvalidInputException("", "must be a JSON object", "an empty (null) value");
    }
    Object v = row.get(column);
    return v instanceof byte[] b ? b : ((String) v).getBytes(StandardCharsets.UTF_8);
  }

  /** Parses a JSON Lines line; pointers are relative to the line (no line number: rows have none). */
  private static CreditFileLine parseLine(byte[] bytes) {
    try {
      return CreditFileLines.parse(1, bytes, bytes.length);
    } catch (InvalidInputException e) {
      String pointer = e.pointer().startsWith(LINE_PREFIX) ? e.pointer().substring(LINE_PREFIX.length()) : e.pointer();
      throw new InvalidInputException(pointer, e.rule(), e.found(), e);
    }
  }
}
