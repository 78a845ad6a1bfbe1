package dev.northbound.scoring.toolkit.report;

import java.util.List;

/**
 * Calibration by band: the observed bad rate against the predicted probability of default, one
 * point per band, with the 45-degree line of perfect calibration. Both axes share one scale.
 */
public final class CalibrationChart implements Chart {

  /** Bands beyond this count are drawn without point labels, to avoid clutter. */
  static final int MAX_LABELLED_POINTS = 15;

  private final String title;
  private final List<String> bands;
  private final double[] predicted;
  private final double[] observed;

  private CalibrationChart(String title, List<String> bands, double[] predicted, double[] observed) {
    this.title = ChartChecks.text(title, "title");
    this.predicted = ChartChecks.finite(predicted, "predicted", 1);
    this.observed = ChartChecks.finite(observed, "observed", 1);
    ChartChecks.sameLength(this.predicted, "predicted", this.observed, "observed");
    ChartChecks.unitInterval(this.predicted, "predicted");
    ChartChecks.unitInterval(this.observed, "observed");
    this.bands = ChartChecks.labels(bands, "bands", this.predicted.length);
  }

  /**
   * Creates a calibration chart.
   *
   * @param title the title
   * @param bands the band labels, one per point, for example grades {@code "A"} to {@code "E"}
   * @param predicted the mean predicted probability of default per band, in [0, 1]
   * @param observed the observed bad rate per band, in [0, 1]
   * @throws IllegalArgumentException if the title is blank, the sizes do not match or a value is not
   *     finite or outside [0, 1]
   */
  public static CalibrationChart of(
      String title, List<String> bands, double[] predicted, double[] observed) {
    return new CalibrationChart(title, bands, predicted, observed);
  }

  @Override
  public String title() {
    return title;
  }

  @Override
  public String toSvg() {
    double[] ticks = NiceScale.ticks(0, Math.max(ChartChecks.max(predicted), ChartChecks.max(observed)));
    Frame frame = new Frame(Frame.LEFT, ticks, ticks);
    SvgWriter svg = new SvgWriter(title,
        "Observed bad rate against predicted probability of default for " + predicted.length
            + " bands, with the line of perfect calibration.");
    frame.draw(svg, "Predicted probability of default", "Observed bad rate");
    svg.line(frame.x(0), frame.y(0), frame.x(frame.xMax()), frame.y(frame.yMax()), Palette.REFERENCE, 1.5, "5 4");
    double[] xs = LineChart.map(predicted, frame, true);
    double[] ys = LineChart.map(observed, frame, false);
    if (xs.length > 1) {
      svg.polyline(xs, ys, Palette.BLUE, 1.5, "");
    }
    // A label is drawn only where it overlaps no label already drawn (points close together near the
    // origin would otherwise print over each other); every point keeps its tooltip.
    java.util.List<double[]> drawn = new java.util.ArrayList<>();
    for (int i = 0; i < xs.length; i++) {
      svg.circle(xs[i], ys[i], 5, Palette.BLUE, bands.get(i) + ": predicted "
          + Text.compact(predicted[i], 4) + ", observed " + Text.compact(observed[i], 4));
      if (xs.length <= MAX_LABELLED_POINTS) {
        String label = Text.shorten(bands.get(i), 12);
        double right = xs[i] - 8;
        double[] box = {right - Text.width(label, 12), ys[i] - 8 - 12, right, ys[i] - 8 + 3};
        if (drawn.stream().noneMatch(b -> b[0] < box[2] && box[0] < b[2] && b[1] < box[3] && box[1] < b[3])) {
          drawn.add(box);
          svg.text(right, ys[i] - 8, "end", label, "font-size=\"12\" " + SvgWriter.HALO);
        }
      }
    }
    new Legend()
        .line("Bands", Palette.BLUE, "")
        .line("Perfect calibration", Palette.REFERENCE, "5 4")
        .draw(svg, frame.left());
    return svg.finish();
  }
}
