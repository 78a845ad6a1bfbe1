package dev.northbound.scoring.toolkit.report;

/**
 * The colours of every chart: the Okabe-Ito palette, which stays distinguishable under the common
 * colour-vision deficiencies, plus neutral greys for axes and text.
 */
final class Palette {

  /** Goods, and the first series. */
  static final String BLUE = "#0072B2";
  /** Bads, and the second series. */
  static final String VERMILLION = "#D55E00";
  static final String GREEN = "#009E73";
  static final String PURPLE = "#CC79A7";
  static final String ORANGE = "#E69F00";
  static final String SKY = "#56B4E9";

  static final String TEXT = "#1f2933";
  static final String MUTED = "#52606d";
  static final String AXIS = "#7b8794";
  static final String GRID = "#e4e7eb";
  static final String REFERENCE = "#9aa5b1";

  /** Series colours in order; a chart with more series cycles and varies the dash pattern. */
  private static final String[] SERIES = {BLUE, VERMILLION, GREEN, PURPLE, ORANGE, SKY};
  private static final String[] DASHES = {"", "7 4", "2 3", "9 3 2 3"};

  private Palette() {}

  static String series(int index) {
    return SERIES[index % SERIES.length];
  }

  /** The dash pattern of series {@code index} ({@code ""} for solid), so colour is never the only cue. */
  static String dash(int index) {
    return DASHES[index % DASHES.length];
  }
}
