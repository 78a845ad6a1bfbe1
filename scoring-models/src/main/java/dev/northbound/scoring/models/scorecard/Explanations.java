package dev.northbound.scoring.models.scorecard;

import dev.northbound.scoring.core.model.PartialScore;
import dev.northbound.scoring.core.model.ReasonCode;
import dev.northbound.scoring.core.model.ScoreHolder;
import dev.northbound.scoring.core.model.ScoreResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns a filled {@link ScoreHolder} into partial scores and bilingual reason codes (off the hot
 * path). Both name a characteristic by {@link Characteristic#name()}; an interaction's partial
 * score is labelled with its cell, and its reason code shows both of the applicant's values and
 * gives the missing reason when either is missing.
 */
final class Explanations {

  /** Units shown as a bare number. */
  private static final Set<String> BARE_UNITS = Set.of("ratio", "count", "flag", "score");

  /** What joins an interaction's two applicant values, for example {@code "3 months; 45%"}. */
  static final String VALUE_JOIN = "; ";

  private Explanations() {}

  private static String unit(Scorecard card, int index) {
    return card.schema().definition(index).unit();
  }

  static ScoreResult result(Scorecard card, double[] values, ScoreHolder holder) {
    List<Characteristic> chars = card.characteristics();
    List<PartialScore> partials = new ArrayList<>(chars.size());
    for (int c = 0; c < chars.size(); c++) {
      Characteristic ch = chars.get(c);
      partials.add(new PartialScore(ch.name(), ch.bins().get(holder.bin(c)).label(), holder.partial(c)));
    }
    return new ScoreResult(card.info(), holder.points(), holder.probabilityOfDefault(),
        card.grades().get(holder.grade()), partials, reasons(card, values, holder));
  }

  static List<ReasonCode> reasons(Scorecard card, double[] values, ScoreHolder holder) {
    List<ReasonCode> out = new ArrayList<>(holder.reasonCount());
    for (int r = 0; r < holder.reasonCount(); r++) {
      int c = holder.reasonCharacteristic(r);
      Characteristic ch = card.characteristics().get(c);
      Bin bin = ch.bins().get(holder.bin(c));
      double value = values[card.featureIndex(c)];
      String shown = applicantValue(bin instanceof CellBin cell ? cell.first() : bin, value,
          unit(card, card.featureIndex(c)));
      boolean missing = Double.isNaN(value);
      if (bin instanceof CellBin cell) {
        double partnerValue = values[card.partnerIndex(c)];
        shown += VALUE_JOIN + applicantValue(cell.second(), partnerValue, unit(card, card.partnerIndex(c)));
        missing |= Double.isNaN(partnerValue);
      }
      missing &= ch.missingReason().isPresent();
      out.add(new ReasonCode(ch.reasonCode(), ch.name(), holder.reasonPoints(r), shown,
          missing ? ch.missingReason().get().english() : ch.reasonEn(),
          missing ? ch.missingReason().get().chinese() : ch.reasonZh()));
    }
    return out;
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
    String number = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    if (unit.equals("percent")) {
      return number + "%";
    }
    return BARE_UNITS.contains(unit) ? number : number + " " + unit;
  }
}
