package dev.northbound.scoring.spark;

import dev.northbound.scoring.core.InvalidInputException;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;

/**
 * Builds one partition's {@link ScoreGroups} from rows of (score, pd, failed, label), counting the
 * rows that failed scoring and those without a usable outcome (indeterminate or null) on the side.
 */
final class TallyPartition implements FlatMapFunction<Iterator<Row>, Tally> {

  private static final long serialVersionUID = 1L;

  private final String labelColumn;
  private final boolean withLabels;

  TallyPartition(String labelColumn, boolean withLabels) {
    this.labelColumn = labelColumn;
    this.withLabels = withLabels;
  }

  @Override
  public Iterator<Tally> call(Iterator<Row> rows) {
    ScoreGroups.Builder groups = ScoreGroups.builder();
    long skipped = 0;
    long unlabelled = 0;
    while (rows.hasNext()) {
      Row row = rows.next();
      if (row.getBoolean(2)) {
        skipped++;
        continue;
      }
      int label = withLabels ? label(row) : 0;
      if (label < 0) {
        unlabelled++;
        continue;
      }
      groups.add(row.getDouble(0), label == 1, row.getDouble(1));
    }
    return List.of(new Tally(groups.build(), skipped, unlabelled)).iterator();
  }

  /** 1 for bad, 0 for good, -1 for indeterminate or null. */
  private int label(Row row) {
    if (row.isNullAt(3)) {
      return -1;
    }
    Object v = row.get(3);
    if (v instanceof Boolean b) {
      return b ? 1 : 0;
    }
    if (v instanceof String s) {
      switch (s) {
        case "bad":
          return 1;
        case "good":
          return 0;
        case "indeterminate":
          return -1;
        default:
          break;
      }
    } else if (v instanceof Number n) {
      double d = n.doubleValue();
      if (d == 0 || d == 1) {
        return (int) d;
      }
    }
    throw new InvalidInputException("/" + labelColumn, "must be good, bad or indeterminate, true or false, or 1 or 0",
        "another value");
  }
}
