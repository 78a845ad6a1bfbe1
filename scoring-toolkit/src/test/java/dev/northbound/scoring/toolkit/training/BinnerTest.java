package dev.northbound.scoring.toolkit.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northbound.scoring.toolkit.data.CategoricalColumn;
import dev.northbound.scoring.toolkit.data.NumericColumn;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BinnerTest {

  /** Rows built from {value, goods, bads} cells. */
  private record Sample(NumericColumn column, boolean[] bad) {
    static Sample of(double[][] cells) {
      List<Double> values = new ArrayList<>();
      List<Boolean> bads = new ArrayList<>();
      for (double[] cell : cells) {
        for (int i = 0; i < cell[1] + cell[2]; i++) {
          values.add(cell[0]);
          bads.add(i >= cell[1]);
        }
      }
      boolean[] bad = new boolean[bads.size()];
      for (int i = 0; i < bad.length; i++) {
        bad[i] = bads.get(i);
      }
      return new Sample(NumericColumn.of("x",
          values.stream().mapToDouble(Double::doubleValue).toArray()), bad);
    }
  }

  private static final BinningConstraints LOOSE =
      new BinningConstraints(10, Trend.ASCENDING, 0, 0, 0, 10);

  // Ten values, 100 rows each, bad rates 10 30 20 40 50 45 60 70 65 80 %: not monotone.
  private static final Sample ZIGZAG = Sample.of(new double[][] {{0, 90, 10}, {1, 70, 30},
      {2, 80, 20}, {3, 60, 40}, {4, 50, 50}, {5, 55, 45}, {6, 40, 60}, {7, 30, 70}, {8, 35, 65},
      {9, 20, 80}});

  private static List<WoeBin> intervals(BinningResult result) {
    return result.bins().stream().filter(b -> b.attribute() instanceof Attribute.Interval)
        .toList();
  }

  @Test
  void bin_ascendingTrendViolatedByRawDataIsEnforced() {
    BinningResult result = Binner.bin(ZIGZAG.column(), ZIGZAG.bad(), LOOSE, List.of());
    List<WoeBin> bins = intervals(result);
    // the three dips (2, 5, 8) must each be merged with a neighbour: at most 7 bins remain.
    assertThat(bins).hasSizeBetween(2, 7);
    for (int i = 1; i < bins.size(); i++) {
      assertThat(bins.get(i).badRate()).isGreaterThan(bins.get(i - 1).badRate());
    }
    assertThat(result.trend()).contains(Trend.ASCENDING);
  }

  @Test
  void bin_descendingOnRisingDataGivesOneBin() {
    BinningResult result = Binner.bin(ZIGZAG.column(), ZIGZAG.bad(),
        LOOSE.withTrend(Trend.DESCENDING), List.of());
    assertThat(intervals(result)).hasSize(1);
    assertThat(result.iv()).isZero();
  }

  @Test
  void bin_peakRisesThenFalls() {
    // bad rates 10 20 40 30 15 %: a peak at value 2.
    Sample peak = Sample.of(new double[][] {{0, 90, 10}, {1, 80, 20}, {2, 60, 40}, {3, 70, 30},
        {4, 85, 15}});
    List<WoeBin> bins = intervals(Binner.bin(peak.column(), peak.bad(),
        LOOSE.withTrend(Trend.PEAK), List.of()));
    assertThat(bins).extracting(WoeBin::bads).containsExactly(10L, 20L, 40L, 30L, 15L);
    assertThat(Binner.bin(peak.column(), peak.bad(), LOOSE.withTrend(Trend.AUTO), List.of())
        .trend()).contains(Trend.PEAK);
  }

  @Test
  void bin_binBelowMinShareIsMerged() {
    // value 1 holds 2% of the rows (a high bad rate that would pay off in IV on its own).
    Sample sample = Sample.of(new double[][] {{0, 300, 100}, {1, 5, 15}, {2, 350, 50},
        {3, 150, 30}});
    BinningResult free = Binner.bin(sample.column(), sample.bad(),
        LOOSE.withTrend(Trend.AUTO), List.of());
    assertThat(intervals(free)).anyMatch(b -> b.goods() + b.bads() == 20);
    BinningResult result = Binner.bin(sample.column(), sample.bad(),
        LOOSE.withTrend(Trend.AUTO).withMinShare(0.05), List.of());
    assertThat(intervals(result)).allMatch(b -> b.share(1000) >= 0.05);
  }

  @Test
  void bin_minBadsAndMinGoodsPerBin() {
    // values 0 and 4 have only 3 bads / 3 goods.
    Sample sample = Sample.of(new double[][] {{0, 97, 3}, {1, 80, 20}, {2, 60, 40},
        {3, 40, 60}, {4, 3, 97}});
    List<WoeBin> bins = intervals(Binner.bin(sample.column(), sample.bad(),
        LOOSE.withMinCounts(10, 10), List.of()));
    assertThat(bins).allMatch(b -> b.bads() >= 10 && b.goods() >= 10);
    assertThat(bins).extracting(WoeBin::bads).containsExactly(23L, 40L, 157L);
  }

  @Test
  void bin_maxBins() {
    BinningResult result = Binner.bin(ZIGZAG.column(), ZIGZAG.bad(), LOOSE.withMaxBins(3),
        List.of());
    assertThat(intervals(result)).hasSize(3);
  }

  @Test
  void bin_specialValuesAndMissingKeptSeparate() {
    double[] values = new double[200];
    boolean[] bad = new boolean[200];
    for (int i = 0; i < 200; i++) {
      values[i] = i < 20 ? -1 : i < 30 ? Double.NaN : i;
      bad[i] = i % 4 == 0;
    }
    BinningResult result = Binner.bin(NumericColumn.of("x", values), bad,
        BinningConstraints.defaults(), List.of(Attribute.Special.of("no-account", -1)));
    List<WoeBin> bins = result.bins();
    WoeBin special = bins.get(bins.size() - 2);
    WoeBin missing = bins.get(bins.size() - 1);
    // rows 0..19 are special (bads at 0, 4, ..., 16: 5), rows 20..29 missing (20, 24, 28: 3).
    assertThat(special).extracting(WoeBin::attribute, WoeBin::goods, WoeBin::bads)
        .containsExactly(Attribute.Special.of("no-account", -1), 15L, 5L);
    assertThat(missing).extracting(WoeBin::attribute, WoeBin::goods, WoeBin::bads)
        .containsExactly(Attribute.Missing.INSTANCE, 7L, 3L);
    assertThat(((Attribute.Interval) bins.get(0).attribute()).lower())
        .isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(result.binOf(-1)).isEqualTo(bins.size() - 2);
    assertThat(result.binOf(Double.NaN)).isEqualTo(bins.size() - 1);
    assertThat(result.binOf(-0.5)).isZero();
  }

  @Test
  void bin_categoricalRarePooledAndGroupedByBadRate() {
    // A: 400 rows 10% bad; B: 400 rows 40%; C: 20 rows 50% (2%, rare); D: 180 rows 20%; E unseen.
    int[][] cells = {{0, 360, 40}, {1, 240, 160}, {2, 10, 10}, {3, 144, 36}};
    List<Integer> codes = new ArrayList<>();
    List<Boolean> bads = new ArrayList<>();
    for (int[] cell : cells) {
      for (int i = 0; i < cell[1] + cell[2]; i++) {
        codes.add(cell[0]);
        bads.add(i >= cell[1]);
      }
    }
    boolean[] bad = new boolean[bads.size()];
    for (int i = 0; i < bad.length; i++) {
      bad[i] = bads.get(i);
    }
    CategoricalColumn column = CategoricalColumn.of("c",
        codes.stream().mapToInt(Integer::intValue).toArray(), List.of("A", "B", "C", "D", "E"));
    BinningResult result = Binner.bin(column, bad, BinningConstraints.defaults(), List.of());
    // order by bad rate: A 10%, D 20%, B 40%, rare {C, E} 50%; the rare pool (2%) joins B.
    assertThat(result.bins()).extracting(WoeBin::attribute).containsExactly(
        new Attribute.Categories(List.of("A")), new Attribute.Categories(List.of("D")),
        new Attribute.Categories(List.of("B", "C", "E")), Attribute.Missing.INSTANCE);
    assertThat(result.bins()).extracting(WoeBin::bads).containsExactly(40L, 36L, 170L, 0L);
  }
}
