package dev.northbound.scoring.models.scorecard;

import dev.northbound.scoring.core.ModelDefinitionException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One characteristic of a scorecard: a feature, its bins with points, and the reason code with
 * bilingual text that is given when the characteristic costs the applicant points.
 *
 * <p>The bins must hold every value exactly once: exactly one {@link MissingBin}; special values and
 * category codes that do not repeat; interval bins that tile {@code (-inf, +inf)} with no gap and no
 * overlap.
 *
 * <p>An <em>interaction</em> characteristic ({@link #interaction}) has a {@linkplain #partner()
 * partner} feature: its bins are {@link CellBin}s, one for every pair of a bin of the feature and a
 * bin of the partner (each axis held to the rules above), and an applicant earns the points of the
 * one cell holding both their values.
 *
 * @param feature the feature name in the scorecard's schema
 * @param reasonCode the stable reason code, for example {@code "W03"}
 * @param reasonEn the reason in English
 * @param reasonZh the reason in Simplified Chinese
 * @param baselineScore the baseline for the "points below baseline" reason-code mode, if any
 * @param bins the bins, in the order they are reported (copied)
 * @param missingReason the reason given when the applicant's value is missing, if it differs
 * @param partner the second feature of an interaction; empty for a characteristic of one feature
 */
public record Characteristic(
    String feature, String reasonCode, String reasonEn, String reasonZh, OptionalDouble baselineScore, List<Bin> bins,
    Optional<MissingReason> missingReason, Optional<String> partner) {

  /**
   * The reason given instead of {@code reasonEn}/{@code reasonZh} when the applicant's value is
   * missing: the absence of data, not what the data would have said (a thin file has no revolving
   * credit to be "heavily used").
   *
   * @param english the reason in English
   * @param chinese the reason in Simplified Chinese
   */
  public record MissingReason(String english, String chinese) {
    /** Validates the texts. */
    public MissingReason {
      ScorecardChecks.text(english, "/missingReasonEn");
      ScorecardChecks.text(chinese, "/missingReasonZh");
    }
  }

  /**
   * Validates the characteristic.
   *
   * @throws ModelDefinitionException if a text is blank, the baseline is not finite, or the bins do
   *     not hold every value exactly once; the message names the characteristic and the bins
   */
  public Characteristic {
    Objects.requireNonNull(feature, "feature");
    Objects.requireNonNull(reasonCode, "reasonCode");
    Objects.requireNonNull(reasonEn, "reasonEn");
    Objects.requireNonNull(reasonZh, "reasonZh");
    Objects.requireNonNull(baselineScore, "baselineScore");
    Objects.requireNonNull(missingReason, "missingReason");
    Objects.requireNonNull(partner, "partner");
    ScorecardChecks.text(feature, "/feature");
    if (partner.isPresent()) {
      ScorecardChecks.text(partner.get(), "/partner");
      if (partner.get().equals(feature)) {
        throw new ModelDefinitionException("/partner", "must differ from the feature", "the feature itself");
      }
    }
    ScorecardChecks.text(reasonCode, "/reasonCode");
    ScorecardChecks.text(reasonEn, "/reasonEn");
    ScorecardChecks.text(reasonZh, "/reasonZh");
    if (baselineScore.isPresent()) {
      ScorecardChecks.finitePoints(baselineScore.getAsDouble(), "/baselineScore");
    }
    bins = List.copyOf(bins);
    if (partner.isPresent()) {
      BinLayout.checkCells(bins);
    } else {
      BinLayout.check(bins);
    }
  }

  /**
   * A characteristic without a baseline score (for the "points below the maximum" mode).
   *
   * @throws ModelDefinitionException as the constructor
   */
  public static Characteristic of(String feature, String reasonCode, String reasonEn, String reasonZh, List<Bin> bins) {
    return new Characteristic(feature, reasonCode, reasonEn, reasonZh, OptionalDouble.empty(), bins, Optional.empty(),
        Optional.empty());
  }

  /**
   * An interaction of {@code feature} and {@code partner}: cell {@code (i, j)} holds the values in
   * {@code firstAxis.get(i)} and {@code secondAxis.get(j)} and earns {@code points[i][j]}. The cells
   * are ordered by the first axis, then the second ({@code i * secondAxis.size() + j}). Axis bins
   * are given with 0 points.
   *
   * @throws ModelDefinitionException if an axis breaks the rules of a characteristic's bins, the
   *     points are not a {@code firstAxis.size() × secondAxis.size()} table of finite numbers, or a
   *     text is blank
   */
  public static Characteristic interaction(String feature, String partner, String reasonCode, String reasonEn,
      String reasonZh, List<Bin> firstAxis, List<Bin> secondAxis, double[][] points) {
    if (points.length != firstAxis.size()) {
      throw new ModelDefinitionException("/bins", "must hold one row of points per bin of the first axis",
          points.length + " rows for " + firstAxis.size() + " bins");
    }
    ArrayList<Bin> cells = new ArrayList<>(firstAxis.size() * secondAxis.size());
    for (int i = 0; i < firstAxis.size(); i++) {
      if (points[i].length != secondAxis.size()) {
        throw new ModelDefinitionException("/bins", "must hold one column of points per bin of the second axis",
            points[i].length + " columns for " + secondAxis.size() + " bins");
      }
      for (int j = 0; j < secondAxis.size(); j++) {
        cells.add(new CellBin(firstAxis.get(i), secondAxis.get(j), points[i][j]));
      }
    }
    return new Characteristic(feature, reasonCode, reasonEn, reasonZh, OptionalDouble.empty(), cells,
        Optional.empty(), Optional.of(partner));
  }

  /** Whether this is an interaction of two features. */
  public boolean isInteraction() {
    return partner.isPresent();
  }

  /**
   * The name shown in partial scores, reason codes and reports: the feature, or for an interaction
   * the feature and its partner joined by {@value CellBin#JOIN}.
   */
  public String name() {
    return partner.map(p -> feature + CellBin.JOIN + p).orElse(feature);
  }

  /** An interaction's bins of its feature, in the order of first appearance among the cells (0 points). */
  public List<Bin> firstAxis() {
    return axis(true);
  }

  /** An interaction's bins of its partner, in the order of first appearance among the cells (0 points). */
  public List<Bin> secondAxis() {
    return axis(false);
  }

  private List<Bin> axis(boolean first) {
    if (partner.isEmpty()) {
      throw new IllegalStateException("not an interaction: " + feature);
    }
    LinkedHashSet<Bin> axis = new LinkedHashSet<>();
    for (Bin bin : bins) {
      CellBin cell = (CellBin) bin;
      axis.add(first ? cell.first() : cell.second());
    }
    return List.copyOf(axis);
  }

  /** This characteristic with a reason for a missing value. */
  public Characteristic withMissingReason(String english, String chinese) {
    return new Characteristic(feature, reasonCode, reasonEn, reasonZh, baselineScore, bins,
        Optional.of(new MissingReason(english, chinese)), partner);
  }

  /** This characteristic with the given baseline score. */
  public Characteristic withBaseline(double baseline) {
    return new Characteristic(feature, reasonCode, reasonEn, reasonZh, OptionalDouble.of(baseline), bins, missingReason,
        partner);
  }

  /** The fewest points a value can earn here. */
  public double minPoints() {
    return bins.stream().mapToDouble(Bin::points).min().orElseThrow();
  }

  /** The most points a value can earn here. */
  public double maxPoints() {
    return bins.stream().mapToDouble(Bin::points).max().orElseThrow();
  }
}
