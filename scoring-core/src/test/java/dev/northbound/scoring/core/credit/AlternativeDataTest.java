package dev.northbound.scoring.core.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northbound.scoring.core.money.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AlternativeDataTest {

  private static final UtilityBill PAID = new UtilityBill(BillKind.ELECTRICITY, "CLP Power", YearMonth.of(2025, 1),
      Money.of("500.00", Money.HKD), LocalDate.of(2025, 2, 15), Optional.of(LocalDate.of(2025, 2, 20)));
  private static final UtilityBill UNPAID = new UtilityBill(BillKind.MOBILE, "CSL", YearMonth.of(1970, 1),
      Money.of("200.00", Money.HKD), LocalDate.of(1970, 1, 1), Optional.empty());
  private static final RentPayment RENT = new RentPayment(YearMonth.of(2024, 2), Money.of("18000.00", Money.HKD),
      LocalDate.of(2024, 3, 1), Optional.of(LocalDate.of(2024, 2, 28)));

  private static AlternativeData data() {
    return new AlternativeData(new ArrayList<>(List.of(PAID, UNPAID)), new ArrayList<>(List.of(RENT)), List.of(),
        List.of(), List.of());
  }

  @Test
  void billAccessors_readPeriodDaysAndKind() {
    AlternativeData d = data();
    // 2025 * 12 + 1 - 1 = 24300; 1970 * 12 + 0 = 23640.
    assertThat(d.billPeriod(0)).isEqualTo(24_300);
    assertThat(d.billPeriod(1)).isEqualTo(23_640);
    // 2025-02-15: 55 years from 1970 with 14 leap days (1972 to 2024) = 55 * 365 + 14 = 20089 days to
    // 2025-01-01, plus 31 (January) plus 14 = 20134; the 20th is 5 days later.
    assertThat(d.billDueDay(0)).isEqualTo(20_134L);
    assertThat(d.billPaidDay(0)).isEqualTo(20_139L);
    assertThat(d.billDueDay(1)).isZero();
    assertThat(d.billPaidDay(1)).isEqualTo(AlternativeData.UNPAID);
    assertThat(d.billKind(0)).isEqualTo(BillKind.ELECTRICITY);
    assertThat(d.billKind(1)).isEqualTo(BillKind.MOBILE);
  }

  @Test
  void rentAccessors_readPeriodAndDays() {
    AlternativeData d = data();
    // 2024 * 12 + 2 - 1 = 24289. 2024-01-01 is 54 * 365 + 13 = 19723; 2024-03-01 adds 31 + 29 (leap) = 19783;
    // 2024-02-28 is one day before 2024-02-29, i.e. 19783 - 2 = 19781.
    assertThat(d.rentPeriod(0)).isEqualTo(24_289);
    assertThat(d.rentDueDay(0)).isEqualTo(19_783L);
    assertThat(d.rentPaidDay(0)).isEqualTo(19_781L);
  }

  @Test
  void contributionMonths_areMonthIndexes() {
    Money part = Money.of("1500.00", Money.HKD);
    MpfContribution mpf = new MpfContribution(YearMonth.of(2025, 12), Money.of("30000.00", Money.HKD), part, part,
        Money.zero(Money.HKD), Money.zero(Money.HKD));
    SocialInsuranceContribution si = new SocialInsuranceContribution("Shenzhen", YearMonth.of(2026, 3),
        Money.of("9000.00", Money.CNY), Set.of(InsuranceScheme.values()[0]));
    AlternativeData d = new AlternativeData(List.of(), List.of(), List.of(), List.of(mpf, mpf), List.of(si));
    // 2025 * 12 + 12 - 1 = 24311; 2026 * 12 + 3 - 1 = 24314.
    assertThat(d.mpfMonth(0)).isEqualTo(24_311);
    assertThat(d.mpfMonth(1)).isEqualTo(24_311);
    assertThat(d.socialInsuranceMonth(0)).isEqualTo(24_314);
    assertThat(d.mpf()).isEqualTo(List.of(mpf, mpf));
    assertThatThrownBy(() -> d.socialInsuranceMonth(1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> d.mpf().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void accessors_agreeWithTheRecords() {
    AlternativeData d = data();
    for (int i = 0; i < d.bills().size(); i++) {
      UtilityBill b = d.bills().get(i);
      assertThat(d.billDueDay(i)).isEqualTo(b.dueDate().toEpochDay());
      assertThat(d.billKind(i)).isEqualTo(b.kind());
    }
  }

  @Test
  void lists_equalPlainListsAndValuesStayEqual() {
    AlternativeData d = data();
    assertThat(d.bills()).isEqualTo(List.of(PAID, UNPAID)).hasSameHashCodeAs(List.of(PAID, UNPAID));
    assertThat(d.rent()).isEqualTo(List.of(RENT));
    assertThat(d).isEqualTo(data()).hasSameHashCodeAs(data());
    assertThat(d.plus(AlternativeData.empty())).isEqualTo(d);
    assertThat(new AlternativeData(d.bills(), d.rent(), List.of(), List.of(), List.of()).bills()).isSameAs(d.bills());
  }

  @Test
  void lists_areCopiesAndImmutable() {
    List<UtilityBill> bills = new ArrayList<>(List.of(PAID));
    AlternativeData d = new AlternativeData(bills, List.of(), List.of(), List.of(), List.of());
    bills.clear();
    assertThat(d.bills()).containsExactly(PAID);
    assertThatThrownBy(() -> d.bills().add(UNPAID)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> d.rent().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void constructor_rejectsANullRecord() {
    List<RentPayment> rent = new ArrayList<>();
    rent.add(null);
    assertThatThrownBy(() -> new AlternativeData(List.of(), rent, List.of(), List.of(), List.of()))
        .isInstanceOf(NullPointerException.class).hasMessage("rent element");
  }

  @Test
  void accessors_rejectAPositionOutsideTheList() {
    assertThatThrownBy(() -> AlternativeData.empty().billDueDay(0)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> data().rentPeriod(1)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
