package dev.northbound.scoring.toolkit.evaluation.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.models.scorecard.Scorecard;
import dev.northbound.scoring.toolkit.data.PerformanceOutcome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batches scored apart (as an engine's executors do), shipped as bytes and merged on one machine. */
class ScoredBatchTest {

  private static final int LINES = 600;
  private static final Scorecard CARD = SyntheticEvaluationData.scorecard();

  @TempDir static Path dir;
  private static Path data;
  private static List<String> lines;

  @BeforeAll
  static void writeData() throws Exception {
    lines = EvaluationFixtures.withDefects(LINES);
    lines.add(100, "   "); // a blank line: skipped, but it still counts for the line numbers after it
    data = EvaluationFixtures.write(dir, "portfolio.jsonl", lines);
  }

  @Test
  void evaluate_batchesScoredApartInChunks_sameReportBytesAsTheLocalRun() throws Exception {
    EvaluationReport local = EvaluationRun.evaluate(CARD, EvaluationFixtures.source(data),
        EvaluationFixtures.settings(), ProgressListener.NONE);

    // Chunks of 97 lines, each numbered from 1 as an executor sees its partition, then shipped as bytes.
    RowDecoder decoder = EvaluationFixtures.source(data).newDecoder();
    ScoredBatch.Builder builder = ScoredBatch.builder(CARD);
    List<byte[]> shipped = new ArrayList<>();
    for (int from = 0; from < lines.size(); from += 97) {
      int to = Math.min(lines.size(), from + 97);
      for (int i = from; i < to; i++) {
        byte[] record = lines.get(i).getBytes(StandardCharsets.UTF_8);
        if (!lines.get(i).isBlank()) {
          builder.addRecord(i - from + 1, decoder, record, record.length);
        }
      }
      shipped.add(builder.throughLine(to - from).build().toBytes());
    }
    List<ScoredBatch> merged = new ArrayList<>();
    long offset = 0;
    for (byte[] bytes : shipped) {
      ScoredBatch batch = ScoredBatch.parse(bytes);
      merged.add(batch.renumbered(offset));
      offset += batch.lines();
    }
    EvaluationReport apart = EvaluationRun.evaluate(CARD, EvaluationFixtures.source(data).description(),
        merged.iterator(), EvaluationFixtures.settings(), ProgressListener.NONE);

    assertThat(offset).isEqualTo(LINES + 1);
    assertThat(new String(apart.json(), StandardCharsets.UTF_8)).isEqualTo(new String(local.json(), StandardCharsets.UTF_8));
    assertThat(apart.html().toHtml()).isEqualTo(local.html().toHtml());
    assertThat(apart.rowsSkipped()).isEqualTo(2); // lines 5 (not JSON) and 12 (negative term)
  }

  @Test
  void toBytes_oneScoredOneIndeterminateOneSkipped_compactLayoutRoundTrips() {
    ScoredBatch.Builder builder = ScoredBatch.builder(CARD);
    Row row = builder.row();
    row.clear();
    row.outcome(PerformanceOutcome.BAD);
    row.month(202405);
    row.segment("HK_PR");
    builder.addRow(1);
    row.clear();
    row.outcome(PerformanceOutcome.INDETERMINATE);
    builder.addRow(2);
    builder.addSkipped(4, new InvalidInputException("/lines/4/outcome", "must be known", "an unknown code"));
    ScoredBatch batch = builder.throughLine(6).build();
    byte[] bytes = batch.toBytes();

    // Header 1 + 4 + 8 + 4 + 4 = 21, the label "HK_PR" 2 + 5 = 7; scored 1 + 8 + 8 + 4 + 4 + 6 bins of
    // 2 bytes = 37; indeterminate 1 + 8 = 9; skipped 1 + 8 + (2 + 16) + (2 + 13) + (2 + 15) = 59. Total 133.
    assertThat(bytes).hasSize(133);
    ScoredBatch back = ScoredBatch.parse(bytes);
    assertThat(back.toBytes()).isEqualTo(bytes);
    assertThat(back.size()).isEqualTo(3);
    assertThat(back.lines()).isEqualTo(6);
    assertThat(back.points[0]).isEqualTo(batch.points[0]);
    assertThat(back.pd[0]).isEqualTo(batch.pd[0]);
    assertThat(back.bad[0]).isTrue();
    assertThat(back.month[0]).isEqualTo(202405);
    assertThat(back.segment[0]).isEqualTo("HK_PR");
    assertThat(back.kind).containsExactly(ScoredBatch.SCORED, ScoredBatch.INDETERMINATE, ScoredBatch.SKIPPED);
    assertThat(back.errors[2]).hasMessage("/lines/4/outcome: must be known; found an unknown code");
  }

  @Test
  void renumbered_movesLineNumbersAndTheLinePrefixOfPointersOnly() {
    ScoredBatch batch = ScoredBatch.builder(CARD)
        .addSkipped(4, new InvalidInputException("/lines/4/document", "must be an object", "a number"))
        .addSkipped(5, new InvalidInputException("/lines/50", "must be short", "a longer line"))
        .addSkipped(6, new InvalidInputException("/debt_to_income_ratio", "must be finite", "an infinite number"))
        .build();
    ScoredBatch moved = batch.renumbered(1000);

    assertThat(moved.lineNumbers).containsExactly(1004, 1005, 1006);
    assertThat(moved.lines()).isEqualTo(1006);
    assertThat(moved.errors[0].pointer()).isEqualTo("/lines/1004/document");
    assertThat(moved.errors[1].pointer()).isEqualTo("/lines/50"); // another line's number: left alone
    assertThat(moved.errors[2].pointer()).isEqualTo("/debt_to_income_ratio");
  }

  @Test
  void addRecord_lineNumberNotIncreasing_fails() {
    ScoredBatch.Builder builder = ScoredBatch.builder(CARD)
        .addSkipped(3, new InvalidInputException("/lines/3", "r", "f"));
    assertThatThrownBy(() -> builder.addSkipped(3, new InvalidInputException("/lines/3", "r", "f")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line numbers must be positive and increasing, found 3 after 3");
  }

  @Test
  void parse_notABatch_fails() {
    assertThatThrownBy(() -> ScoredBatch.parse(new byte[] {2, 0, 0}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not an encoded batch: it is truncated or malformed");
    assertThatThrownBy(() -> ScoredBatch.parse(new byte[] {9}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not an encoded batch of this library version");
    // Version 1 held one byte per bin; its batches are refused, not misread.
    assertThatThrownBy(() -> ScoredBatch.parse(new byte[] {1, 0, 0}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not an encoded batch of this library version");
  }

  @Test
  void bins_aboveOneByte_roundTrip() {
    // An interaction of two 17-bin axes has 289 cells: bin codes past 255 survive the byte form.
    ScoredBatch.Builder builder = ScoredBatch.builder(CARD);
    Row row = builder.row();
    row.clear();
    row.outcome(PerformanceOutcome.GOOD);
    builder.addRow(1);
    ScoredBatch batch = builder.throughLine(1).build();
    batch.bins[0][0] = (short) 288;
    batch.bins[1][0] = (short) 65_535;
    ScoredBatch back = ScoredBatch.parse(batch.toBytes());
    assertThat(back.bins[0][0] & 0xffff).isEqualTo(288);
    assertThat(back.bins[1][0] & 0xffff).isEqualTo(65_535);
  }
}
