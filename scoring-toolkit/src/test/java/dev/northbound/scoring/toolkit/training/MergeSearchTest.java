package dev.northbound.scoring.toolkit.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MergeSearchTest {

  /** Brute force over all 2^(m-1) groupings: an independent check of the programme. */
  private static double bruteForce(long[] g, long[] b, long totalG, long totalB, long rows,
      BinningConstraints c, Trend trend) {
    int m = g.length;
    double best = Double.NEGATIVE_INFINITY;
    for (int mask = 0; mask < 1 << (m - 1); mask++) {
      java.util.List<long[]> groups = new java.util.ArrayList<>();
      long sg = 0;
      long sb = 0;
      for (int i = 0; i < m; i++) {
        sg += g[i];
        sb += b[i];
        if (i == m - 1 || (mask >> i & 1) == 1) {
          groups.add(new long[] {sg, sb});
          sg = 0;
          sb = 0;
        }
      }
      if (groups.size() > c.maxBins()) {
        continue;
      }
      boolean ok = true;
      double iv = 0;
      int ups = 0;
      int downs = 0;
      int turns = 0;
      int last = 0;
      for (int k = 0; k < groups.size(); k++) {
        long[] gr = groups.get(k);
        ok &= gr[0] + gr[1] > 0 && gr[0] + gr[1] >= c.minShare() * rows - 1e-9
            && gr[0] >= c.minGoods() && gr[1] >= c.minBads();
        iv += WoeBin.iv(gr[0], gr[1], totalG, totalB);
        if (k > 0 && ok) {
          double prev = (double) groups.get(k - 1)[1] / (groups.get(k - 1)[0] + groups.get(k - 1)[1]);
          double cur = (double) gr[1] / (gr[0] + gr[1]);
          int dir = Double.compare(cur, prev);
          ok &= dir != 0;
          if (dir > 0) {
            ups++;
          } else if (dir < 0) {
            downs++;
          }
          if (last != 0 && dir != last) {
            turns++;
          }
          last = dir;
        }
      }
      ok &= switch (trend) {
        case ASCENDING -> downs == 0;
        case DESCENDING -> ups == 0;
        case PEAK -> turns == 1 && ups > 0 && downs > 0 && groupsStartUp(groups);
        case VALLEY -> turns == 1 && ups > 0 && downs > 0 && !groupsStartUp(groups);
        default -> throw new AssertionError();
      };
      if (ok && iv > best) {
        best = iv;
      }
    }
    return best;
  }

  private static boolean groupsStartUp(java.util.List<long[]> groups) {
    double r0 = (double) groups.get(0)[1] / (groups.get(0)[0] + groups.get(0)[1]);
    double r1 = (double) groups.get(1)[1] / (groups.get(1)[0] + groups.get(1)[1]);
    return r1 > r0;
  }

  @Test
  void search_matchesBruteForceOnRandomTables() {
    SplittableRandom random = new SplittableRandom(11);
    for (int trial = 0; trial < 200; trial++) {
      int m = 2 + random.nextInt(8);
      long[] g = new long[m];
      long[] b = new long[m];
      long totalG = 0;
      long totalB = 0;
      for (int i = 0; i < m; i++) {
        g[i] = random.nextInt(40);
        b[i] = random.nextInt(20);
        totalG += g[i];
        totalB += b[i];
      }
      totalG += 1; // one good and one bad outside the intervals (a missing bin)
      totalB += 1;
      long rows = totalG + totalB;
      BinningConstraints c = new BinningConstraints(10, Trend.AUTO, random.nextInt(3) * 0.05,
          random.nextInt(3), random.nextInt(3), 1 + random.nextInt(m));
      for (Trend trend : new Trend[] {Trend.ASCENDING, Trend.DESCENDING, Trend.PEAK,
          Trend.VALLEY}) {
        double expected = bruteForce(g, b, totalG, totalB, rows, c, trend);
        java.util.Optional<MergeSearch.Grouping> found = new MergeSearch(
            java.util.Arrays.stream(g).asDoubleStream().toArray(),
            java.util.Arrays.stream(b).asDoubleStream().toArray(), totalG, totalB, rows, c)
            .search(trend);
        if (expected == Double.NEGATIVE_INFINITY) {
          assertThat(found).as("trial %d %s", trial, trend).isEmpty();
        } else {
          assertThat(found).as("trial %d %s", trial, trend).isPresent();
          assertThat(found.get().iv()).as("trial %d %s", trial, trend).isCloseTo(expected, within(1e-12));
        }
      }
    }
  }
}
