package dev.northbound.scoring.toolkit.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northbound.scoring.core.InvalidInputException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnlabelledTableTest {

  private static final ReadOptions UNLABELLED = ReadOptions.of("outcome", "bad").withoutTarget();

  @Test
  void csv_withoutTheTargetColumn() {
    Dataset d = CsvReader.read(new StringReader("age,housing\n30,own\n41,rent\n"), UNLABELLED);
    assertThat(d.rows()).isEqualTo(2);
    assertThat(d.columns()).containsExactly(NumericColumn.of("age", 30, 41),
        CategoricalColumn.of("housing", new int[] {0, 1}, List.of("own", "rent")));
    assertThat(d.bad()).containsExactly(false, false);
    assertThat(d.weighted()).isFalse();
  }

  @Test
  void csv_targetColumnPresentIsLeftOutUnread() {
    // Even a missing or bad target value is not read.
    Dataset d = CsvReader.read(new StringReader("age,outcome\n30,bad\n41,\n"), UNLABELLED);
    assertThat(d.columns()).containsExactly(NumericColumn.of("age", 30, 41));
    assertThat(d.badCount()).isZero();
  }

  @Test
  void arff_withoutTheTargetColumn() {
    Dataset d = ArffReader.read(new StringReader("@relation r\n@attribute age numeric\n"
        + "@attribute housing {own,rent}\n@data\n30,rent\n?,own\n"), UNLABELLED);
    assertThat(d.columns()).containsExactly(NumericColumn.of("age", 30, Double.NaN),
        CategoricalColumn.of("housing", new int[] {1, 0}, List.of("own", "rent")));
    assertThat(d.badCount()).isZero();
  }

  @Test
  void unlabelled_keepsTheWeightColumn() {
    Dataset d = CsvReader.read(new StringReader("age,w\n30,2\n41,0.5\n"),
        UNLABELLED.weightColumn("w"));
    assertThat(d.weights()).containsExactly(2, 0.5);
    assertThat(d.columns()).containsExactly(NumericColumn.of("age", 30, 41));
  }

  @Test
  void labelled_stillRequiresTheTarget() {
    assertThatThrownBy(() -> CsvReader.read(new StringReader("age\n30\n"),
        ReadOptions.of("outcome", "bad")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("must declare the target column");
    assertThat(ReadOptions.of("outcome", "bad").unlabelled()).isFalse();
  }

  @Test
  void withoutTarget_refusesARequiredBadRow() {
    assertThatThrownBy(() -> ReadOptions.of("outcome", "bad").requiringABadRow().withoutTarget())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an unlabelled table has no bad row to require");
    assertThatThrownBy(() -> UNLABELLED.requiringABadRow())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an unlabelled table has no bad row to require");
  }
}
