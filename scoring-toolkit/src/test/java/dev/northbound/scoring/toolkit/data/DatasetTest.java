package dev.northbound.scoring.toolkit.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DatasetTest {

  private static Dataset sample(double first) {
    return Dataset.of(List.of(NumericColumn.of("x", first, Double.NaN, 3),
        CategoricalColumn.of("c", new int[] {0, 1, -1}, List.of("a", "b"))),
        new boolean[] {true, false, false});
  }

  @Test
  void fingerprint_equalContentEqualHashAndAnyChangeDiffers() {
    assertThat(sample(1).fingerprint()).isEqualTo(sample(1).fingerprint()).hasSize(64);
    assertThat(sample(2).fingerprint()).isNotEqualTo(sample(1).fingerprint());
    assertThat(sample(1).without(Set.of("c")).fingerprint())
        .isNotEqualTo(sample(1).fingerprint());
  }

  @Test
  void select_rowsInOrder() {
    Dataset picked = sample(1).select(new int[] {2, 0});
    assertThat(((NumericColumn) picked.columns().get(0)).values()).containsExactly(3, 1);
    assertThat(picked.bad()).containsExactly(false, true);
  }

  @Test
  void of_sizeMismatch() {
    assertThatThrownBy(() -> Dataset.of(List.of(NumericColumn.of("x", 1, 2)), new boolean[3]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("column x must have 3 rows; found 2");
  }

  @Test
  void numericColumn_infinity() {
    assertThatThrownBy(() -> NumericColumn.of("x", Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("column x row 0: values must be finite or NaN; found an infinity");
  }
}
