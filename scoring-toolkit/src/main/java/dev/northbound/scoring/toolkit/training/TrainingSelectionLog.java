package dev.northbound.scoring.toolkit.training;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The selection log of a run, one entry per characteristic by descending IV (name on a tie): kept
 * forced in by the training spec, or dropped, with the reason and the sentence with the numbers; a
 * flag (such as an IV above the spec's ceiling) is added to the sentence.
 */
final class TrainingSelectionLog {

  /**
   * One decision.
   *
   * @param characteristic the name
   * @param iv its information value
   * @param decision {@code "selected"}, {@code "forced"} or {@code "dropped"}
   * @param reason the {@link SelectionReport.Reason} name of a drop
   * @param detail why, in a sentence
   */
  record Entry(String characteristic, double iv, String decision, Optional<String> reason,
      String detail) {}

  private TrainingSelectionLog() {}

  static List<Entry> of(TrainingResult r) {
    List<BinningResult> byIv = new ArrayList<>(r.binnings());
    byIv.sort(Comparator.comparingDouble(BinningResult::iv).reversed()
        .thenComparing(BinningResult::characteristic));
    List<Entry> out = new ArrayList<>();
    for (BinningResult b : byIv) {
      String name = b.characteristic();
      String flags = r.selection().flagged().stream().filter(f -> f.characteristic().equals(name))
          .map(f -> "; flagged: " + f.detail()).reduce("", String::concat);
      if (r.selection().forced().contains(name)) {
        out.add(new Entry(name, b.iv(), "forced", Optional.empty(),
            "forced in by the training spec: exempt from the IV, correlation, collinearity, VIF and"
                + " p-value checks" + flags));
        continue;
      }
      if (r.selection().selected().contains(name)) {
        out.add(new Entry(name, b.iv(), "selected", Optional.empty(),
            "kept: IV " + String.format(java.util.Locale.ROOT, "%.4f", b.iv())
                + " passed every selection step of the run and the fit" + flags));
        continue;
      }
      SelectionReport.Dropped d = r.selection().dropped().stream()
          .filter(x -> x.characteristic().equals(name)).findFirst().orElse(null);
      out.add(d == null
          ? new Entry(name, b.iv(), "dropped", Optional.empty(), "not selected")
          : new Entry(name, b.iv(), "dropped", Optional.of(d.reason().name()), d.detail()));
    }
    return out;
  }
}
