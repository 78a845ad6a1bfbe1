package dev.northbound.scoring.models.decision;

import java.math.BigDecimal;
import java.util.List;

/**
 * The JSON binding of a decision policy, read strictly; every field is checked by
 * {@link DecisionPolicy} (nulls here mean "absent").
 */
record PolicyJson(
    String policyId,
    String version,
    String reportingCurrency,
    KnockOuts knockOuts,
    PointsCutoffs pointsCutoffs,
    GradeCutoffs gradeCutoffs,
    ThinFile thinFile,
    Limit limit) {

  record KnockOuts(Integer chargeOffWithinYears) {}

  record PointsCutoffs(Double approveAtOrAbove, Double referAtOrAbove) {}

  record GradeCutoffs(List<String> approve, List<String> refer) {}

  record ThinFile(Integer minBureauAccounts, List<String> alternativeDataFeatures, Integer minimumPresent) {}

  record Limit(String incomeFeature, String obligationsFeature, BigDecimal maxDebtToIncome, BigDecimal roundDownTo,
      Card card) {}

  record Card(String rule, BigDecimal minPaymentRate, BigDecimal multiple) {}
}
