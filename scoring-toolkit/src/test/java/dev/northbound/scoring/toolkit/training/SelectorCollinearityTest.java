package dev.northbound.scoring.toolkit.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The collinearity screen of {@link Selector}: a WoE column that the kept ones explain. */
class SelectorCollinearityTest {

  @Test
  void residualShare_handComputed() {
    List<double[]> basis = new ArrayList<>();
    // first column: nothing kept yet, all of its variance is unexplained
    assertThat(Selector.residualShare(new double[] {1, 2, 3, 4}, basis)).isEqualTo(1.0);
    assertThat(basis).hasSize(1);
    // a multiple of it: 1 - R^2 = 0, not added
    assertThat(Selector.residualShare(new double[] {2, 4, 6, 8}, basis)).isCloseTo(0, within(1e-15));
    assertThat(basis).hasSize(1);
    // centred (1,0,0,1) is (.5,-.5,-.5,.5), orthogonal to centred (1,2,3,4) = (-1.5,-.5,.5,1.5):
    // dot = -.75 + .25 - .25 + .75 = 0, so nothing is explained
    assertThat(Selector.residualShare(new double[] {1, 0, 0, 1}, basis)).isCloseTo(1, within(1e-15));
    assertThat(basis).hasSize(2);
    // (3,2,3,6) = (1,2,3,4) + 2 (1,0,0,1): a combination of three columns no pair reveals
    assertThat(Selector.residualShare(new double[] {3, 2, 3, 6}, basis)).isCloseTo(0, within(1e-15));
    // a constant column is explained by the intercept alone
    assertThat(Selector.residualShare(new double[] {7, 7, 7, 7}, basis)).isEqualTo(0.0);
  }
}
