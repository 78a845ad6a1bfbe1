package dev.northbound.scoring.features.support;

import dev.northbound.scoring.core.credit.Account;
import dev.northbound.scoring.core.credit.HkCreditReport;
import dev.northbound.scoring.core.feature.ExtractionContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One pass over a bureau report's accounts as of a date, shared by the bureau and debt extractors
 * of one extraction: which accounts are visible (opened by the as-of date) and open (opened by then
 * and not closed on or before it), and the account ages that the depth and demand features need.
 *
 * <p>Each thread has one instance, prepared by {@link #of} for one report and context (compared by
 * identity), so the extractors of one extraction read each account's dates once. Not thread-safe;
 * confined to its thread; allocation-free once its arrays have grown to the largest report seen.
 */
public final class AccountPass {

  private static final ThreadLocal<AccountPass> SCRATCH = ThreadLocal.withInitial(AccountPass::new);

  private HkCreditReport report;
  private ExtractionContext ctx;
  private boolean[] visible = new boolean[16];
  private boolean[] open = new boolean[16];
  private int visibleCount;
  private long oldestAge;
  private long totalAge;
  private int openedWithin12;

  private AccountPass() {}

  /** This thread's pass over the report's accounts as of the context's date. */
  public static AccountPass of(HkCreditReport report, ExtractionContext ctx) {
    AccountPass p = SCRATCH.get();
    if (p.report != report || p.ctx != ctx) {
      p.scan(report, ctx);
    }
    return p;
  }

  private void scan(HkCreditReport data, ExtractionContext context) {
    this.report = null;
    LocalDate asOf = context.asOf();
    List<Account> accounts = data.accounts();
    int n = accounts.size();
    if (visible.length < n) {
      visible = new boolean[Math.max(n, visible.length * 2)];
      open = new boolean[visible.length];
    }
    visibleCount = 0;
    oldestAge = 0L;
    totalAge = 0L;
    openedWithin12 = 0;
    for (int i = 0; i < n; i++) {
      Account a = accounts.get(i);
      boolean seen = !a.openedOn().isAfter(asOf);
      visible[i] = seen;
      if (!seen) {
        open[i] = false;
        continue;
      }
      Optional<LocalDate> closed = a.closedOn();
      open[i] = closed.isEmpty() || closed.get().isAfter(asOf);
      long age = Dates.fullMonths(a.openedOn(), asOf);
      visibleCount++;
      totalAge += age;
      oldestAge = Math.max(oldestAge, age);
      openedWithin12 += age < 12 ? 1 : 0;
    }
    this.ctx = context;
    this.report = data;
  }

  /** Whether account {@code i} had been opened by the as-of date. */
  public boolean isVisible(int i) {
    return visible[i];
  }

  /** Whether account {@code i} was open on the as-of date: opened by then and not closed on or before it. */
  public boolean isOpen(int i) {
    return open[i];
  }

  /** The accounts opened by the as-of date. */
  public int visibleCount() {
    return visibleCount;
  }

  /** The most whole months from a visible account's opening to the as-of date; 0 if none is visible. */
  public long oldestAgeMonths() {
    return oldestAge;
  }

  /** The sum over the visible accounts of the whole months from opening to the as-of date. */
  public long totalAgeMonths() {
    return totalAge;
  }

  /** The accounts opened in the last 12 months ({@link Dates#withinMonths} with 12). */
  public int openedWithin12Months() {
    return openedWithin12;
  }
}
