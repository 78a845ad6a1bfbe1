package dev.northbound.scoring.features.alternative;

import dev.northbound.scoring.core.credit.AlternativeData;
import dev.northbound.scoring.core.feature.ExtractionContext;
import dev.northbound.scoring.features.support.Dates;

/**
 * One pass over the bills and rent payments known as of a date, for the payment and coverage
 * extractors: the payment counts over a look-back window, and what coverage needs (the months of
 * the last {@value CoverageFeatures#WINDOW} with a known record, which kinds occur).
 *
 * <p>A bill or rent payment is known once its period has begun and its due date has passed (on or
 * before the as-of date); a payment made after the as-of date is not yet known, so the record counts
 * as unpaid then. It is on time when paid by its due date and by the as-of date; days late run from
 * the due date to the payment, or to the as-of date if unpaid then (0 if paid by the due date).
 *
 * <p>Each thread has one instance, prepared for one set of records and context, so that coverage
 * reuses the pass the payment extractor made in the same extraction. Dates are read as the epoch days
 * and month indexes the data keeps beside its records ({@link AlternativeData#billDueDay(int)} and
 * the like), so no record is followed. Not thread-safe;
 * confined to its thread; allocation-free.
 */
final class Schedule {

  private static final ThreadLocal<Schedule> SCRATCH = ThreadLocal.withInitial(Schedule::new);

  private AlternativeData alt;
  private ExtractionContext ctx;
  private int lookback;

  long utilities;
  long utilitiesOnTime;
  long telecoms;
  long telecomsOnTime;
  long rents;
  long rentsOnTime;
  long bills12;
  long lateBills12;
  long rents12;
  long lateRents12;
  /** The most days late over the window, -1 if none. */
  long maxLate;
  /** Months of the last {@link CoverageFeatures#WINDOW} with a known bill or rent payment. */
  long months;
  boolean utility;
  boolean telecom;
  boolean rent;

  private Schedule() {}

  /** This thread's pass over the given records, with payment counts over the last {@code lookback} months. */
  static Schedule of(AlternativeData alt, ExtractionContext ctx, int lookback) {
    Schedule s = SCRATCH.get();
    if (s.alt != alt || s.ctx != ctx || s.lookback != lookback) {
      s.scan(alt, ctx, lookback);
    }
    return s;
  }

  /** This thread's pass over the given records, for coverage: any look-back will do. */
  static Schedule of(AlternativeData alt, ExtractionContext ctx) {
    Schedule s = SCRATCH.get();
    return s.alt == alt && s.ctx == ctx ? s : of(alt, ctx, 0);
  }

  private void scan(AlternativeData data, ExtractionContext context, int window) {
    this.alt = null;
    long asOfDay = context.asOf().toEpochDay();
    int asOfMonth = Dates.monthIndex(context.asOf());
    utilities = 0L;
    utilitiesOnTime = 0L;
    telecoms = 0L;
    telecomsOnTime = 0L;
    bills12 = 0L;
    lateBills12 = 0L;
    maxLate = -1L;
    months = 0L;
    utility = false;
    telecom = false;
    int bills = data.bills().size();
    for (int i = 0; i < bills; i++) {
      int ago = asOfMonth - data.billPeriod(i);
      long dueDay = data.billDueDay(i);
      if (ago < 0 || dueDay > asOfDay) {
        continue;
      }
      boolean isTelecom = data.billKind(i).isTelecom();
      months |= ago < CoverageFeatures.WINDOW ? 1L << ago : 0L;
      telecom |= isTelecom;
      utility |= !isTelecom;
      if (ago >= window && ago >= 12) {
        continue;
      }
      long paidDay = data.billPaidDay(i);
      long onTime = paidDay <= asOfDay && paidDay <= dueDay ? 1L : 0L;
      if (ago < window) {
        maxLate = Math.max(maxLate, daysLate(paidDay, dueDay, asOfDay));
        if (isTelecom) {
          telecoms++;
          telecomsOnTime += onTime;
        } else {
          utilities++;
          utilitiesOnTime += onTime;
        }
      }
      if (ago < 12) {
        bills12++;
        lateBills12 += 1L - onTime;
      }
    }
    scanRent(data, asOfDay, asOfMonth, window);
    this.ctx = context;
    this.lookback = window;
    this.alt = data;
  }

  private void scanRent(AlternativeData data, long asOfDay, int asOfMonth, int window) {
    rents = 0L;
    rentsOnTime = 0L;
    rents12 = 0L;
    lateRents12 = 0L;
    this.rent = false;
    int rent = data.rent().size();
    for (int i = 0; i < rent; i++) {
      int ago = asOfMonth - data.rentPeriod(i);
      long dueDay = data.rentDueDay(i);
      if (ago < 0 || dueDay > asOfDay) {
        continue;
      }
      months |= ago < CoverageFeatures.WINDOW ? 1L << ago : 0L;
      this.rent = true;
      if (ago >= window && ago >= 12) {
        continue;
      }
      long paidDay = data.rentPaidDay(i);
      long onTime = paidDay <= asOfDay && paidDay <= dueDay ? 1L : 0L;
      if (ago < window) {
        maxLate = Math.max(maxLate, daysLate(paidDay, dueDay, asOfDay));
        rents++;
        rentsOnTime += onTime;
      }
      if (ago < 12) {
        rents12++;
        lateRents12 += 1L - onTime;
      }
    }
  }

  /**
   * Days from the due date to the payment, or to the as-of date if unpaid then; 0 if paid by the due
   * date. Every day is an epoch day; the payment's is {@link AlternativeData#UNPAID} if there is none.
   */
  private static long daysLate(long paidDay, long dueDay, long asOfDay) {
    long settledDay = Math.min(paidDay, asOfDay);
    return settledDay <= dueDay ? 0L : settledDay - dueDay;
  }
}
