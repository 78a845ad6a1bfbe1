package dev.northbound.scoring.models.decision.change;

import dev.northbound.scoring.core.credit.DataSource;
import dev.northbound.scoring.core.feature.FeatureVector;
import dev.northbound.scoring.core.model.ScoringModel;
import dev.northbound.scoring.models.decision.Decision;
import dev.northbound.scoring.models.decision.DecisionOutcome;
import dev.northbound.scoring.models.decision.DecisionReason;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * What would change a Refer or a Decline: the documents the applicant could bring that would most
 * raise the score or lift a policy rule (docs/what-would-change.md).
 *
 * <p>For each {@link DocumentAction}, the vector is changed as the action documents (only the
 * features it can be sure of, no amount invented), rescored for the points gain and decided again by
 * the caller's {@link Redecider}; a rule of the original decision that is absent after is lifted.
 * Rules the vector cannot show are lifted by a fixed table: {@code RF_INCOME_MISSING} by a tax
 * assessment, {@code RF_OBLIGATIONS_MISSING} by a Hong Kong bureau report (for a file without one),
 * {@code RF_CONSENT_MISSING} by a consent, {@code RF_NO_DOCUMENTS} and
 * {@code RF_DOCUMENT_UNVERIFIED} by verified documents. A document of a source the file holds
 * without consent is not suggested (it would not be read); the consent is. A knock-out ({@code KO_} rule) is not changed
 * by any document: a decision with one gets no suggestion. For the month actions the amount is the
 * smallest number of months that reaches the best result (better outcome, then larger gain, then
 * more rules lifted).
 *
 * <p>Stateless and thread-safe as long as the points function and the redecider are.
 */
public final class WhatWouldChange {

  private WhatWouldChange() {}

  /**
   * The suggestions for a decision, scoring with {@code model}'s points.
   *
   * @see #suggest(Decision, FeatureVector, ToDoubleFunction, Redecider, int)
   */
  public static List<DocumentSuggestion> suggest(Decision decision, FeatureVector vector, ScoringModel model,
      Redecider redecider, int max) {
    Objects.requireNonNull(model, "model");
    return suggest(decision, vector, v -> model.score(v).points(), redecider, max);
  }

  /**
   * The suggestions for a decision: at most {@code max} documents that help (a positive points gain
   * or a lifted rule), those whose outcome after is known and better first (best outcome first), then
   * by points gain (largest first), then in {@link DocumentAction} order. An approval, or a decision
   * with a knock-out, gets an empty list.
   *
   * @param decision the decision made on {@code vector}
   * @param vector the vector the decision was made on
   * @param points the score of a vector in points (for a capacity x willingness model, the caller
   *     chooses, for example the willingness points)
   * @param redecider decides again on a changed vector, as {@code decision} was made
   * @param max the most suggestions to return, at least 1
   * @throws IllegalArgumentException if {@code max} is below 1
   */
  public static List<DocumentSuggestion> suggest(Decision decision, FeatureVector vector,
      ToDoubleFunction<FeatureVector> points, Redecider redecider, int max) {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(vector, "vector");
    Objects.requireNonNull(points, "points");
    Objects.requireNonNull(redecider, "redecider");
    if (max < 1) {
      throw new IllegalArgumentException("max must be at least 1, found " + max);
    }
    Set<String> before = codes(decision.rules());
    if (decision.outcome() == DecisionOutcome.APPROVE || before.stream().anyMatch(c -> c.startsWith("KO_"))) {
      return List.of();
    }
    Context cx = new Context(decision.outcome(), before, vector, points.applyAsDouble(vector), points, redecider);
    Set<DataSource> withoutConsent = ConsentSources.of(vector);
    List<DocumentSuggestion> found = new ArrayList<>();
    for (DocumentAction a : DocumentAction.values()) {
      if (a.source().filter(withoutConsent::contains).isEmpty()) {
        best(cx, a).ifPresent(found::add);
      }
    }
    found.sort(order(decision.outcome()));
    return List.copyOf(found.subList(0, Math.min(max, found.size())));
  }

