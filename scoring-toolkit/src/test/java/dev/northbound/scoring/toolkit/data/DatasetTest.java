package dev.northbound.scoring.toolkit.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northbound.scoring.core.InvalidInputException;
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

  private static Dataset weighted(double... weights) {
    Dataset plain = sample(1);
    return Dataset.of(plain.columns(), plain.bad(), weights);
  }

  @Test
  void fingerprint_ofAnUnweightedSetIsTheOneItHadBeforeWeights() {
    // computed with the Dataset of the commit before weights were added
    assertThat(sample(1).fingerprint())
        .isEqualTo("3eb2a9ddcc0b2d5fa289fbad822003dc5f99ab6e9180010a1c4d943b98c9572a");
  }

  @Test
  void fingerprint_includesTheWeightsOnlyWhenWeighted() {
    assertThat(weighted(1, 1, 1).fingerprint()).isNotEqualTo(sample(1).fingerprint());
    assertThat(weighted(1, 2, 1).fingerprint()).isNotEqualTo(weighted(1, 1, 1).fingerprint())
        .isEqualTo(weighted(1, 2, 1).fingerprint());
  }

  @Test
  void weights_unweightedSetHasWeightOne() {
    Dataset plain = sample(1);
    assertThat(plain.weighted()).isFalse();
    assertThat(plain.weights()).containsExactly(1, 1, 1);
    assertThat(plain.weight(2)).isEqualTo(1);
    assertThatThrownBy(() -> plain.weight(3)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void weights_areCopiedAndCarriedBySelectAndWithout() {
    double[] w = {0.25, 2, 0.75};
    Dataset data = weighted(w);
    w[0] = 9;
    assertThat(data.weighted()).isTrue();
    assertThat(data.weights()).containsExactly(0.25, 2, 0.75);
    data.weights()[1] = 9;
    assertThat(data.weight(1)).isEqualTo(2);
    Dataset picked = data.select(new int[] {2, 0, 0});
    assertThat(picked.weighted()).isTrue();
    assertThat(picked.weights()).containsExactly(0.75, 0.25, 0.25);
    assertThat(data.without(Set.of("c")).weights()).containsExactly(0.25, 2, 0.75);
    assertThat(sample(1).select(new int[] {1}).weighted()).isFalse();
    assertThat(data.toString()).isEqualTo("Dataset[2 columns, 3 rows, 1 bad, weighted]");
  }

  @Test
  void of_rejectsAWeightThatIsNotFiniteAndPositive() {
    for (double bad : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> weighted(1, bad, 1))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("/weights/1")
          .hasMessageContaining("a weight must be finite and greater than 0");
    }
    assertThatThrownBy(() -> weighted(1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the weights must have 3 rows; found 2");
  }
}
