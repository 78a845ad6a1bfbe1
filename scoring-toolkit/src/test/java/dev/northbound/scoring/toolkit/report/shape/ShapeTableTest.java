package dev.northbound.scoring.toolkit.report.shape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.tabular.TabularInputs;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Counts against the hand-counted rows of {@link ShapeFixtures}. */
class ShapeTableTest {

  @Test
  void count_oneFeatureCharacteristics_matchTheHandCount() {
    ShapeTable table = ShapeTable.count(
        ShapeFixtures.card(List.of(ShapeFixtures.months(), ShapeFixtures.housing())), ShapeFixtures.data());

    assertThat(table.rows()).isEqualTo(10);
    assertThat(table.bads()).isEqualTo(4);
    CharacteristicShape months = table.characteristics().get(0);
    assertThat(months.name()).isEqualTo("months");
    assertThat(months.bins()).extracting(BinShape::label, BinShape::kind, BinShape::rows, BinShape::bads,
        BinShape::points).containsExactly(
            tuple("< 12", BinShape.Kind.INTERVAL, 2L, 1L, 10.0),
            tuple("[12, 24)", BinShape.Kind.INTERVAL, 3L, 1L, 25.0),
            tuple(">= 24", BinShape.Kind.INTERVAL, 3L, 1L, 40.0),
            tuple("no history (= -1)", BinShape.Kind.SPECIAL, 1L, 1L, 5.0),
            tuple("missing", BinShape.Kind.MISSING, 1L, 0L, 0.0));
    CharacteristicShape housing = table.characteristics().get(1);
    assertThat(housing.bins()).extracting(BinShape::label, BinShape::rows, BinShape::bads, BinShape::points)
        .containsExactly(tuple("all values", 0L, 0L, 0.0), tuple("own", 4L, 2L, 20.0),
            tuple("rent, mortgage", 4L, 2L, -5.0), tuple("missing", 2L, 0L, 0.0));
    assertThat(housing.bins().get(0).badRate()).isEmpty();
    assertThat(housing.bins().get(1).badRate()).hasValue(0.5);
    assertThat(months.bins().get(1).share(months.rows())).isEqualTo(0.3);
  }

  @Test
  void count_tableBoundWithTheModelInputs_sameCounts() {
    TabularInputs inputs = TabularInputs.derive(ShapeFixtures.data());
    ShapeTable bound = ShapeTable.count(
        ShapeFixtures.card(List.of(ShapeFixtures.months(), ShapeFixtures.housing())), inputs, ShapeFixtures.data());

    assertThat(bound.characteristics().get(1).bins()).extracting(BinShape::rows).containsExactly(0L, 4L, 4L, 2L);
    assertThat(bound.characteristics().get(0).bins()).extracting(BinShape::rows).containsExactly(2L, 3L, 3L, 1L, 1L);
  }

  @Test
  void count_featureNotInTheData_namesTheColumn() {
    Dataset withoutMonths = ShapeFixtures.data().without(Set.of("months"));

    assertThatThrownBy(() -> ShapeTable.count(ShapeFixtures.card(List.of(ShapeFixtures.months())), withoutMonths))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("/columns/months")
        .hasMessageContaining("must be a column of the data, as in training");
  }

  @Test
  void of_interactionFromHandCounts_cellsInDisplayOrder() {
    // Counts indexed as the card's cells: given first axis (missing, >= 12, < 12) by given second
    // axis (< 0.5, >= 0.5, missing); see ShapeFixtures for the rows.
    CharacteristicShape shape = CharacteristicShape.of(ShapeFixtures.monthsByUtil(),
        new long[] {1, 0, 0, 2, 3, 1, 1, 2, 0}, new long[] {0, 0, 0, 0, 2, 0, 1, 1, 0});

    assertThat(shape.name()).isEqualTo("months × util");
    assertThat(shape.firstAxis()).containsExactly("< 12", ">= 12", "missing");
    assertThat(shape.secondAxis()).containsExactly("< 0.5", ">= 0.5", "missing");
    assertThat(shape.rows()).isEqualTo(10);
    assertThat(shape.bads()).isEqualTo(4);
    assertThat(shape.bins()).extracting(BinShape::label, BinShape::rows, BinShape::bads, BinShape::points)
        .containsExactly(
            tuple("< 12 × < 0.5", 1L, 1L, 30.0), tuple("< 12 × >= 0.5", 2L, 1L, 31.0),
            tuple("< 12 × missing", 0L, 0L, 32.0), tuple(">= 12 × < 0.5", 2L, 0L, 20.0),
            tuple(">= 12 × >= 0.5", 3L, 2L, 21.0), tuple(">= 12 × missing", 1L, 0L, 22.0),
            tuple("missing × < 0.5", 1L, 0L, 10.0), tuple("missing × >= 0.5", 0L, 0L, 11.0),
            tuple("missing × missing", 0L, 0L, 12.0));
    assertThat(shape.cell(1, 1).bads()).isEqualTo(2);
    assertThat(shape.bins()).extracting(BinShape::kind).containsOnly(BinShape.Kind.CELL);
  }

  @Test
  void of_countsOfTheWrongLength_rejected() {
    assertThatThrownBy(() -> CharacteristicShape.of(ShapeFixtures.months(), new long[4], new long[5]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("months has 5 bins, found 4 row counts and 5 bad counts");
  }

  @Test
  void of_moreBadsThanRows_rejected() {
    assertThatThrownBy(() -> CharacteristicShape.of(ShapeFixtures.months(), new long[] {1, 0, 0, 0, 0},
        new long[] {2, 0, 0, 0, 0}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bin missing must have 0 <= bads <= rows, found 2 bads in 1 rows");
  }

  /**
   * End to end with an interaction: the scorecard itself puts each row in its cell. The expected
   * counts are the hand count of
   * {@link #of_interactionFromHandCounts_cellsInDisplayOrder}.
   */
  @Test
  void count_interaction_matchesTheHandCount() {
    ShapeTable table = ShapeTable.count(
        ShapeFixtures.card(List.of(ShapeFixtures.months(), ShapeFixtures.monthsByUtil())), ShapeFixtures.data());

    CharacteristicShape shape = table.characteristics().get(1);
    assertThat(shape.bins()).extracting(BinShape::rows).containsExactly(1L, 2L, 0L, 2L, 3L, 1L, 1L, 0L, 0L);
    assertThat(shape.bins()).extracting(BinShape::bads).containsExactly(1L, 1L, 0L, 0L, 2L, 0L, 0L, 0L, 0L);
    assertThat(table.characteristics().get(0).bins()).extracting(BinShape::rows)
        .containsExactly(2L, 3L, 3L, 1L, 1L);
  }
}
