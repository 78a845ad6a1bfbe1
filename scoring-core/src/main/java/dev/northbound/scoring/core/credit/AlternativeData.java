package dev.northbound.scoring.core.credit;

import java.util.List;

/**
 * Alternative data beyond the bureau file: bills, rent, tax, MPF and social insurance.
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

  /** Copies every list. */
  public AlternativeData {
    bills = Checks.list(bills, "bills");
    rent = Checks.list(rent, "rent");
    taxRecords = Checks.list(taxRecords, "taxRecords");
    mpf = Checks.list(mpf, "mpf");
    socialInsurance = Checks.list(socialInsurance, "socialInsurance");
  }

  /** No alternative data. */
  public static AlternativeData empty() {
    return new AlternativeData(List.of(), List.of(), List.of(), List.of(), List.of());
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
