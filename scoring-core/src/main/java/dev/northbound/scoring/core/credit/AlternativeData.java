package dev.northbound.scoring.core.credit;

import dev.northbound.scoring.core.internal.DueRecords;
import dev.northbound.scoring.core.internal.MonthRecords;
import java.time.LocalDate;
import java.util.List;

/**
 * Alternative data beyond the bureau file: bills, rent, tax, MPF and social insurance.
 *
 * <p>Besides the lists, the bills and rent payments answer their period, due date and payment date
 * by position ({@link #billPeriod(int)}, {@link #billDueDay(int)}, {@link #billPaidDay(int)},
 * {@link #billKind(int)} and the {@code rent} counterparts), and the contributions their month
 * ({@link #mpfMonth(int)}, {@link #socialInsuranceMonth(int)}), from flat arrays filled when the
 * data is built, for readers that scan many records. The lists are immutable and equal to any lists
 * of the same records, so two values are equal when their records are. Immutable and thread-safe.
 *
 * @param bills utility and telecom bills
 * @param rent rent payments
 * @param taxRecords tax assessments
 * @param mpf MPF contributions
 * @param socialInsurance mainland social-insurance contributions
 */
public record AlternativeData(
    List<UtilityBill> bills,
    List<RentPayment> rent,
    List<TaxRecord> taxRecords,
    List<MpfContribution> mpf,
    List<SocialInsuranceContribution> socialInsurance) {

  /** {@link #billPaidDay(int)} and {@link #rentPaidDay(int)} of a record that is not paid. */
  public static final long UNPAID = Long.MAX_VALUE;

  private static final BillKind[] BILL_KINDS = BillKind.values();

  /** Copies every list. */
  public AlternativeData {
    bills = DueRecords.bills(bills);
    rent = DueRecords.rent(rent);
    taxRecords = RecordChecks.list(taxRecords, "taxRecords");
    mpf = MonthRecords.mpf(mpf);
    socialInsurance = MonthRecords.socialInsurance(socialInsurance);
  }

  /** No alternative data. */
  public static AlternativeData empty() {
    return new AlternativeData(List.of(), List.of(), List.of(), List.of(), List.of());
  }

  /**
   * Bill {@code i}'s billing month as a single integer, {@code year * 12 + month - 1}: 2025-01 is
   * {@code 2025 * 12 + 0 = 24300}.
   *
   * @throws IndexOutOfBoundsException if there is no bill {@code i}
   */
  public int billPeriod(int i) {
    return ((DueRecords<?>) bills).period(i);
  }

  /**
   * Bill {@code i}'s due date as its epoch day ({@link LocalDate#toEpochDay()}).
   *
   * @throws IndexOutOfBoundsException if there is no bill {@code i}
   */
  public long billDueDay(int i) {
    return ((DueRecords<?>) bills).dueDay(i);
  }

  /**
   * Bill {@code i}'s payment date as its epoch day, or {@link #UNPAID}.
   *
   * @throws IndexOutOfBoundsException if there is no bill {@code i}
   */
  public long billPaidDay(int i) {
    return ((DueRecords<?>) bills).paidDay(i);
  }

  /**
   * Bill {@code i}'s kind: {@code bills().get(i).kind()}, read from an array.
   *
   * @throws IndexOutOfBoundsException if there is no bill {@code i}
   */
  public BillKind billKind(int i) {
    return BILL_KINDS[((DueRecords<?>) bills).tag(i)];
  }

  /**
   * Rent payment {@code i}'s month as a single integer, {@code year * 12 + month - 1}.
   *
   * @throws IndexOutOfBoundsException if there is no rent payment {@code i}
   */
  public int rentPeriod(int i) {
    return ((DueRecords<?>) rent).period(i);
  }

  /**
   * Rent payment {@code i}'s due date as its epoch day ({@link LocalDate#toEpochDay()}).
   *
   * @throws IndexOutOfBoundsException if there is no rent payment {@code i}
   */
  public long rentDueDay(int i) {
    return ((DueRecords<?>) rent).dueDay(i);
  }

  /**
   * Rent payment {@code i}'s payment date as its epoch day, or {@link #UNPAID}.
   *
   * @throws IndexOutOfBoundsException if there is no rent payment {@code i}
   */
  public long rentPaidDay(int i) {
    return ((DueRecords<?>) rent).paidDay(i);
  }

  /**
   * MPF contribution {@code i}'s month as a single integer, {@code year * 12 + month - 1}.
   *
   * @throws IndexOutOfBoundsException if there is no contribution {@code i}
   */
  public int mpfMonth(int i) {
    return ((MonthRecords<?>) mpf).period(i);
  }

  /**
   * Social-insurance contribution {@code i}'s month as a single integer, {@code year * 12 + month -
   * 1}.
   *
   * @throws IndexOutOfBoundsException if there is no contribution {@code i}
   */
  public int socialInsuranceMonth(int i) {
    return ((MonthRecords<?>) socialInsurance).period(i);
  }

  /** Whether there is no alternative data at all. */
  public boolean isEmpty() {
    return bills.isEmpty() && rent.isEmpty() && taxRecords.isEmpty() && mpf.isEmpty() && socialInsurance.isEmpty();
  }

  /** The union of this and {@code other}, this one's records first. */
  public AlternativeData plus(AlternativeData other) {
    return new AlternativeData(
        concat(bills, other.bills),
        concat(rent, other.rent),
        concat(taxRecords, other.taxRecords),
        concat(mpf, other.mpf),
        concat(socialInsurance, other.socialInsurance));
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    if (b.isEmpty()) {
      return a;
    }
    if (a.isEmpty()) {
      return b;
    }
    java.util.ArrayList<T> all = new java.util.ArrayList<>(a.size() + b.size());
    all.addAll(a);
    all.addAll(b);
    return all;
  }
}
