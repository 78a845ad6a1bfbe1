package dev.northbound.scoring.core.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaymentHistoryTest {

  /** C, 30, C, 60 from 2024-11 to 2025-02 (oldest first). */
  private static final List<MonthlyStatus> MONTHS = List.of(
      new MonthlyStatus(YearMonth.of(2024, 11), PaymentStatus.CURRENT),
      new MonthlyStatus(YearMonth.of(2024, 12), PaymentStatus.DPD_30),
      new MonthlyStatus(YearMonth.of(2025, 1), PaymentStatus.CURRENT),
      new MonthlyStatus(YearMonth.of(2025, 2), PaymentStatus.DPD_60));

  @Test
  void monthIndex_isYearTimesTwelvePlusMonthMinusOne() {
    PaymentHistory h = new PaymentHistory(MONTHS);
    // 2024 * 12 + 11 - 1 = 24298; 2024 * 12 + 12 - 1 = 24299; 2025 * 12 + 1 - 1 = 24300; 24301.
    assertThat(new int[] {h.monthIndex(0), h.monthIndex(1), h.monthIndex(2), h.monthIndex(3)})
        .containsExactly(24298, 24299, 24300, 24301);
  }

  @Test
  void status_isEachMonthsStatus() {
    PaymentHistory h = new PaymentHistory(MONTHS);
    assertThat(Arrays.asList(h.status(0), h.status(1), h.status(2), h.status(3)))
        .containsExactly(PaymentStatus.CURRENT, PaymentStatus.DPD_30, PaymentStatus.CURRENT, PaymentStatus.DPD_60);
  }

  @Test
  void positionsOf_setsTheBitOfEachMonthWithTheStatus() {
    PaymentHistory h = new PaymentHistory(MONTHS);
    // Current at positions 0 and 2: 0b0101 = 5; 30 days at 1: 0b0010 = 2; 60 days at 3: 0b1000 = 8.
    assertThat(h.positionsOf(PaymentStatus.CURRENT)).isEqualTo(5L);
    assertThat(h.positionsOf(PaymentStatus.DPD_30)).isEqualTo(2L);
    assertThat(h.positionsOf(PaymentStatus.DPD_60)).isEqualTo(8L);
    assertThat(h.positionsOf(PaymentStatus.CHARGED_OFF)).isZero();
  }

  @Test
  void positionsOf_reachesTheSixtiethMonth() {
    List<MonthlyStatus> months = new ArrayList<>();
    for (int i = 0; i < PaymentHistory.MAX_MONTHS; i++) {
      months.add(new MonthlyStatus(YearMonth.of(2020, 1).plusMonths(i),
          i == 59 ? PaymentStatus.CHARGED_OFF : PaymentStatus.CURRENT));
    }
    PaymentHistory h = new PaymentHistory(months);
    // Bit 59 alone: 2^59 = 576460752303423488; current is bits 0 to 58: 2^59 - 1.
    assertThat(h.positionsOf(PaymentStatus.CHARGED_OFF)).isEqualTo(576_460_752_303_423_488L);
    assertThat(h.positionsOf(PaymentStatus.CURRENT)).isEqualTo(576_460_752_303_423_487L);
    assertThat(h.monthIndex(59)).isEqualTo(2024 * 12 + 11); // 2020-01 plus 59 months is 2024-12
  }

  @Test
  void months_equalsAPlainListAndHashesAsOne() {
    PaymentHistory h = new PaymentHistory(new ArrayList<>(MONTHS));
    assertThat(h.months()).isEqualTo(MONTHS).hasSameHashCodeAs(MONTHS);
    assertThat(MONTHS).isEqualTo(h.months());
    assertThat(h).isEqualTo(new PaymentHistory(MONTHS)).hasSameHashCodeAs(new PaymentHistory(MONTHS));
    assertThat(new PaymentHistory(h.months()).months()).isSameAs(h.months());
  }

  @Test
  void months_isACopyAndImmutable() {
    List<MonthlyStatus> source = new ArrayList<>(MONTHS);
    PaymentHistory h = new PaymentHistory(source);
    source.clear();
    assertThat(h.size()).isEqualTo(4);
    assertThatThrownBy(() -> h.months().add(MONTHS.get(0))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> h.months().set(0, MONTHS.get(1))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> h.months().remove(0)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void constructor_rejectsANullMonth() {
    List<MonthlyStatus> months = new ArrayList<>(MONTHS);
    months.add(null);
    assertThatThrownBy(() -> new PaymentHistory(months)).isInstanceOf(NullPointerException.class).hasMessage("month");
  }

  @Test
  void accessors_rejectAPositionOutsideTheHistory() {
    PaymentHistory h = new PaymentHistory(MONTHS);
    assertThatThrownBy(() -> h.status(4)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> h.monthIndex(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(PaymentHistory.empty().positionsOf(PaymentStatus.CURRENT)).isZero();
  }
}