  /** The codes of the rules that no document changes (the knock-outs), in the decision's order. */
  public static List<String> notChangedByDocuments(Decision decision) {
    return decision.rules().stream().map(DecisionReason::code).filter(c -> c.startsWith("KO_")).toList();
  }

  private record Context(DecisionOutcome outcome, Set<String> rules, FeatureVector vector, double points,
      ToDoubleFunction<FeatureVector> scorer, Redecider redecider) {}

  private static Comparator<DocumentSuggestion> order(DecisionOutcome before) {
    return Comparator.<DocumentSuggestion>comparingInt(s -> s.improves(before) ? s.outcomeAfter().get().ordinal() : 3)
        .thenComparing(Comparator.comparingDouble(DocumentSuggestion::pointsGain).reversed())
        .thenComparingInt(s -> s.action().ordinal());
  }

  /** The most helpful amount of one action, or empty if no amount helps. */
  private static Optional<DocumentSuggestion> best(Context cx, DocumentAction action) {
    Comparator<DocumentSuggestion> better = order(cx.outcome())
        .thenComparing(Comparator.comparingInt((DocumentSuggestion s) -> s.liftedRules().size()).reversed());
    DocumentSuggestion best = null;
    for (int amount : FeatureChanges.amounts(action, cx.vector())) {
      Optional<DocumentSuggestion> s = evaluate(cx, action, amount);
      if (s.isPresent() && (best == null || better.compare(s.get(), best) < 0)) {
        best = s.get();
      }
    }
    return Optional.ofNullable(best);
  }

  private static Optional<DocumentSuggestion> evaluate(Context cx, DocumentAction action, int amount) {
    Set<String> tableLifts = RuleLifts.lifted(action, cx.rules(), cx.vector());
    Optional<FeatureVector> changed = FeatureChanges.apply(action, cx.vector(), amount);
    if (changed.isEmpty() && tableLifts.isEmpty()) {
      return Optional.empty();
    }
    double gain = 0;
    Set<String> after = cx.rules();
    DecisionOutcome outcome = cx.outcome();
    if (changed.isPresent()) {
      gain = cx.scorer().applyAsDouble(changed.get()) - cx.points();
      Decision d = cx.redecider().decide(changed.get());
      after = codes(d.rules());
      outcome = d.outcome();
    }
    Set<String> remaining = new LinkedHashSet<>(after);
    boolean byTable = remaining.removeAll(tableLifts);
    List<String> lifted = cx.rules().stream().filter(c -> !remaining.contains(c)).toList();
    if (!(gain > 0) && lifted.isEmpty()) {
      return Optional.empty();
    }
    Optional<DecisionOutcome> outcomeAfter = byTable ? worst(remaining) : Optional.of(outcome);
    String en;
    String zh;
    if (action == DocumentAction.CONSENT) {
      Set<DataSource> sources = ConsentSources.of(cx.vector());
      en = action.textEn(ConsentSources.en(sources));
      zh = action.textZh(ConsentSources.zh(sources));
    } else {
      en = action.textEn(amount);
      zh = action.textZh(amount);
    }
    return Optional.of(new DocumentSuggestion(action, amount, en, zh, gain, lifted, outcomeAfter));
  }

  /** The worst outcome the refer and decline rules among {@code codes} give, or empty if none remains. */
  private static Optional<DecisionOutcome> worst(Set<String> codes) {
    if (codes.stream().anyMatch(RuleLifts::declines)) {
      return Optional.of(DecisionOutcome.DECLINE);
    }
    return codes.stream().anyMatch(RuleLifts::adverse) ? Optional.of(DecisionOutcome.REFER) : Optional.empty();
  }

  private static Set<String> codes(List<DecisionReason> rules) {
    Set<String> codes = new LinkedHashSet<>();
    for (DecisionReason r : rules) {
      codes.add(r.code());
    }
    return codes;
  }
}
