package dev.northbound.scoring.toolkit.evaluation;

import static dev.northbound.scoring.toolkit.evaluation.ScoreOrientation.HIGHER_IS_BETTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northbound.scoring.core.InvalidInputException;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class FairnessTest {

  private static final double[] SCORES = {10, 20, 30, 10, 30};
  private static final boolean[] BAD = {false, true, false, true, false};

  @Test
  void byGroup_largestGroupIsReference() {
    // Approve score >= 20. Group 1 (scores 10, 20, 30): approval 2/3, bad rate 1/3.
    // Group 2 (10, 30): approval 1/2, bad rate 1/2; ratios (1/2)/(2/3) = .75 and (1/2)/(1/3) = 1.5.
    FairnessReport r = Fairness.byGroup(new int[] {1, 1, 1, 2, 2}, SCORES, BAD, HIGHER_IS_BETTER, 20);
    assertThat(r.referenceGroup()).isEqualTo("1");
    assertThat(r.groups()).containsExactly(
        new GroupOutcome("1", 3, 2, 1, 2.0 / 3, 1.0 / 3, OptionalDouble.of(1.0),
            OptionalDouble.of(1.0)),
        new GroupOutcome("2", 2, 1, 1, 0.5, 0.5, OptionalDouble.of(0.5 / (2.0 / 3)),
            OptionalDouble.of(0.5 / (1.0 / 3))));
  }

  @Test
  void byGroup_namedReference() {
    FairnessReport r = Fairness.byGroup(new String[] {"x", "x", "x", "y", "y"}, SCORES, BAD,
        HIGHER_IS_BETTER, 20, "y");
    assertThat(r.referenceGroup()).isEqualTo("y");
    assertThat(r.groups().get(0).approvalRateRatio()).isEqualTo(OptionalDouble.of((2.0 / 3) / 0.5));
  }

  @Test
  void byGroup_referenceApprovesNobody() {
    FairnessReport r = Fairness.byGroup(new String[] {"x", "x", "x", "y", "y"}, SCORES, BAD,
        HIGHER_IS_BETTER, 30, "y");
    // y approves 1 of 2 at 30; x approves 1 of 3. At 31 nobody is approved anywhere:
    assertThat(r.groups().get(0).approvalRateRatio()).isEqualTo(OptionalDouble.of((1.0 / 3) / 0.5));
    assertThat(Fairness.byGroup(new String[] {"x", "x", "x", "y", "y"}, SCORES, BAD,
        HIGHER_IS_BETTER, 31).groups().get(1).approvalRateRatio()).isEmpty();
  }

  @Test
  void byGroup_unknownReference() {
    assertThatThrownBy(() -> Fairness.byGroup(new String[] {"x", "x", "x", "y", "y"}, SCORES, BAD,
        HIGHER_IS_BETTER, 20, "z"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the reference group must be among the groups");
  }

  @Test
  void byGroup_nullLabel() {
    assertThatThrownBy(() -> Fairness.byGroup(new String[] {"x", null, "x", "y", "y"}, SCORES, BAD,
        HIGHER_IS_BETTER, 20))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("/groups/1: must not be null; found null");
  }
}
