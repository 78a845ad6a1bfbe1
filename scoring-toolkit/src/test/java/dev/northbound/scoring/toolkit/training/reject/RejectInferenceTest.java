package dev.northbound.scoring.toolkit.training.reject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.northbound.scoring.core.InvalidInputException;
import dev.northbound.scoring.toolkit.data.CategoricalColumn;
import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.data.NumericColumn;
import dev.northbound.scoring.toolkit.training.TrainingConfig;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * One categorical characteristic of two labels: the accepts-only card is saturated (intercept and
 * one slope on two WoE values), so a reject's PD is its label's accepted bad rate: A 40/200 = 0.2,
 * B 10/200 = 0.05.
 */
class RejectInferenceTest {

  private static final List<String> LABELS = List.of("A", "B");
  private static final TrainingConfig CONFIG = TrainingConfig.builder().build();

  /** 200 A (40 bad), 200 B (10 bad). */
  private static Dataset accepts() {
    int[] codes = new int[400];
    boolean[] bad = new boolean[400];
    for (int i = 0; i < 400; i++) {
      codes[i] = i < 200 ? 0 : 1;
      bad[i] = i < 40 || (i >= 200 && i < 210);
    }
    return Dataset.of(List.of(CategoricalColumn.of("grade", codes, LABELS)), bad);
  }

  /** 10 A, then 20 B. */
  private static Dataset rejects() {
    int[] codes = new int[30];
    for (int i = 10; i < 30; i++) {
      codes[i] = 1;
    }
    return Dataset.of(List.of(CategoricalColumn.of("grade", codes, LABELS)), new boolean[30]);
  }

  private static Dataset augment(RejectInferenceSettings settings) {
    return RejectInference.augment(accepts(), rejects(), CONFIG, settings);
  }

  @Test
  void none_returnsTheAccepts() {
    Dataset accepts = accepts();
    assertThat(RejectInference.augment(accepts, rejects(), CONFIG,
        RejectInferenceSettings.of(RejectInferenceMethod.NONE))).isSameAs(accepts);
  }

  @Test
  void hardCutoff_labelsTheExpectedNumberOfBads() {
    // sum of PDs = 10 * 0.2 + 20 * 0.05 = 3: the first three A rejects (equal PDs, row order).
    Dataset d = augment(RejectInferenceSettings.of(RejectInferenceMethod.HARD_CUTOFF));
    assertThat(d.rows()).isEqualTo(430);
    assertThat(d.weighted()).isTrue();
    assertThat(d.badCount()).isEqualTo(50 + 3);
    for (int r = 0; r < 30; r++) {
      assertThat(d.isBad(400 + r)).as("reject %d", r).isEqualTo(r < 3);
      assertThat(d.weight(400 + r)).isEqualTo(1.0);
    }
    // Uplift 2: q = 0.4 and 0.1, sum 6: six A rejects.
    Dataset up = augment(RejectInferenceSettings.of(RejectInferenceMethod.HARD_CUTOFF)
        .withUplift(2));
    assertThat(up.badCount()).isEqualTo(50 + 6);
    assertThat(up.isBad(405)).isTrue();
    assertThat(up.isBad(406)).isFalse();
  }

  @Test
  void fuzzy_weighsEachRejectByItsPd() {
    Dataset d = augment(RejectInferenceSettings.of(RejectInferenceMethod.FUZZY));
    assertThat(d.rows()).isEqualTo(400 + 60);
    CategoricalColumn grade = (CategoricalColumn) d.column("grade").orElseThrow();
    for (int r = 0; r < 30; r++) {
      int bad = 400 + 2 * r;
      double pd = r < 10 ? 0.2 : 0.05;
      assertThat(grade.code(bad)).isEqualTo(r < 10 ? 0 : 1);
      assertThat(d.isBad(bad)).isTrue();
      assertThat(d.weight(bad)).isCloseTo(pd, within(1e-9));
      assertThat(d.isBad(bad + 1)).isFalse();
      assertThat(d.weight(bad + 1)).isCloseTo(1 - pd, within(1e-9));
    }
    assertThat(d.weight(0)).isEqualTo(1.0);
  }

