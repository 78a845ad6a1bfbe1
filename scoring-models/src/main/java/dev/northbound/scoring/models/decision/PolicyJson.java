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
    Limit limit,
    ConsentSection consent,
    ThinFilePath thinFilePath,
    Boolean secondLook) {

  record KnockOuts(Integer chargeOffWithinYears) {}

  record PointsCutoffs(Double approveAtOrAbove, Double referAtOrAbove) {}

  record GradeCutoffs(List<String> approve, List<String> refer) {}

  record ThinFile(Integer minBureauAccounts, List<String> alternativeDataFeatures, Integer minimumPresent) {}

  record Limit(String incomeFeature, String obligationsFeature, BigDecimal maxDebtToIncome, BigDecimal roundDownTo,
      Card card) {}

  record Card(String rule, BigDecimal minPaymentRate, BigDecimal multiple) {}

  record ConsentSection(String bank, String purpose, Boolean crossBorder) {}

  record ThinFilePath(Obligations obligations, List<Evidence> evidence, Starter starterLimit,
      PointsCutoffs pointsCutoffs, GradeCutoffs gradeCutoffs) {}

  record Obligations(String declaredFeature, BigDecimal declaredUplift, List<String> evidencedFeatures,
      BigDecimal floorShareOfIncome) {}

  record Evidence(String feature, Double atLeast) {}

  record Starter(BigDecimal maxAmount, Integer maxTermMonths) {}
}
