package dev.northbound.scoring.toolkit.training.boosted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.northbound.scoring.toolkit.training.Attribute;
import java.util.List;
import org.junit.jupiter.api.Test;

class PairMergeTest {

  private static final Attribute LOW = new Attribute.Interval(Double.NEGATIVE_INFINITY, false, 1, false);
  private static final Attribute MID = new Attribute.Interval(1, true, 2, false);
  private static final Attribute HIGH = new Attribute.Interval(2, true, Double.POSITIVE_INFINITY, false);
  private static final Attribute MISSING = new Attribute.Missing();

  @Test
  void rowsWithinTolerance_takeTheCountWeightedMeanRow() {
    // Rows LOW, MID, HIGH, MISSING × columns LOW, MISSING. LOW and MID differ by at most 0.5 in each
    // column: merged, column 0 (10*3 + 30*2.5)/40 = 2.625, column 1 (0*9 + 10*9.5)/10 = 9.5 (the LOW cell
    // has no rows). HIGH differs from that mean by 2 > 1: its own run. MISSING is never merged.
    double[] points = {3, 9, 2.5, 9.5, 5, 9, 2.7, 9.4};
    long[] weights = {10, 0, 30, 10, 5, 5, 1, 1};
    PairMerge.merge(points, weights, List.of(LOW, MID, HIGH, MISSING), List.of(LOW, MISSING), 1.0);
    assertThat(points[0]).isCloseTo(2.625, within(1e-12));
    assertThat(points[2]).isCloseTo(2.625, within(1e-12));
    assertThat(points[1]).isCloseTo(9.5, within(1e-12));
    assertThat(points[3]).isCloseTo(9.5, within(1e-12));
    assertThat(points[4]).isEqualTo(5);
    assertThat(points[6]).isEqualTo(2.7);
    // Columns LOW and MISSING: a missing column is never merged into an interval one, even when close.
    assertThat(points[7]).isEqualTo(9.4);
  }

  @Test
  void zeroTolerance_mergesOnlyEqualLines() {
    double[] points = {1, 1, 1, 2};
    long[] weights = {1, 1, 1, 1};
    PairMerge.merge(points, weights, List.of(LOW, HIGH), List.of(LOW, HIGH), 0.0);
    // Row LOW (1, 1) and row HIGH (1, 2) differ in column HIGH: no row merge. Column LOW (1, 1) and
    // column HIGH (1, 2) differ in row HIGH: no column merge.
    assertThat(points).containsExactly(1, 1, 1, 2);
  }

  @Test
  void columnsMergeAfterRows() {
    // One row, three interval columns 4, 4.4, 7: the first two merge (weights 1, 3 -> 4.3), 7 stays.
    double[] points = {4, 4.4, 7};
    long[] weights = {1, 3, 2};
    PairMerge.merge(points, weights, List.of(MISSING), List.of(LOW, MID, HIGH), 1.0);
    assertThat(points[0]).isCloseTo(4.3, within(1e-12));
    assertThat(points[1]).isCloseTo(4.3, within(1e-12));
    assertThat(points[2]).isEqualTo(7);
  }
}