  @Test
  void parcelling_upliftsTheBandRate() {
    // Two bands (A's score below B's); uplift 5: A's rejects all bad (min(1, 5 * 0.2) = 1),
    // B's drawn at 0.25.
    Dataset d = augment(new RejectInferenceSettings(RejectInferenceMethod.PARCELLING, 5, 10, 1));
    assertThat(d.rows()).isEqualTo(430);
    for (int r = 0; r < 10; r++) {
      assertThat(d.isBad(400 + r)).isTrue();
    }
    java.util.SplittableRandom random = new java.util.SplittableRandom(1);
    for (int r = 0; r < 30; r++) {
      boolean drawn = random.nextDouble() < (r < 10 ? 1.0 : 0.25);
      assertThat(d.isBad(400 + r)).as("reject %d", r).isEqualTo(drawn);
    }
  }

  @Test
  void augment_isDeterministic() {
    RejectInferenceSettings s = RejectInferenceSettings.of(RejectInferenceMethod.PARCELLING);
    assertThat(augment(s).fingerprint()).isEqualTo(augment(s).fingerprint());
  }

  @Test
  void augment_keepsTheAcceptsWeights() {
    double[] w = new double[400];
    java.util.Arrays.fill(w, 2.0);
    Dataset weighted = Dataset.of(accepts().columns(), accepts().bad(), w);
    Dataset d = RejectInference.augment(weighted, rejects(), CONFIG,
        RejectInferenceSettings.of(RejectInferenceMethod.HARD_CUTOFF));
    assertThat(d.weight(0)).isEqualTo(2.0);
    assertThat(d.weight(400)).isEqualTo(1.0);
    assertThat(d.badCount()).isEqualTo(53);
  }

  @Test
  void augment_refusesOtherColumns() {
    Dataset numeric = Dataset.of(List.of(NumericColumn.of("grade", new double[30])),
        new boolean[30]);
    assertThatThrownBy(() -> RejectInference.augment(accepts(), numeric, CONFIG,
        RejectInferenceSettings.of(RejectInferenceMethod.FUZZY)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("/rejects/columns/grade")
        .hasMessageContaining("must be categorical as in the accepts");
    Dataset otherDictionary = Dataset.of(List.of(CategoricalColumn.of("grade", new int[30],
        List.of("B", "A"))), new boolean[30]);
    assertThatThrownBy(() -> RejectInference.augment(accepts(), otherDictionary, CONFIG,
        RejectInferenceSettings.of(RejectInferenceMethod.FUZZY)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("must code its labels with the accepts' dictionary");
    Dataset renamed = Dataset.of(List.of(CategoricalColumn.of("band", new int[30], LABELS)),
        new boolean[30]);
    assertThatThrownBy(() -> RejectInference.augment(accepts(), renamed, CONFIG,
        RejectInferenceSettings.of(RejectInferenceMethod.FUZZY)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("column band in its place");
  }

  @Test
  void settings_defaultsAndChecks() {
    assertThat(RejectInferenceSettings.of(RejectInferenceMethod.PARCELLING))
        .isEqualTo(new RejectInferenceSettings(RejectInferenceMethod.PARCELLING, 1.5, 10, 42));
    assertThat(RejectInferenceSettings.of(RejectInferenceMethod.FUZZY).uplift()).isEqualTo(1.0);
    assertThatThrownBy(() -> new RejectInferenceSettings(RejectInferenceMethod.FUZZY, 0.5, 10, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the uplift must be finite and at least 1; found 0.5");
    assertThatThrownBy(() -> new RejectInferenceSettings(RejectInferenceMethod.FUZZY, 1, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bands must be at least 1; found 0");
    assertThat(RejectInferenceMethod.parse("hard-cutoff"))
        .isEqualTo(Optional.of(RejectInferenceMethod.HARD_CUTOFF));
    assertThat(RejectInferenceMethod.parse("HARD_CUTOFF")).isEmpty();
  }
}
