package dev.northbound.scoring.models.decision;

import static dev.northbound.scoring.core.definition.DefinitionJson.fail;
import static dev.northbound.scoring.core.definition.DefinitionJson.required;

import dev.northbound.scoring.core.feature.FeatureSchema;
import dev.northbound.scoring.core.feature.FeatureVector;
import dev.northbound.scoring.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The policy's optional thin-file path, bound to a schema: how obligations are established without a
 * bureau file, the alternative-data evidence required, and the starter limit. Immutable.
 */
final class ThinFileRules {

  private static final BigDecimal MAX_UPLIFT = BigDecimal.TEN;

  /** The declared-obligations feature, or -1 when the path does not establish obligations. */
  private final int declaredIndex;
  private final BigDecimal upliftFactor;
  private final int[] evidenced;
  private final BigDecimal floorShare;
  private final List<EvidenceRequirement> evidence;
  private final int[] evidenceIndexes;
  private final Optional<StarterLimit> starter;

  private ThinFileRules(int declaredIndex, BigDecimal upliftFactor, int[] evidenced, BigDecimal floorShare,
      List<EvidenceRequirement> evidence, int[] evidenceIndexes, Optional<StarterLimit> starter) {
    this.declaredIndex = declaredIndex;
    this.upliftFactor = upliftFactor;
    this.evidenced = evidenced;
    this.floorShare = floorShare;
    this.evidence = evidence;
    this.evidenceIndexes = evidenceIndexes;
    this.starter = starter;
  }

  /** Binds the section, or returns empty when the policy has none. */
  static Optional<ThinFileRules> of(PolicyJson.ThinFilePath j, FeatureSchema schema, Currency currency) {
    if (j == null) {
      return Optional.empty();
    }
    if (j.obligations() == null && j.evidence() == null && j.starterLimit() == null && j.pointsCutoffs() == null
        && j.gradeCutoffs() == null) {
      throw fail("/thinFilePath", "must define obligations, evidence, starterLimit or cutoffs", "none of them");
    }
    int declared = -1;
    BigDecimal factor = BigDecimal.ONE;
    int[] evidenced = new int[0];
    BigDecimal floor = BigDecimal.ZERO;
    PolicyJson.Obligations o = j.obligations();
    if (o != null) {
      String p = "/thinFilePath/obligations";
      declared = PolicyChecks.feature(schema, o.declaredFeature(), p + "/declaredFeature");
      BigDecimal uplift = required(o.declaredUplift(), p + "/declaredUplift");
      if (uplift.signum() < 0 || uplift.compareTo(MAX_UPLIFT) > 0) {
        throw fail(p + "/declaredUplift", "must be between 0 and 10", "a value outside that range");
      }
      factor = BigDecimal.ONE.add(uplift);
      List<String> names = o.evidencedFeatures() == null ? List.of() : o.evidencedFeatures();
      evidenced = indexes(schema, names, p + "/evidencedFeatures");
      floor = o.floorShareOfIncome() == null ? BigDecimal.ZERO : o.floorShareOfIncome();
      if (floor.signum() < 0 || floor.compareTo(BigDecimal.ONE) > 0) {
        throw fail(p + "/floorShareOfIncome", "must be between 0 and 1", "a value outside that range");
      }
    }
    List<EvidenceRequirement> evidence = List.of();
    int[] evidenceIndexes = new int[0];
    if (j.evidence() != null) {
      if (j.evidence().isEmpty()) {
        throw fail("/thinFilePath/evidence", "must list at least one requirement", "an empty list");
      }
      List<EvidenceRequirement> list = new ArrayList<>();
      List<String> names = new ArrayList<>();
      for (int i = 0; i < j.evidence().size(); i++) {
        String p = "/thinFilePath/evidence/" + i;
        PolicyJson.Evidence e = required(j.evidence().get(i), p);
        names.add(required(e.feature(), p + "/feature"));
        double atLeast = required(e.atLeast(), p + "/atLeast");
        if (!Double.isFinite(atLeast)) {
          throw fail(p + "/atLeast", "must be finite", "a value that is not finite");
        }
        list.add(new EvidenceRequirement(e.feature(), atLeast));
      }
      evidenceIndexes = indexes(schema, names, "/thinFilePath/evidence", "/feature");
      evidence = List.copyOf(list);
    }
    return Optional.of(new ThinFileRules(declared, factor, evidenced, floor, evidence, evidenceIndexes,
        starter(j.starterLimit(), currency)));
  }

