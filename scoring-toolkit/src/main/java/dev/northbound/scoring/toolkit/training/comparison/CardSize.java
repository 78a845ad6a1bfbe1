package dev.northbound.scoring.toolkit.training.comparison;

/**
 * How big a points scorecard is, the measure of how much a reader must take in: its
 * characteristics (an interaction counts as one) and its attributes (bins; an interaction's cells).
 *
 * @param characteristics the number of characteristics, at least 1
 * @param attributes the number of attributes over all characteristics, at least {@code characteristics}
 */
public record CardSize(int characteristics, int attributes) {

  /** Validates the counts. */
  public CardSize {
    if (characteristics < 1 || attributes < characteristics) {
      throw new IllegalArgumentException("a card has at least one characteristic and one attribute each; found "
          + characteristics + " characteristics and " + attributes + " attributes");
    }
  }
}
