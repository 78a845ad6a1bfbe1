package dev.northbound.scoring.toolkit.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northbound.scoring.toolkit.data.Dataset;
import dev.northbound.scoring.toolkit.data.NumericColumn;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Protected attributes as fairness segments: numeric quartile bands, missing values, one value. */
class ProtectedGroupTest {

  @Test
  void numericAttribute_quartileBandsAndMissing_countedByHand() {
    // age 20..27 (8 rows) and one missing; bad rows: 20, 21, 27 and the missing one.
    double[] age = {20, 21, 22, 23, 24, 25, 26, 27, Double.NaN};
    boolean[] bad = {true, true, false, false, false, false, false, true, true};
    Dataset data = Dataset.of(List.of(NumericColumn.of("age", age)), bad);
    double[] scores = {1, 2, 3, 4, 5, 6, 7, 8, 9};
    double[] pd = {0.1, 0.1, 0.1, 0.1, 0.2, 0.2, 0.2, 0.2, 0.5};
    List<ProtectedGroup> groups = ProtectedGroup.of(List.of("age"), data, scores, pd);
    // quartile cuts at the values at positions floor(q * 8) of the sorted present values: 22, 24, 26
    assertThat(groups).extracting(ProtectedGroup::group)
        .containsExactly("< 22", "[22, 24)", "[24, 26)", ">= 26", "missing");
    assertThat(groups).extracting(ProtectedGroup::rows).containsExactly(2L, 2L, 2L, 2L, 1L);
    assertThat(groups).extracting(ProtectedGroup::bads).containsExactly(2L, 0L, 0L, 1L, 1L);
    assertThat(groups.get(0).auc()).isEmpty(); // only bads
    assertThat(groups.get(3).auc()).hasValue(0.0); // the bad (27) scores above the good (26)
    assertThat(groups.get(2).meanPd()).isEqualTo(0.2);
  }

  @Test
  void numericAttribute_oneValue_isOneGroup() {
    Dataset data = Dataset.of(List.of(NumericColumn.of("flag", 1, 1, 1)), new boolean[] {true, false, false});
    List<ProtectedGroup> groups = ProtectedGroup.of(List.of("flag"), data, new double[] {1, 2, 3},
        new double[] {0.3, 0.3, 0.3});
    assertThat(groups).extracting(ProtectedGroup::group).containsExactly("all values");
    assertThat(groups.get(0).auc()).hasValue(1.0);
  }
}
