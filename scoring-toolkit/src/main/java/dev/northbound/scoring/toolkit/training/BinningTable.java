package dev.northbound.scoring.toolkit.training;

import java.util.List;
import java.util.Locale;

/**
 * A plain-text table of bins for review on a terminal: per characteristic its kind, role and IV,
 * then one line per bin with its range or group, count, share, goods, bads, bad rate, WoE and IV.
 * An empty bin's bad rate is shown as {@code -}. Stateless.
 */
public final class BinningTable {

  private BinningTable() {}

  /**
   * The table of {@code binnings}, as {@code spec} treats them.
   *
   * @param binnings the binnings, in the order to show
   * @param spec the spec that says each characteristic's role
   * @return the text, lines ending in {@code \n}
   */
  public static String of(List<BinningResult> binnings, TrainingSpec spec) {
    StringBuilder out = new StringBuilder();
    for (BinningResult b : binnings) {
      long rows = b.bins().stream().mapToLong(w -> w.goods() + w.bads()).sum();
      out.append(String.format(Locale.ROOT, "%s (%s, %s, IV %.4f)%n", b.characteristic(),
          b.numeric() ? "numeric" : "categorical",
          spec.characteristic(b.characteristic()).role().name().toLowerCase(Locale.ROOT), b.iv()));
      out.append(String.format(Locale.ROOT, "  %-40s %7s %7s %7s %7s %8s %8s %7s%n", "bin", "count",
          "share", "goods", "bads", "bad rate", "WoE", "IV"));
      for (WoeBin w : b.bins()) {
        long n = w.goods() + w.bads();
        String label = BinLabels.of(w.attribute());
        out.append(String.format(Locale.ROOT, "  %-40s %7d %6.2f%% %7d %7d %8s %8.4f %7.4f%n",
            label, n,
            100.0 * n / rows, w.goods(), w.bads(),
            n == 0 ? "-" : String.format(Locale.ROOT, "%.2f%%", 100 * w.badRate()), w.woe(),
            w.iv()));
      }
    }
    return out.toString().replace(System.lineSeparator(), "\n");
  }
}