  private static Optional<StarterLimit> starter(PolicyJson.Starter s, Currency currency) {
    if (s == null) {
      return Optional.empty();
    }
    BigDecimal max = required(s.maxAmount(), "/thinFilePath/starterLimit/maxAmount");
    if (max.signum() <= 0 || max.stripTrailingZeros().scale() > Money.MAX_SCALE) {
      throw fail("/thinFilePath/starterLimit/maxAmount", "must be positive with at most 2 decimal places",
          "another number");
    }
    int term = PolicyChecks.range(s.maxTermMonths(), 1, 480, "/thinFilePath/starterLimit/maxTermMonths");
    return Optional.of(new StarterLimit(Money.of(max.setScale(2, RoundingMode.UNNECESSARY), currency), term));
  }

  private static int[] indexes(FeatureSchema schema, List<String> names, String pointer) {
    return indexes(schema, names, pointer, "");
  }

  private static int[] indexes(FeatureSchema schema, List<String> names, String pointer, String suffix) {
    int[] out = new int[names.size()];
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < out.length; i++) {
      String p = pointer + "/" + i + suffix;
      out[i] = PolicyChecks.feature(schema, names.get(i), p);
      if (!seen.add(names.get(i))) {
        throw fail(p, "must not repeat a feature", "a repeated feature");
      }
    }
    return out;
  }

  /** Whether the path establishes obligations for a thin file whose obligations feature is missing. */
  boolean establishesObligations() {
    return declaredIndex >= 0;
  }

  /**
   * A thin file's monthly obligations: {@code max(declared * (1 + uplift), sum of the evidenced
   * features present, income * floorShareOfIncome)}, exactly; empty when the declared feature is
   * missing (or the path establishes none). The floor term counts only when income is present.
   */
  Optional<BigDecimal> obligations(FeatureVector vector, Optional<BigDecimal> income) {
    if (declaredIndex < 0 || vector.isMissing(declaredIndex)) {
      return Optional.empty();
    }
    BigDecimal result = Affordability.amountFeature(vector, declaredIndex).multiply(upliftFactor);
    BigDecimal evidencedSum = BigDecimal.ZERO;
    for (int i : evidenced) {
      if (!vector.isMissing(i)) {
        evidencedSum = evidencedSum.add(Affordability.amountFeature(vector, i));
      }
    }
    result = result.max(evidencedSum);
    if (income.isPresent()) {
      result = result.max(income.get().multiply(floorShare));
    }
    return Optional.of(result);
  }

  /** Whether every evidence requirement is met: its feature present and at least the threshold. */
  boolean evidenceMet(FeatureVector vector) {
    for (int k = 0; k < evidenceIndexes.length; k++) {
      int i = evidenceIndexes[k];
      if (vector.isMissing(i) || !evidence.get(k).metBy(vector.value(i))) {
        return false;
      }
    }
    return true;
  }

  List<EvidenceRequirement> evidence() {
    return evidence;
  }

  Optional<StarterLimit> starter() {
    return starter;
  }

  /** The evidence requirements as rule text: {@code "f at least 6; g at least 1"}. */
  String evidenceText() {
    StringBuilder sb = new StringBuilder();
    for (EvidenceRequirement e : evidence) {
      sb.append(sb.length() == 0 ? "" : "; ").append(e.feature()).append(" >= ")
          .append(BigDecimal.valueOf(e.atLeast()).stripTrailingZeros().toPlainString());
    }
    return sb.toString();
  }

  /** Every feature the path reads. */
  List<Integer> features() {
    List<Integer> out = new ArrayList<>();
    if (declaredIndex >= 0) {
      out.add(declaredIndex);
    }
    for (int i : evidenced) {
      out.add(i);
    }
    for (int i : evidenceIndexes) {
      out.add(i);
    }
    return out;
  }
}
