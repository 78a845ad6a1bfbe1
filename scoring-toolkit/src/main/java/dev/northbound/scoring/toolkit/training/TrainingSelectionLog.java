package dev.northbound.scoring.toolkit.training;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The selection log of a run, one entry per characteristic by descending IV (name on a tie): kept
 * or dropped, with the reason and the sentence with the numbers. Forced characteristics appear
 * once the selection records them (the training spec's force-in).
 */
final class TrainingSelectionLog {

  /**
   * One decision.
   *
   * @param characteristic the name
   * @param iv its information value
   * @param decision {@code "selected"} or {@code "dropped"}
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
      if (r.selection().selected().contains(name)) {
        out.add(new Entry(name, b.iv(), "selected", Optional.empty(),
            "kept: IV " + String.format(java.util.Locale.ROOT, "%.4f", b.iv())
                + " passed the IV, correlation and collinearity checks and the fit"));
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
