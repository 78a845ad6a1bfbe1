package dev.northbound.scoring.models.scorecard;

import java.util.List;

/** A slow, obviously right scorer for tests: the bin holding each value, found by a plain search. */
public final class ReferenceScoring {

  private ReferenceScoring() {}

  /** The index among {@code bins} (single-feature bins) of the bin holding {@code v}. */
  public static int binOf(List<Bin> bins, double v) {
    for (int b = 0; b < bins.size(); b++) {
      Bin bin = bins.get(b);
      if (Double.isNaN(v) ? bin instanceof MissingBin
          : bin instanceof SpecialValueBin s ? s.value() == v
          : bin instanceof CategoricalBin cat && cat.codes().contains(v == 0.0 ? 0.0 : v)) {
        return b;
      }
    }
    for (int b = 0; b < bins.size(); b++) {
      if (bins.get(b) instanceof IntervalBin i && i.contains(v)) {
        return b;
      }
    }
    throw new AssertionError("no bin holds " + v);
  }

  /** The index among characteristic {@code c}'s bins of the bin (or cell) holding the row's values. */
  public static int bin(Scorecard card, int c, double[] values) {
    Characteristic ch = card.characteristics().get(c);
    double v = values[card.schema().indexOf(ch.feature()).orElseThrow()];
    if (!ch.isInteraction()) {
      return binOf(ch.bins(), v);
    }
    double w = values[card.schema().indexOf(ch.partner().orElseThrow()).orElseThrow()];
    Bin first = ch.firstAxis().get(binOf(ch.firstAxis(), v));
    Bin second = ch.secondAxis().get(binOf(ch.secondAxis(), w));
    for (int b = 0; b < ch.bins().size(); b++) {
      CellBin cell = (CellBin) ch.bins().get(b);
      if (cell.first().equals(first) && cell.second().equals(second)) {
        return b;
      }
    }
    throw new AssertionError("no cell");
  }

  /** The row's points: the initial score plus each characteristic's bin's points, in order. */
  public static double points(Scorecard card, double[] values) {
    double total = card.initialScore();
    for (int c = 0; c < card.characteristics().size(); c++) {
      total += card.characteristics().get(c).bins().get(bin(card, c, values)).points();
    }
    return total;
  }
}
