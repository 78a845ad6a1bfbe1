package dev.northbound.scoring.toolkit.evaluation.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.models.scorecard.Characteristic;
import dev.northbound.scoring.models.scorecard.Scorecard;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeatureCsvSourceTest {

  private static final Scorecard CARD = SyntheticEvaluationData.scorecard();
  private static final List<String> REQUIRED = CARD.characteristics().stream().map(Characteristic::feature).toList();
  private static final String HEADER = "worst_status_12m,debt_to_income_ratio,revolving_utilisation,hard_enquiries_6m,"
      + "verified_monthly_income,alternative_source_count,app_date,region,outcome\n";

  @TempDir Path dir;

  @Test
  @SuppressWarnings("unchecked")
  void evaluate_handComputedPoints() throws Exception {
    // Points (initial 400): row 1: 45 + 40 + 20 + 20 + 35 + 15 = 575; row 2: 0 + 0 + 20 (missing)
    // + 0 + 5 + 5 = 430; row 3 = row 1 = 575; line 5 skipped; row 4: 20 + 25 + 35 + 30 + 0 (missing
    // income) + 25 = 535. Goods {575, 535}, bads {430, 575}; AUC over (bad, good) pairs, higher is
    // better: 430<575 1, 430<535 1, 575=575 0.5, 575>535 0 -> 2.5 / 4 = 0.625.
    Path csv = Files.writeString(dir.resolve("features.csv"), HEADER
        + "0,0.25,0.5,2,30000,3,2026-01-15,north,good\n"
        + "3,0.9,NA,5,8000,1,2026-01-20,south,bad\n"
        + "0,0.25,0.5,2,30000,3,2026-02-03,north,bad\n"
        + "abc,0.25,0.5,2,30000,3,2026-02-03,north,bad\n"
        + "1,0.4,0.2,0,,4,2026-02-10,\"south\",good\n");
    RowSource source = RowSources.featureCsv(csv, CARD.schema(), REQUIRED,
        TableColumns.of("outcome", "bad").withAsOf("app_date").withSegment("region"));

    EvaluationReport report = EvaluationRun.evaluate(CARD, source, EvaluationFixtures.settings(),
        ProgressListener.NONE);

    Map<String, Object> metrics = (Map<String, Object>) report.data().get("metrics");
    assertThat((double) metrics.get("auc")).isCloseTo(0.625, within(1e-15));
    Map<String, Object> rows = (Map<String, Object>) report.data().get("rows");
    assertThat(rows.get("scored")).isEqualTo(4L);
    assertThat((List<Object>) rows.get("skippedListed")).containsExactly(Map.of("line", 5L,
        "pointer", "/lines/5/worst_status_12m", "rule", "must be a plain decimal number or missing"));
    Map<String, Object> stability = (Map<String, Object>) report.data().get("stability");
    assertThat((List<Map<String, Object>>) stability.get("byMonth")).extracting(m -> m.get("month"), m -> m.get("rows"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("2026-01", 2L),
            org.assertj.core.groups.Tuple.tuple("2026-02", 2L));
    Map<String, Object> fairness = (Map<String, Object>) report.data().get("fairness");
    assertThat((List<Map<String, Object>>) fairness.get("groups")).extracting(g -> g.get("group"))
        .containsExactly("north", "south");
  }

  @Test
  void featureCsv_missingCharacteristicColumn_rejectedAtTheHeader() throws Exception {
    Path csv = Files.writeString(dir.resolve("short.csv"), "worst_status_12m,outcome\n0,good\n");

    assertThatThrownBy(() -> RowSources.featureCsv(csv, CARD.schema(), REQUIRED, TableColumns.of("outcome", "bad")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/lines/1: must have a column for the model's feature debt_to_income_ratio; found no such column");
  }

  @Test
  void split_quotedFieldAfterASpace_isOneField() {
    // before: the hand-written splitter saw a quote only at the very start of a field, so
    // ' "a,b"' was cut at its comma into two fields that kept their quotes
    assertThat(FeatureCsvSource.split("1, \"a,b\" ,x", 2)).containsExactly("1", "a,b", "x");
  }

  @Test
  void split_malformedQuotes_sameRulesAsTheCsvReader() {
    assertThatThrownBy(() -> FeatureCsvSource.split("1,\"a", 3))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/lines/3: quotes must be closed; found an unterminated quote");
    assertThatThrownBy(() -> FeatureCsvSource.split("1,\"a\"b", 4))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/lines/4: a closing quote must be followed by a comma or the end of the line;"
            + " found text after a closing quote");
  }
}
