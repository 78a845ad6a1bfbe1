package dev.northbound.scoring.models.scorecard;

import dev.northbound.scoring.core.model.PartialScore;
import dev.northbound.scoring.core.model.ReasonCode;
import dev.northbound.scoring.core.model.ScoreHolder;
import dev.northbound.scoring.core.model.ScoreResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;

/**
 * Turns a filled {@link ScoreHolder} into partial scores and bilingual reason codes (off the hot
 * path). Both name a characteristic by {@link Characteristic#name()}; an interaction's partial
 * score is labelled with its cell, and its reason code shows both of the applicant's values and
 * gives the missing reason when either is missing.
 *
 * <p>One per scorecard: what depends only on the card (characteristic names, bin labels, units) is
 * worked out once, when the card is built, so a result costs its records and the applicant's values
 * only. Immutable and thread-safe.
 */
final class Explanations {

  /** Units shown as a bare number. */
  private static final Set<String> BARE_UNITS = Set.of("ratio", "count", "flag", "score");

  /** What joins an interaction's two applicant values, for example {@code "3 months; 45%"}. */
  static final String VALUE_JOIN = "; ";

  /** The largest magnitude {@link #twoDecimals} rounds without {@link BigDecimal} (cents below 2^30). */
  private static final double FAST_LIMIT = 1e7;
  /**
   * How far from a half cent a value must be, in cents, for its rounding to be read off the double:
   * well above the 1.6e-7 cents that the double, its shortest decimal and {@code value * 100} can
   * differ by below {@link #FAST_LIMIT}.
   */
  private static final double HALF_CENT_MARGIN = 1e-6;

  private final Scorecard card;
  private final String[] names;
  /** {@code labels[c][b]}: the label of bin {@code b} of characteristic {@code c}. */
  private final String[][] labels;
  private final String[] units;
  /** An interaction's partner's unit; {@code null} for a characteristic of one feature. */
  private final String[] partnerUnits;

  Explanations(Scorecard card) {
    this.card = card;
    List<Characteristic> chars = card.characteristics();
    int n = chars.size();
    names = new String[n];
    labels = new String[n][];
    units = new String[n];
    partnerUnits = new String[n];
    for (int c = 0; c < n; c++) {
      Characteristic ch = chars.get(c);
      names[c] = ch.name();
      List<Bin> bins = ch.bins();
      labels[c] = new String[bins.size()];
      for (int b = 0; b < bins.size(); b++) {
        labels[c][b] = bins.get(b).label();
      }
      units[c] = card.schema().definition(card.featureIndex(c)).unit();
      partnerUnits[c] = card.partnerIndex(c) < 0 ? null : card.schema().definition(card.partnerIndex(c)).unit();
    }
  }

  ScoreResult result(double[] values, ScoreHolder holder) {
    PartialScore[] partials = new PartialScore[names.length];
    for (int c = 0; c < partials.length; c++) {
      partials[c] = new PartialScore(names[c], labels[c][holder.bin(c)], holder.partial(c));
    }
    return new ScoreResult(card.info(), holder.points(), holder.probabilityOfDefault(),
        card.grades().get(holder.grade()), List.of(partials), reasons(values, holder));
  }

  List<ReasonCode> reasons(double[] values, ScoreHolder holder) {
    List<Characteristic> chars = card.characteristics();
    ReasonCode[] out = new ReasonCode[holder.reasonCount()];
    for (int r = 0; r < out.length; r++) {
      int c = holder.reasonCharacteristic(r);
      Characteristic ch = chars.get(c);
      Bin bin = ch.bins().get(holder.bin(c));
      double value = values[card.featureIndex(c)];
      String shown = applicantValue(bin instanceof CellBin cell ? cell.first() : bin, value, units[c]);
      boolean missing = Double.isNaN(value);
      if (bin instanceof CellBin cell) {
        double partnerValue = values[card.partnerIndex(c)];
        shown += VALUE_JOIN + applicantValue(cell.second(), partnerValue, partnerUnits[c]);
        missing |= Double.isNaN(partnerValue);
      }
      missing &= ch.missingReason().isPresent();
      out[r] = new ReasonCode(ch.reasonCode(), names[c], holder.reasonPoints(r), shown,
          missing ? ch.missingReason().get().english() : ch.reasonEn(),
          missing ? ch.missingReason().get().chinese() : ch.reasonZh());
    }
    return List.of(out);
  }

  /**
   * The applicant's value as shown to them: {@code "missing"}, the name of a special value or
   * category, or the number (at most 2 decimals) with its unit, for example {@code "3 months"}.
   */
  static String applicantValue(Bin bin, double value, String unit) {
    if (bin instanceof MissingBin) {
      return MissingBin.LABEL;
    }
    if (bin instanceof SpecialValueBin || bin instanceof CategoricalBin) {
      return bin.label();
    }
    String number = twoDecimals(value);
    if (unit.equals("percent")) {
      return number + "%";
    }
    return BARE_UNITS.contains(unit) ? number : number + " " + unit;
  }

  /**
   * {@code BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()}:
   * the shortest decimal of {@code value} rounded half up to cents, trailing zeros dropped. Below
   * {@link #FAST_LIMIT} and away from a half cent the cents are read off {@code value * 100}
   * directly; the rounding is then the same, because the shortest decimal lies within half an ulp
   * of the value, far less than its distance to the half cent. Anything else goes through
   * {@link BigDecimal} as written above.
   */
  static String twoDecimals(double value) {
    double magnitude = Math.abs(value);
    if (magnitude < FAST_LIMIT) {
      double hundredths = magnitude * 100.0;
      double whole = Math.floor(hundredths);
      double fraction = hundredths - whole; // exact below 2^52
      if (Math.abs(fraction - 0.5) > HALF_CENT_MARGIN) {
        long cents = (long) whole + (fraction > 0.5 ? 1 : 0);
        return cents(value < 0 && cents != 0, cents);
      }
    }
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }

  /** {@code cents} as units with at most 2 decimals and no trailing zero, for example 120 as "1.2". */
  private static String cents(boolean negative, long cents) {
    long units = cents / 100;
    int rest = (int) (cents % 100);
    String sign = negative ? "-" : "";
    if (rest == 0) {
      return sign + units;
    }
    if (rest % 10 == 0) {
      return sign + units + "." + (rest / 10);
    }
    return sign + units + (rest < 10 ? ".0" : ".") + rest;
  }
}
