package dev.northbound.scoring.models.decision.change;

import dev.northbound.scoring.core.feature.FeatureVector;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fixed table of rules a document lifts although the vector cannot show it: rules that read the
 * credit file (documents, consent) or the mere presence of a feature whose amount the document
 * brings but this package never invents (income, obligations).
 */
final class RuleLifts {
  private static final Map<DocumentAction, List<String>> LIFTS = Map.of(
      DocumentAction.TAX_ASSESSMENT, List.of("RF_INCOME_MISSING"),
      DocumentAction.HK_BUREAU_REPORT, List.of("RF_OBLIGATIONS_MISSING"),
      DocumentAction.CONSENT, List.of("RF_CONSENT_MISSING"),
      DocumentAction.VERIFIED_DOCUMENTS, List.of("RF_NO_DOCUMENTS", "RF_DOCUMENT_UNVERIFIED"));

  private RuleLifts() {}

  /**
   * The codes among {@code rules} that {@code action} lifts by the table. A bureau report is
   * suggested only for a vector whose {@code has_bureau_file} is present and 0.
   */
  static Set<String> lifted(DocumentAction action, Set<String> rules, FeatureVector vector) {
    if (action == DocumentAction.HK_BUREAU_REPORT
        && !new FeatureEdit(vector).present("has_bureau_file").map(v -> v == 0).orElse(false)) {
      return Set.of();
    }
    return Set.copyOf(LIFTS.getOrDefault(action, List.of()).stream().filter(rules::contains).toList());
  }

  /** Whether a rule code declines (a knock-out, the decline band or no capacity); other refer or approve. */
  static boolean declines(String code) {
    return code.startsWith("KO_") || code.startsWith("AF_") || code.equals("SC_DECLINE");
  }

  /** Whether a rule code refers or declines (codes starting RF_ or SC_, or a declining code). */
  static boolean adverse(String code) {
    return declines(code) || code.startsWith("RF_") || code.startsWith("SC_");
  }
}
