package dev.northbound.scoring.models.decision.change;

import static dev.northbound.scoring.models.decision.change.ChangeFixtures.AS_OF;
import static dev.northbound.scoring.models.decision.change.ChangeFixtures.CARD;
import static dev.northbound.scoring.models.decision.change.ChangeFixtures.POLICY_PARSED;
import static dev.northbound.scoring.models.decision.change.ChangeFixtures.thinValues;
import static dev.northbound.scoring.models.decision.change.ChangeFixtures.vector;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.northbound.scoring.core.credit.AgeBand;
import dev.northbound.scoring.core.credit.CreditFile;
import dev.northbound.scoring.core.feature.FeatureVector;
import dev.northbound.scoring.core.feature.MissingReason;
import dev.northbound.scoring.models.decision.Decision;
import dev.northbound.scoring.models.decision.DecisionOutcome;
import dev.northbound.scoring.models.decision.DecisionPolicy;
import dev.northbound.scoring.models.decision.DecisionReason;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WhatWouldChangeTest {

  private static Redecider redecider(DecisionPolicy policy, CreditFile file) {
    return v -> policy.decide(file, v, CARD.score(v), AS_OF);
  }

  private static Decision decide(CreditFile file, FeatureVector v) {
    return POLICY_PARSED.decide(file, v, CARD.score(v), AS_OF);
  }

  private static List<String> codes(Decision d) {
    return d.rules().stream().map(DecisionReason::code).toList();
  }

  private static List<DocumentSuggestion> suggest(CreditFile file, FeatureVector v, int max) {
    return WhatWouldChange.suggest(decide(file, v), v, CARD, redecider(POLICY_PARSED, file), max);
  }

  @Test
  void suggest_thinFileReferBestIsSixMonthsOfMpf() {
    CreditFile file = ChangeFixtures.thin(AgeBand.AGE_18_24);
    FeatureVector v = vector(thinValues(), MissingReason.NO_HISTORY);
    Decision d = decide(file, v);
    assertThat(CARD.score(v).points()).isEqualTo(580.0);
    assertThat(codes(d)).containsExactly("RF_THIN_FILE", "SC_REFER");

    List<DocumentSuggestion> s = suggest(file, v, 10);
    // MPF n: months n (>= 6: +40), 12m 4 + n (>= 6: +30), has_mpf 0 -> 1 so 3 sources (still 20); n = 6 is the
    // smallest reaching 650: approve, gain 70. Social insurance n >= 2: 12m >= 6, +30 (610, refer; still thin).
    // Rent: ratio 1.0 +15, 3 sources: 595, refer, thin lifted (rent and utility present). Tax: paid share 1.0 +10:
    // 590. Utility and telecom bills change no points and lift nothing: not suggested.
    assertThat(s).extracting(DocumentSuggestion::action, DocumentSuggestion::amount, DocumentSuggestion::pointsGain,
            DocumentSuggestion::liftedRules, DocumentSuggestion::outcomeAfter)
        .containsExactly(
            tuple(DocumentAction.MPF_MONTHS, 6, 70.0, List.of("RF_THIN_FILE", "SC_REFER"),
                Optional.of(DecisionOutcome.APPROVE)),
            tuple(DocumentAction.SOCIAL_INSURANCE_MONTHS, 2, 30.0, List.of(), Optional.of(DecisionOutcome.REFER)),
            tuple(DocumentAction.RENT_RECORD, 12, 15.0, List.of("RF_THIN_FILE"), Optional.of(DecisionOutcome.REFER)),
            tuple(DocumentAction.TAX_ASSESSMENT, 1, 10.0, List.of(), Optional.of(DecisionOutcome.REFER)));
    assertThat(s.get(0).textEn()).isEqualTo("6 more months of MPF contributions");
    assertThat(s.get(0).textZh()).isEqualTo("再提供6个月的强积金供款记录");
    assertThat(s.get(2).textEn()).isEqualTo("12 months of rent paid on time");
    assertThat(s.get(3).textZh()).isEqualTo("一份按时申报并按时缴税的香港薪俸税评税记录");
    assertThat(suggest(file, v, 2)).extracting(DocumentSuggestion::action)
        .containsExactly(DocumentAction.MPF_MONTHS, DocumentAction.SOCIAL_INSURANCE_MONTHS);
  }

  @Test
  void suggest_declineOnScoreMovedToRefer() {
    // A thick file, 60 days past due this year (-40), 3 MPF months (0), the last 12 months covered (+30), one
    // source (0): 560 + 30 - 40 = 550, decline band. No month can be added. Rent: +15 and 2 sources +20 = 585;
    // tax: +10 and +20 = 580; both refer. Utility or telecom bills: 2 sources, +20 = 570, still declined.
    Map<String, Double> values = Map.ofEntries(
        Map.entry("verified_monthly_income", 20000.0), Map.entry("monthly_debt_service", 3000.0),
        Map.entry("has_bureau_file", 1.0), Map.entry("worst_status_12m", 2.0),
        Map.entry("has_mpf", 1.0), Map.entry("mpf_contribution_months", 3.0),
        Map.entry("verified_income_months_12m", 12.0), Map.entry("verified_income_months_24m", 20.0),
        Map.entry("alternative_data_months", 24.0), Map.entry("alternative_source_count", 1.0),
        Map.entry("has_rent", 0.0), Map.entry("has_utility_bills", 0.0), Map.entry("has_telecom_bills", 0.0),
        Map.entry("has_tax_records", 0.0), Map.entry("has_social_insurance", 0.0));
    FeatureVector v = vector(values, MissingReason.NO_HISTORY);
    CreditFile file = ChangeFixtures.thick();
    Decision d = decide(file, v);
    assertThat(codes(d)).containsExactly("SC_DECLINE");

    List<DocumentSuggestion> s = suggest(file, v, 3);
    assertThat(s).extracting(DocumentSuggestion::action, DocumentSuggestion::pointsGain,
            DocumentSuggestion::liftedRules, DocumentSuggestion::outcomeAfter)
        .containsExactly(
            tuple(DocumentAction.RENT_RECORD, 35.0, List.of("SC_DECLINE"), Optional.of(DecisionOutcome.REFER)),
            tuple(DocumentAction.TAX_ASSESSMENT, 30.0, List.of("SC_DECLINE"), Optional.of(DecisionOutcome.REFER)),
            tuple(DocumentAction.UTILITY_BILLS, 20.0, List.of(), Optional.of(DecisionOutcome.DECLINE)));
    assertThat(s.get(0).improves(DecisionOutcome.DECLINE)).isTrue();
    assertThat(s.get(2).improves(DecisionOutcome.DECLINE)).isFalse();
  }

  @Test
  void suggest_knockOutGetsNothing() {
    CreditFile file = ChangeFixtures.thin(AgeBand.UNDER_18);
    FeatureVector v = vector(thinValues(), MissingReason.NO_HISTORY);
    Decision d = decide(file, v);
    assertThat(codes(d)).containsExactly("KO_UNDER_18", "RF_THIN_FILE", "SC_REFER");
    assertThat(WhatWouldChange.suggest(d, v, CARD, redecider(POLICY_PARSED, file), 5)).isEmpty();
    assertThat(WhatWouldChange.notChangedByDocuments(d)).containsExactly("KO_UNDER_18");
  }

  @Test
  void suggest_approvalGetsNothing() {
    Map<String, Double> values = thinValues();
    values.put("has_mpf", 1.0);
    values.put("mpf_contribution_months", 6.0);
    values.put("verified_income_months_12m", 10.0);
    FeatureVector v = vector(values, MissingReason.NO_HISTORY);
    CreditFile file = ChangeFixtures.thin(AgeBand.AGE_18_24);
    Decision d = decide(file, v);
    assertThat(d.outcome()).isEqualTo(DecisionOutcome.APPROVE);
    assertThat(WhatWouldChange.suggest(d, v, CARD, redecider(POLICY_PARSED, file), 5)).isEmpty();
  }

  @Test
  void suggest_incomeMissingLiftedByTaxAssessmentWithoutInventingIncome() {
    Map<String, Double> values = thinValues();
    values.remove("verified_monthly_income");
    FeatureVector v = vector(values, MissingReason.NO_HISTORY);
    CreditFile file = ChangeFixtures.thin(AgeBand.AGE_18_24);
    assertThat(codes(decide(file, v))).containsExactly("RF_INCOME_MISSING", "RF_THIN_FILE", "SC_REFER");

    List<DocumentSuggestion> s = suggest(file, v, 10);
    // No outcome is known to improve: income stays missing after MPF months (the amount is unknown), and the
    // tax assessment lifts RF_INCOME_MISSING by the table while RF_THIN_FILE and SC_REFER remain.
    assertThat(s).extracting(DocumentSuggestion::action, DocumentSuggestion::pointsGain,
            DocumentSuggestion::liftedRules, DocumentSuggestion::outcomeAfter)
        .containsExactly(
            tuple(DocumentAction.MPF_MONTHS, 70.0, List.of("RF_THIN_FILE", "SC_REFER"),
                Optional.of(DecisionOutcome.REFER)),
            tuple(DocumentAction.SOCIAL_INSURANCE_MONTHS, 30.0, List.of(), Optional.of(DecisionOutcome.REFER)),
            tuple(DocumentAction.RENT_RECORD, 15.0, List.of("RF_THIN_FILE"), Optional.of(DecisionOutcome.REFER)),
            tuple(DocumentAction.TAX_ASSESSMENT, 10.0, List.of("RF_INCOME_MISSING"),
                Optional.of(DecisionOutcome.REFER)));
  }

  @Test
  void suggest_taxAssessmentLiftingTheLastRuleLeavesTheOutcomeOpen() {
    Map<String, Double> values = thinValues();
    values.remove("verified_monthly_income");
    values.put("has_mpf", 1.0);
    values.put("mpf_contribution_months", 6.0);
    values.put("verified_income_months_12m", 10.0);
    FeatureVector v = vector(values, MissingReason.NO_HISTORY);
    CreditFile file = ChangeFixtures.thin(AgeBand.AGE_18_24);
    assertThat(codes(decide(file, v))).containsExactly("RF_INCOME_MISSING");

    // 560 + 40 + 30 + 20 = 650. Tax: +10, lifts the only rule; whether it approves depends on the income it shows.
    List<DocumentSuggestion> s = suggest(file, v, 10);
    assertThat(s).extracting(DocumentSuggestion::action, DocumentSuggestion::pointsGain,
            DocumentSuggestion::liftedRules, DocumentSuggestion::outcomeAfter)
        .containsExactly(
            tuple(DocumentAction.RENT_RECORD, 15.0, List.of(), Optional.of(DecisionOutcome.REFER)),
            tuple(DocumentAction.TAX_ASSESSMENT, 10.0, List.of("RF_INCOME_MISSING"), Optional.empty()));
  }

  @Test
  void suggest_unverifiedDocumentAndMissingObligations() {
    String json = ChangeFixtures.POLICY.replace("\"obligationsFeature\": \"monthly_debt_service\"",
        "\"obligationsFeature\": \"existing_monthly_debt_service\"");
    DecisionPolicy policy = ChangeFixtures.policy(json);
    Map<String, Double> values = thinValues();
    values.put("has_mpf", 1.0);
    values.put("mpf_contribution_months", 6.0);
    values.put("verified_income_months_12m", 12.0);
    FeatureVector v = vector(values, MissingReason.NO_HISTORY,
        Map.of("existing_monthly_debt_service", MissingReason.NO_BUREAU_FILE));
    CreditFile file = new CreditFile(ChangeFixtures.loan(AgeBand.AGE_25_34), Optional.empty(),
        dev.northbound.scoring.core.credit.AlternativeData.empty(),
        List.of(ChangeFixtures.document(dev.northbound.scoring.core.verify.VerificationStatus.UNVERIFIED)));
    Decision d = policy.decide(file, v, CARD.score(v), AS_OF);
    assertThat(codes(d)).containsExactly("RF_DOCUMENT_UNVERIFIED", "RF_OBLIGATIONS_MISSING");

    // 560 + 40 + 30 + 20 = 650: approve band. All 12 months covered, so no month can be added; rent +15 and
    // tax +10 raise the points but lift nothing; the table lifts the two rules the vector cannot show.
    List<DocumentSuggestion> s = WhatWouldChange.suggest(d, v, CARD, v2 -> policy.decide(file, v2, CARD.score(v2),
        AS_OF), 10);
    assertThat(s).extracting(DocumentSuggestion::action, DocumentSuggestion::pointsGain,
            DocumentSuggestion::liftedRules, DocumentSuggestion::outcomeAfter)
        .containsExactly(
            tuple(DocumentAction.RENT_RECORD, 15.0, List.of(), Optional.of(DecisionOutcome.REFER)),
            tuple(DocumentAction.TAX_ASSESSMENT, 10.0, List.of(), Optional.of(DecisionOutcome.REFER)),
            tuple(DocumentAction.HK_BUREAU_REPORT, 0.0, List.of("RF_OBLIGATIONS_MISSING"),
                Optional.of(DecisionOutcome.REFER)),
            tuple(DocumentAction.VERIFIED_DOCUMENTS, 0.0, List.of("RF_DOCUMENT_UNVERIFIED"),
                Optional.of(DecisionOutcome.REFER)));
  }

  @Test
  void suggest_consentMissingSuggestsAConsentNamingTheSources() {
    Map<String, Double> values = thinValues();
    values.put("has_mpf", Double.NaN);
    values.put("mpf_contribution_months", Double.NaN);
    values.put("rent_on_time_ratio", Double.NaN);
    FeatureVector v = vector(values, MissingReason.NO_HISTORY);
    CreditFile file = ChangeFixtures.thin(AgeBand.AGE_18_24);
    Decision real = decide(file, v);
    // The consent rule reads the file, so a redecider keeps it: built here as the policy will report it.
    Decision d = new dev.northbound.scoring.models.decision.Refer(
        List.of(new DecisionReason("RF_CONSENT_MISSING", "Consent is missing", "缺少授权")), List.of(), real.audit());
    List<DocumentSuggestion> s = WhatWouldChange.suggest(d, v, CARD, x -> d, 10);
    // MPF and rent documents would not be read without consent: not suggested. Social insurance 2 months: 12m
    // from 4 to 6, +30; tax +10; the consent lifts its rule (outcome open: no rule would remain).
    assertThat(s).extracting(DocumentSuggestion::action, DocumentSuggestion::amount, DocumentSuggestion::pointsGain)
        .containsExactly(tuple(DocumentAction.SOCIAL_INSURANCE_MONTHS, 2, 30.0),
            tuple(DocumentAction.TAX_ASSESSMENT, 1, 10.0), tuple(DocumentAction.CONSENT, 1, 0.0));
    DocumentSuggestion c = s.get(2);
    assertThat(c.action()).isEqualTo(DocumentAction.CONSENT);
    assertThat(c.liftedRules()).containsExactly("RF_CONSENT_MISSING");
    assertThat(c.outcomeAfter()).isEmpty();
    assertThat(c.textEn()).isEqualTo("A consent for this application covering: MPF contributions, rent payments");
    assertThat(c.textZh()).isEqualTo("涵盖以下数据来源的本次申请授权：强积金供款、租金缴付");
  }

  @Test
  void suggest_maxBelowOneRejected() {
    FeatureVector v = vector(thinValues(), MissingReason.NO_HISTORY);
    CreditFile file = ChangeFixtures.thin(AgeBand.AGE_18_24);
    assertThatThrownBy(() -> WhatWouldChange.suggest(decide(file, v), v, CARD, redecider(POLICY_PARSED, file), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("max must be at least 1, found 0");
  }
}
